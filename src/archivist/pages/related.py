"""Related articles for every article page: the same lists at every build, in seconds at 10k.

Two articles are alike when their key terms are: each article's :data:`KEY_TERMS`
heaviest tf-idf terms (the curator search's analysis,
:func:`archivist.text.analysis.terms`, over title, summary and body) form a unit
vector, and the score is the cosine of two such vectors, plus a small bonus per
shared place (by gazetteer id, as the build resolved the articles' places: a name the
gazetteer does not know is no place) and per shared tag, so an Arabic report finds the
English ones about the same place. Ties are broken by slug.

The lists are a pure function of the articles: word weights change with every
edit, so lists kept from an earlier build as they were would drift. Scoring every
pair at once is one sparse matrix product (key terms and bonus keys side by side),
done a block of articles at a time so memory stays bounded, the blocks shared
among the free cores; each block's best are picked with numpy, not row by row. A
rebuild starts from the previous build's :class:`Scores` and scores again only the
articles whose vectors changed and those whose lists named one; the lists are the
same as a full scoring's, which the tests check. It also starts from the previous
build's :class:`Columns`: only the edited articles' words are looked up one by one.
"""

from __future__ import annotations

import functools
import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from scipy import sparse

from archivist.build.carried import Carried
from archivist.build.memo import Memo, text_key
from archivist.content.model import Article
from archivist.places.placenames import ArticlePlaces, known_places
from archivist.text.analysis import terms
from archivist.text.folding import fold

LIMIT = 5
KEY_TERMS = 30
PLACE_BONUS = 0.05
TAG_BONUS = 0.02
#: Articles scored against the whole archive at once: at most this many, and fewer in a
#: larger archive, so that a block's pairs (block x archive) stay under :data:`PAIRS`. A
#: block's scores took about 260 MB at 10,000 articles; at 50,000 a fixed block of 1,000
#: took five times that.
BLOCK = 1000
PAIRS = 10_000_000


@dataclass(frozen=True)
class WordCounts:
    """An article's distinct words in order of first appearance, and how often each occurs.

    Kept for every article through the build and in its cache: a ``Counter`` took 23 KiB
    an article (its hash table), the words and an array 5 KiB. The words are one text,
    not a tuple: the cache of 10,000 articles loaded them in 0.3 s as tuples, 0.05 s so.
    """

    #: The words, one per line (a word holds no white space).
    lines: str
    counts: array[int]
    #: The digest of the counted text (:func:`archivist.build.memo.text_key`): where the next
    #: build finds these words' columns (:class:`Columns`).
    key: bytes

    def words(self) -> list[str]:
        return self.lines.split("\n") if self.lines else []


#: Each article's words, counted (a rebuild counts only the edited articles').
_WORDS: Memo[WordCounts] = Memo("article words")

#: The scores of the previous build of this content folder, and of this one.
SCORES: Carried[Scores] = Carried("related scores")


@dataclass(frozen=True, eq=False)  # (a sparse matrix has no truth value to compare by)
class Vectors:
    """Every article's vector, one row per slug (in slug order), as scored."""

    slugs: tuple[str, ...]
    #: Column names: ``w:<term>`` for key terms, ``place:<id>`` and ``tag:<tag>`` for bonuses.
    columns: tuple[str, ...]
    rows: sparse.csr_matrix

    def same_row(self, row: int, other: Vectors, other_row: int | None) -> bool:
        """Whether row ``row`` holds the same values under the same column names as
        ``other``'s row ``other_row`` (None: an article ``other`` does not have)."""
        if other_row is None:
            return False
        mine = slice(self.rows.indptr[row], self.rows.indptr[row + 1])
        theirs = slice(other.rows.indptr[other_row], other.rows.indptr[other_row + 1])
        return np.array_equal(self.rows.data[mine], other.rows.data[theirs]) and [
            self.columns[k] for k in self.rows.indices[mine]
        ] == [other.columns[k] for k in other.rows.indices[theirs]]


