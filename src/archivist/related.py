"""Related articles for every article page: the same lists at every build, in seconds at 10k.

Two articles are alike when their key terms are: each article's :data:`KEY_TERMS`
heaviest tf-idf terms (the curator search's analysis,
:func:`archivist.curator_analysis.terms`, over title, summary and body) form a unit
vector, and the score is the cosine of two such vectors, plus a small bonus per
shared place (by gazetteer id) and per shared tag, so an Arabic report finds the
English ones about the same place. Ties are broken by slug.

The lists are a pure function of the articles, computed in memory at every build:
word weights change with every edit, so lists kept from an earlier build would
drift. Scoring every pair at once is two sparse matrix products (scipy), done a
block of articles at a time so memory stays bounded.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .curator_analysis import terms
from .folding import fold
from .memo import Memo
from .model import Article

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
    keys = _key_term_vectors(ordered)
    shared = _places_and_tags(ordered, place_id)
    related: dict[str, list[str]] = {}
    size = max(1, min(BLOCK, PAIRS // max(len(ordered), 1)))
    for start in range(0, len(ordered), size):
        block = slice(start, start + size)
        rows = (keys[block] @ keys.T + shared[block] @ shared.T).tocsr()
        for offset, article in enumerate(ordered[block]):
            related[article.slug] = _best(rows, offset, start + offset, ordered, limit)
    return related


def _key_term_vectors(articles: Sequence[Article]) -> sparse.csr_matrix:
    """One row per article: its key terms' tf-idf weights, scaled to unit length."""
    counts = [count_words(article) for article in articles]
    columns = {term: i for i, term in enumerate(sorted(set().union(*(c.words for c in counts))))}
    lengths = [len(count.words) for count in counts]
    matrix = sparse.csr_matrix(
        (
            np.fromiter((n for count in counts for n in count.counts), float),
            np.fromiter((columns[t] for count in counts for t in count.words), np.int64),
            np.concatenate(([0], np.cumsum(lengths))),
        ),
        shape=(len(counts), len(columns)),
    )
    frequency = np.bincount(matrix.indices, minlength=len(columns))
    matrix.data *= np.log((len(counts) + 1) / (frequency + 1.0))[matrix.indices] + 1.0
    for row in range(len(counts)):  # keep the heaviest terms; equal weights in term order
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        weights = matrix.data[start:end]
        order = np.lexsort((matrix.indices[start:end], -weights))
        weights[order[KEY_TERMS:]] = 0.0
        weights /= np.linalg.norm(weights) or 1.0
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
        {f"place:{place_key(name)}" for name in a.places} | {f"tag:{fold(t)}" for t in a.tags}
        for a in articles
    ]
    columns = {key: i for i, key in enumerate(sorted(set().union(*rows)))}
    value = {"place": math.sqrt(PLACE_BONUS), "tag": math.sqrt(TAG_BONUS)}
    matrix = sparse.lil_matrix((len(rows), len(columns)))
    for i, keys in enumerate(rows):
        for key in keys:
            matrix[i, columns[key]] = value[key.partition(":")[0]]
    return matrix.tocsr()


def _best(
    rows: sparse.csr_matrix, row: int, itself: int, articles: Sequence[Article], limit: int
) -> list[str]:
    """The row's highest scores but the article's own; equal scores in slug order."""
    start, end = rows.indptr[row], rows.indptr[row + 1]
    columns, scores = rows.indices[start:end], np.round(rows.data[start:end], 6)
    keep = columns != itself
    columns, scores = columns[keep], scores[keep]
    if len(scores) > limit:  # only the best and anything tied with the last of them
        last = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        columns, scores = columns[scores >= last], scores[scores >= last]
    order = np.lexsort((columns, -scores))[:limit]
    return [articles[int(column)].slug for column in columns[order]]
