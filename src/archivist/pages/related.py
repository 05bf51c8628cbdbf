"""Related articles for every article page: the same lists at every build, in seconds at 10k.

Two articles are alike when their key terms are: each article's heaviest tf-idf
terms form a unit vector (:mod:`archivist.pages.key_terms`), and the score is the
cosine of two such vectors, plus a small bonus per shared place (by gazetteer id, as
the build resolved the articles' places: a name the gazetteer does not know is no
place) and per shared tag, so an Arabic report finds the English ones about the same
place. Ties are broken by slug.

The lists are a pure function of the articles: word weights change with every
edit, so lists kept from an earlier build as they were would drift. Scoring every
pair at once is one sparse matrix product (key terms and bonus keys side by side),
done a block of articles at a time so memory stays bounded, the blocks shared
among the free cores; each block's best are picked with numpy, not row by row. A
rebuild starts from the previous build's :class:`Scores` and scores again only the
articles whose vectors changed and those whose lists named one; the lists are the
same as a full scoring's, which the tests check. It also starts from the previous
build's :class:`~archivist.pages.key_terms.Columns`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse

from archivist.content.model import Article
from archivist.places.placenames import ArticlePlaces, known_places
from archivist.reuse.memo import Memo
from archivist.text.folding import fold

from .key_terms import Columns, WordCounts, key_term_vectors

LIMIT = 5
PLACE_BONUS = 0.05
TAG_BONUS = 0.02
#: Articles scored against the whole archive at once: at most this many, and fewer in a
#: larger archive, so that a block's pairs (block x archive) stay under :data:`PAIRS`. A
#: block's scores took about 260 MB at 10,000 articles; at 50,000 a fixed block of 1,000
#: took five times that.
BLOCK = 1000
PAIRS = 10_000_000


@dataclass(frozen=True, eq=False)  # (a sparse matrix has no truth value to compare by)
class Vectors:
    """Every article's vector, one row per slug (in slug order), as scored."""

    slugs: tuple[str, ...]
    #: Column names: ``w:<term>`` for key terms, ``place:<id>`` and ``tag:<tag>`` for bonuses.
    columns: tuple[str, ...]
    rows: sparse.csr_matrix

    def changed_since(self, earlier: Vectors) -> list[int]:
        """The rows whose values or column names differ from ``earlier``'s row of the same
        slug, or whose slug ``earlier`` lacks: compared for every row at once, as one edit
        leaves all but a few of 10,000 rows as they were."""
        before = {slug: row for row, slug in enumerate(earlier.slugs)}
        theirs = np.array([before.get(slug, -1) for slug in self.slugs], dtype=np.int64)
        here = {name: column for column, name in enumerate(self.columns)}
        # Each of ``earlier``'s columns as numbered here (-1: a column this build lacks).
        renumbered = np.array([here.get(name, -1) for name in earlier.columns], dtype=np.int64)
        mine = self.rows
        counts = np.diff(mine.indptr)
        their_counts = np.where(theirs >= 0, np.diff(earlier.rows.indptr)[theirs], -1)
        alike = np.flatnonzero(counts == their_counts)  # same length: compare their entries
        sizes = counts[alike]
        row_of = np.repeat(np.arange(len(alike)), sizes)
        within = np.arange(len(row_of)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        at_mine = mine.indptr[alike][row_of] + within
        at_theirs = earlier.rows.indptr[theirs[alike]][row_of] + within
        differ = (mine.data[at_mine] != earlier.rows.data[at_theirs]) | (
            mine.indices[at_mine] != renumbered[earlier.rows.indices[at_theirs]]
        )
        # A slug ``earlier`` lacks has -1 entries there, never as many as here.
        unchanged = np.zeros(len(self.slugs), dtype=bool)
        unchanged[alike] = True
        unchanged[alike[row_of[differ]]] = False
        return np.flatnonzero(~unchanged).tolist()


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


def related_scores(  # noqa: PLR0913 -- the last three: how a build scores, each optional
    articles: Sequence[Article],
    places: ArticlePlaces | None = None,
    limit: int = LIMIT,
    *,
    earlier: Scores | None = None,
    deal: Deal = in_one_share,
    words: Memo[WordCounts] | None = None,
) -> Scores:
    """Score every article's related reports, with a bonus for each place they share by
    their resolved ``places`` (none without); with the ``earlier`` scores of the same
    archive before some edits, score again only the articles the edits can have moved.
    Either way the result is the same. ``deal`` runs the blocks of scoring, in one share
    or dealt to several workers (see :func:`archivist.build.parallel.map_shares`);
    ``words``: the memo of counted words (see :func:`~.key_terms.count_words`)."""
    ordered = sorted(articles, key=lambda a: a.slug)
    slugs = tuple(a.slug for a in ordered)
    # Key terms and bonus keys side by side: one product scores both.
    keys, columns = key_term_vectors(ordered, earlier.columns if earlier else None, words)
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
    changed = now.changed_since(earlier.vectors)
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
    # The rows no changed article scores with keep their earlier list as it was.
    touched: set[int] = set()
    if with_changed is not None:
        touched = set(np.flatnonzero((with_changed > -np.inf).any(axis=0)).tolist())
    for row, slug in enumerate(now.slugs):
        if row in stale:
            continue
        kept = earlier.best[before[slug]]
        if row in touched:
            kept += tuple(
                (now.slugs[other], float(score))
                for other, score in zip(changed, with_changed[:, row], strict=True)  # type: ignore[index]
                if other != row and score > -np.inf
            )
        best[row] = tuple(sorted(kept, key=lambda pair: (-pair[1], pair[0]))[: earlier.limit])
    return sorted(stale)


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