@dataclass(frozen=True, eq=False)  # (arrays have no truth value either)
class Columns:
    """The archive's words in order, and where each counted text's words are among them:
    a rebuild looks up only the edited texts' words, not every word of the archive."""

    #: Every word of the archive's texts, once, in order: a column each.
    vocabulary: tuple[str, ...]
    #: A text's key (:attr:`WordCounts.key`) -> its place in ``starts``.
    texts: dict[bytes, int]
    #: Each text's columns (in the order of its words), one text after another.
    ids: np.ndarray
    #: Where each text's columns start in ``ids``, and where the last ends.
    starts: np.ndarray

    def of(self, key: bytes) -> np.ndarray | None:
        """The columns of the words of the text with ``key`` (None: a text not seen)."""
        at = self.texts.get(key)
        return None if at is None else self.ids[self.starts[at] : self.starts[at + 1]]


@dataclass(frozen=True, eq=False)  # (its vectors have none either)
class Scores:
    """Every article's related reports with their scores, and the vectors they were scored
    from: what a build leaves for the next, which scores again only what an edit moved."""

    vectors: Vectors
    #: The columns of every article's words before they were weighed (as the vectors
    #: keep only the key terms).
    columns: Columns
    #: Each article's best (slug, rounded score) pairs, best first, in the order of slugs.
    best: tuple[tuple[tuple[str, float], ...], ...]
    #: How many each list holds at most.
    limit: int

    @property
    def slugs(self) -> tuple[str, ...]:
        return self.vectors.slugs

    def lists(self) -> dict[str, list[str]]:
        """Each article's slug -> the slugs of its related articles, best first."""
        pairs = zip(self.slugs, self.best, strict=True)
        return {slug: [other for other, _ in best] for slug, best in pairs}


def related_lists(
    articles: Sequence[Article], places: ArticlePlaces | None = None, limit: int = LIMIT
) -> dict[str, list[str]]:
    """Each article's slug -> the slugs of its related articles, best first."""
    return related_scores(articles, places, limit).lists()


#: Runs ``run(share)`` on shares of ``jobs`` and gives each share's result.
Deal = Callable[[Sequence[Any], Callable[[Sequence[Any]], Any]], list[Any]]


def in_one_share(jobs: Sequence[Any], run: Callable[[Sequence[Any]], Any]) -> list[Any]:
    """All ``jobs`` as one share, in this process."""
    return [run(jobs)]


