"""Related articles for every article page: the same lists at every build, in seconds at 10k.

Two articles are alike when their key terms are: each article's :data:`KEY_TERMS`
heaviest tf-idf terms (the curator search's analysis,
:func:`archivist.curator_analysis.terms`, over title, summary and body) form a unit
vector, and the score is the cosine of two such vectors, plus a small bonus per
shared place (by gazetteer id) and per shared tag, so an Arabic report finds the
English ones about the same place. Ties are broken by slug.

The lists are a pure function of the articles, computed in memory at every build:
word weights change with every edit, so lists kept from an earlier build would
drift. Scoring every pair at once is one sparse matrix product (key terms and
bonus keys side by side), done a block of articles at a time so memory stays
bounded, the blocks shared among the free cores; each block's best are picked with
numpy, not row by row.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from scipy import sparse

from .curator_analysis import terms
from .folding import fold
from .memo import Memo
from .model import Article
from .parallel import map_shares

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
    an article (its hash table), a tuple of the (shared) words and an array 5 KiB.
    """

    words: tuple[str, ...]
    counts: array[int]


#: Each article's words, counted (a rebuild counts only the edited articles').
_WORDS: Memo[WordCounts] = Memo("article words")

#: A place name as written -> its gazetteer id, or None when the gazetteer does not know it.
PlaceIds = Callable[[str], str | None]


def related_lists(
    articles: Sequence[Article], place_id: PlaceIds | None = None, limit: int = LIMIT
) -> dict[str, list[str]]:
    """Each article's slug -> the slugs of its related articles, best first."""
    ordered = sorted(articles, key=lambda a: a.slug)
    # Key terms and bonus keys side by side: one product scores both.
    vectors = sparse.hstack(
        [_key_term_vectors(ordered), _places_and_tags(ordered, place_id)], format="csr"
    )
    size = max(1, min(BLOCK, PAIRS // max(len(ordered), 1)))

    def best_of(starts: Sequence[int]) -> list[tuple[int, list[list[int]]]]:
        return [
            (start, _best((vectors[start : start + size] @ vectors.T).tocsr(), start, limit))
            for start in starts
        ]

    related: dict[str, list[str]] = {}
    for share in map_shares(range(0, len(ordered), size), best_of):  # on every free core
        for start, lists in share:
            for offset, best in enumerate(lists):
                related[ordered[start + offset].slug] = [ordered[i].slug for i in best]
    return related


def _key_term_vectors(articles: Sequence[Article]) -> sparse.csr_matrix:
    """One row per article: its key terms' tf-idf weights, scaled to unit length."""
    counts = [count_words(article) for article in articles]
    vocabulary = sorted(set().union(*(c.words for c in counts)))
    columns = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
    lengths = np.fromiter((len(count.words) for count in counts), np.int64, len(counts))
    every_word = chain.from_iterable(count.words for count in counts)
    matrix = sparse.csr_matrix(
        (
            np.concatenate([np.frombuffer(c.counts, np.uint32) for c in counts]).astype(float),
            np.fromiter(map(columns.__getitem__, every_word), np.int64, int(lengths.sum())),
            np.concatenate(([0], np.cumsum(lengths))),
        ),
        shape=(len(counts), len(columns)),
    )
    frequency = np.bincount(matrix.indices, minlength=len(columns))
    matrix.data *= np.log((len(counts) + 1) / (frequency + 1.0))[matrix.indices] + 1.0
    # Keep each row's heaviest terms (equal weights in term order), then scale it.
    rows = np.repeat(np.arange(len(counts)), lengths)
    matrix.sort_indices()  # each row in term order: the stable sort below keeps it for ties
    order = np.lexsort((-matrix.data, rows))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order)) - matrix.indptr[rows[order]]
    matrix.data[rank >= KEY_TERMS] = 0.0
    norms = np.sqrt(np.bincount(rows, matrix.data**2, minlength=len(counts)))
    matrix.data /= np.where(norms > 0, norms, 1.0)[rows]
    matrix.eliminate_zeros()
    return matrix


def count_words(article: Article) -> WordCounts:
    """The article's words (title, summary, body) as the curator's search analyses them, counted."""
    return _WORDS.get("\n".join((article.title, article.summary, article.body)), _counted)


def _counted(text: str) -> WordCounts:
    counted = Counter(terms(text))
    return WordCounts(tuple(counted), array("I", counted.values()))


def _places_and_tags(articles: Sequence[Article], place_id: PlaceIds | None) -> sparse.csr_matrix:
    """One row per article, whose products with another's row add up to the bonus."""

    def place_key(name: str) -> str:
        return (place_id(name) if place_id else None) or fold(name)

    rows = [
        sorted(
            {f"place:{place_key(name)}" for name in a.places} | {f"tag:{fold(t)}" for t in a.tags}
        )
        for a in articles
    ]
    columns = {key: i for i, key in enumerate(sorted(set().union(*rows)))}
    value = {"place": math.sqrt(PLACE_BONUS), "tag": math.sqrt(TAG_BONUS)}
    return sparse.csr_matrix(
        (
            [value[key.partition(":")[0]] for keys in rows for key in keys],
            [columns[key] for keys in rows for key in keys],
            np.concatenate(([0], np.cumsum([len(keys) for keys in rows]))),
        ),
        shape=(len(rows), len(columns)),
    )


def _best(rows: sparse.csr_matrix, first: int, limit: int) -> list[list[int]]:
    """Each row's highest-scoring columns but its own (row ``i`` is article ``first + i``),
    best first; equal scores in column (slug) order. Articles sharing nothing are not
    scored, and never listed."""
    scores = rows.toarray()
    absent = scores == 0.0  # every pair that shares something scores above zero
    np.round(scores, 6, out=scores)
    scores[absent] = -np.inf
    scores[np.arange(rows.shape[0]), np.arange(first, first + rows.shape[0])] = -np.inf
    if rows.shape[1] > limit:  # only the best and anything tied with the last of them
        last = np.partition(scores, rows.shape[1] - limit, axis=1)[:, rows.shape[1] - limit]
        candidate = (scores >= last[:, None]) & (scores > -np.inf)
    else:
        candidate = scores > -np.inf
    row_of, columns = np.nonzero(candidate)
    order = np.lexsort((columns, -scores[row_of, columns], row_of))
    row_of, columns = row_of[order], columns[order]
    starts = np.searchsorted(row_of, np.arange(rows.shape[0]))
    ends = np.append(starts[1:], len(row_of))
    return [columns[a : min(b, a + limit)].tolist() for a, b in zip(starts, ends, strict=True)]