def related_scores(
    articles: Sequence[Article],
    places: ArticlePlaces | None = None,
    limit: int = LIMIT,
    earlier: Scores | None = None,
    deal: Deal = in_one_share,
) -> Scores:
    """Score every article's related reports, with a bonus for each place they share by
    their resolved ``places`` (none without); with the ``earlier`` scores of the same
    archive before some edits, score again only the articles the edits can have moved.
    Either way the result is the same. ``deal`` runs the blocks of scoring, in one share
    or dealt to several workers (see :func:`archivist.build.parallel.map_shares`)."""
    ordered = sorted(articles, key=lambda a: a.slug)
    slugs = tuple(a.slug for a in ordered)
    # Key terms and bonus keys side by side: one product scores both.
    keys, columns = _key_term_vectors(ordered, earlier.columns if earlier else None)
    bonus, bonus_keys = _places_and_tags(ordered, places)
    matrix = sparse.hstack([keys, bonus], format="csr")
    matrix.sort_indices()
    names = (*(f"w:{term}" for term in columns.vocabulary), *bonus_keys)
    vectors = Vectors(slugs, names, matrix)
    best: list[tuple[tuple[str, float], ...]] = [()] * len(slugs)
    size = max(1, min(BLOCK, PAIRS // max(len(slugs), 1)))
    stale = list(range(len(slugs)))
    if earlier is not None and earlier.limit == limit:
        stale = _update(earlier, vectors, best, size)

    def best_of(starts: Sequence[int]) -> list[tuple[int, list[list[tuple[int, float]]]]]:
        found = []
        for start in starts:
            rows = stale[start : start + size]
            found.append((start, _best((matrix[rows] @ matrix.T).tocsr(), rows, limit)))
        return found

    for share in deal(range(0, len(stale), size), best_of):
        for start, lists in share:
            for row, scored in zip(stale[start : start + size], lists, strict=True):
                best[row] = tuple((slugs[column], score) for column, score in scored)
    return Scores(vectors, columns, tuple(best), limit)


def _update(
    earlier: Scores, now: Vectors, best: list[tuple[tuple[str, float], ...]], size: int
) -> list[int]:
    """Fill ``best`` for the articles whose lists ``earlier`` still decides; the rows left
    to score in full: the articles whose vectors changed (or are new), and those whose
    earlier list named a changed or removed article. The others keep their list, with
    any changed article that now scores into it. When more than a block of articles
    changed (``size``, scored at once), or most lists moved, every row is left to score."""
    before = {slug: row for row, slug in enumerate(earlier.slugs)}
    changed = [
        row
        for row, slug in enumerate(now.slugs)
        if not now.same_row(row, earlier.vectors, before.get(slug))
    ]
    moved = {now.slugs[row] for row in changed} | (set(earlier.slugs) - set(now.slugs))
    stale = set(changed) | {
        row
        for row, slug in enumerate(now.slugs)
        if slug in before and any(other in moved for other, _ in earlier.best[before[slug]])
    }
    if len(changed) > size or len(stale) > len(now.slugs) // 2:  # score them all
        return list(range(len(now.slugs)))
    # Each changed article's score with every article: the same arithmetic as a full row.
    with_changed = _rounded((now.rows[changed] @ now.rows.T).tocsr()) if changed else None
    for row, slug in enumerate(now.slugs):
        if row in stale:
            continue
        kept = list(earlier.best[before[slug]])
        if with_changed is not None:
            kept += [
                (now.slugs[other], float(score))
                for other, score in zip(changed, with_changed[:, row], strict=True)
                if other != row and score > -np.inf
            ]
        best[row] = tuple(sorted(kept, key=lambda pair: (-pair[1], pair[0]))[: earlier.limit])
    return sorted(stale)


def _key_term_vectors(
    articles: Sequence[Article], earlier: Columns | None
) -> tuple[sparse.csr_matrix, Columns]:
    """One row per article: its key terms' tf-idf weights, scaled to unit length; and the
    columns of its words, starting from the ``earlier`` build's."""
    counts = [count_words(article) for article in articles]
    columns = _columns(counts, earlier)
    each = [np.frombuffer(c.counts, np.uint32) for c in counts]
    matrix = sparse.csr_matrix(
        (
            np.concatenate(each).astype(float) if each else np.zeros(0),
            # Copies: the matrix is sorted and pruned in place below, its columns are kept.
            columns.ids.copy(),
            columns.starts.copy(),
        ),
        shape=(len(counts), len(columns.vocabulary)),
    )
    lengths = np.diff(columns.starts)
    frequency = np.bincount(matrix.indices, minlength=len(columns.vocabulary))
    matrix.data *= np.log((len(counts) + 1) / (frequency + 1.0))[matrix.indices] + 1.0
    # Keep each row's heaviest terms (equal weights in term order), then scale it.
    matrix.sort_indices()
    _keep_heaviest(matrix, KEY_TERMS)
    rows = np.repeat(np.arange(len(counts)), lengths)
    norms = np.sqrt(np.bincount(rows, matrix.data**2, minlength=len(counts)))
    matrix.data /= np.where(norms > 0, norms, 1.0)[rows]
    matrix.eliminate_zeros()
    return matrix, columns


def _keep_heaviest(matrix: sparse.csr_matrix, count: int) -> None:
    """Set to zero all but the ``count`` heaviest entries of each row of ``matrix``; of
    equal weights, those of the first columns stay (the rows are sorted by column).

    A row at a time, each cut at its ``count``-th weight: at 10,000 articles 0.1 s,
    where sorting all 4.6 million entries by row and weight took more than 1 s.
    """
    data = matrix.data
    for start, end in pairwise(matrix.indptr.tolist()):
        if end - start <= count:
            continue
        row = data[start:end]  # a view: changed in place
        cut = np.partition(row, end - start - count)[end - start - count]
        heavier = np.count_nonzero(row > cut)
        drop = row < cut
        drop[np.flatnonzero(row == cut)[count - heavier :]] = True
        row[drop] = 0.0


def _columns(counts: Sequence[WordCounts], earlier: Columns | None) -> Columns:
    """Where each text's words are in the sorted vocabulary of all ``counts``' words: the
    texts ``earlier`` has seen are moved to the new vocabulary's columns in one step; only
    the others' words are looked up one by one."""
    before = earlier or Columns((), {}, np.zeros(0, np.int32), np.zeros(1, np.int64))
    unseen = [c for c in counts if c.key not in before.texts]
    added: set[str] = set()
    for counted in unseen:  # one text's words at a time: all at once took 270 MB at 10k
        added.update(counted.words())
    added.difference_update(before.vocabulary)
    vocabulary = tuple(sorted(added.union(before.vocabulary))) if added else before.vocabulary
    column = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
    moved = np.fromiter(
        map(column.__getitem__, before.vocabulary), np.int32, len(before.vocabulary)
    )

    def ids(words: WordCounts) -> np.ndarray:
        seen = before.of(words.key)
        if seen is not None:
            found: np.ndarray = moved[seen]
            return found
        return np.fromiter(map(column.__getitem__, words.words()), np.int32, len(words.counts))

    every = np.concatenate([ids(c) for c in counts]) if counts else np.zeros(0, np.int32)
    used = np.bincount(every, minlength=len(vocabulary)) > 0
    if not used.all():  # words only the edited or removed texts had
        every = (np.cumsum(used, dtype=np.int32) - 1)[every]
        vocabulary = tuple(word for word, kept in zip(vocabulary, used, strict=True) if kept)
    lengths = np.fromiter((len(c.counts) for c in counts), np.int64, len(counts))
    starts = np.concatenate(([0], np.cumsum(lengths)))
    return Columns(vocabulary, {c.key: i for i, c in enumerate(counts)}, every, starts)


def count_words(article: Article) -> WordCounts:
    """The article's words (title, summary, body) as the curator's search analyses them, counted."""
    return _WORDS.of_record(article, _words_text, _counted)


def _words_text(article: Article) -> str:
    return "\n".join((article.title, article.summary, article.body))


def _counted(text: str) -> WordCounts:
    counted = Counter(terms(text))
    return WordCounts("\n".join(counted), array("I", counted.values()), text_key(text))


def _places_and_tags(
    articles: Sequence[Article], places: ArticlePlaces | None
) -> tuple[sparse.csr_matrix, list[str]]:
    """One row per article, whose products with another's row add up to the bonus; and the
    keys (``place:<id>``, ``tag:<tag>``) the columns stand for."""

    @functools.cache  # a few hundred tags, each on thousands of articles
    def tag_key(tag: str) -> str:
        return f"tag:{fold(tag)}"

    def place_keys(article: Article) -> set[str]:
        named = known_places(places[article.slug]) if places is not None else ()
        return {f"place:{place.id}" for place in named}

    rows = [sorted(place_keys(a) | {tag_key(tag) for tag in a.tags}) for a in articles]
    keys = sorted(set().union(*rows))
    columns = {key: i for i, key in enumerate(keys)}
    value = {"place": math.sqrt(PLACE_BONUS), "tag": math.sqrt(TAG_BONUS)}
    matrix = sparse.csr_matrix(
        (
            [value[key.partition(":")[0]] for keys in rows for key in keys],
            [columns[key] for keys in rows for key in keys],
            np.concatenate(([0], np.cumsum([len(keys) for keys in rows]))),
        ),
        shape=(len(rows), len(columns)),
    )
    return matrix, keys


def _rounded(rows: sparse.csr_matrix) -> np.ndarray:
    """Scores as compared: rounded to 6 places; -inf for pairs that share nothing."""
    scores = rows.toarray()
    absent = scores == 0.0  # every pair that shares something scores above zero
    np.round(scores, 6, out=scores)
    scores[absent] = -np.inf
    return scores


def _best(rows: sparse.csr_matrix, own: Sequence[int], limit: int) -> list[list[tuple[int, float]]]:
    """Each row's highest-scoring columns and scores but its own column (``own[i]`` for row
    ``i``), best first; equal scores in column (slug) order. Articles sharing nothing are
    never listed."""
    scores = _rounded(rows)
    scores[np.arange(rows.shape[0]), np.asarray(own)] = -np.inf
    if rows.shape[1] > limit:  # only the best and anything tied with the last of them
        last = np.partition(scores, rows.shape[1] - limit, axis=1)[:, rows.shape[1] - limit]
        candidate = (scores >= last[:, None]) & (scores > -np.inf)
    else:
        candidate = scores > -np.inf
    row_of, columns = np.nonzero(candidate)
    order = np.lexsort((columns, -scores[row_of, columns], row_of))
    row_of, columns = row_of[order], columns[order]
    found = scores[row_of, columns]
    starts = np.searchsorted(row_of, np.arange(rows.shape[0]))
    ends = np.append(starts[1:], len(row_of))
    ranges = [slice(a, min(b, a + limit)) for a, b in zip(starts, ends, strict=True)]
    return [list(zip(columns[r].tolist(), found[r].tolist(), strict=True)) for r in ranges]
