"""How alike a text is to the archive's articles, by the curator's index: near-duplicates.

A text's key terms (tf-idf, ties broken by the term) form a whoosh more-like-this
query on the body field that picks candidates; each candidate is then scored by
the cosine of the two tf-idf vectors, a number from 0 (nothing in common) to 1
(the same words in the same proportions), comparable across queries, so a caller
can warn above a threshold. Order: score, then slug; deterministic.

A candidate's vector comes from its title, summary and body analysed afresh
(:func:`terms`, the index's own analysis, on files the index has just checked),
not from a term vector in the index: a field repeating the three with a vector
doubled the index and the time to build it, for the fifty look-ups a ``similar``
makes. Document frequencies (the idf) are the body's, where nearly every word of
an article is; on a 1,000-article archive scores moved by at most 0.003.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from whoosh import query

from archivist.content.model import Article
from archivist.text.analysis import terms

from .index import ArchiveIndex

FIELD = "body"
KEY_TERMS = 30
CANDIDATES = 50


@dataclass(frozen=True)
class Match:
    """One indexed article like the text, with the cosine similarity of the two."""

    path: str
    slug: str
    score: float


class Weights:
    """tf-idf weights against one searcher's statistics (idf cached per term)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.documents = searcher.doc_count()
        self._idf: dict[str, float] = {}

    def idf(self, term: str) -> float:
        if term not in self._idf:
            frequency = self.searcher.doc_frequency(FIELD, term)
            self._idf[term] = math.log((self.documents + 1) / (frequency + 1)) + 1.0
        return self._idf[term]

    def vector(self, counts: Mapping[str, int]) -> dict[str, float]:
        return {term: count * self.idf(term) for term, count in counts.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(weight * b.get(term, 0.0) for term, weight in a.items())
    norms = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norms if norms else 0.0


def like(
    archive: ArchiveIndex,
    searcher: Any,
    counts: Mapping[str, int],
    limit: int,
    exclude: Collection[str] = (),
) -> list[Match]:
    """Indexed articles most like a text given as term counts, best first."""
    weights = Weights(searcher)
    wanted = weights.vector(counts)
    keys = sorted(wanted.items(), key=lambda item: (-item[1], item[0]))[:KEY_TERMS]
    if not keys:
        return []
    found = [query.Term(FIELD, term, boost=weight) for term, weight in keys]
    hits = searcher.search(query.Or(found), limit=CANDIDATES + 1)
    matches = []
    for hit in hits:
        if hit["path"] in exclude:
            continue
        article = archive.indexed_article(hit["path"], hit["slug"], hit["record"])
        if article is None:
            continue
        text = "\n".join((article.title, article.summary, article.body))
        score = cosine(wanted, weights.vector(Counter(terms(text))))
        matches.append(Match(hit["path"], hit["slug"], round(score, 6)))
    matches.sort(key=lambda match: (-match.score, match.slug))
    return matches[:limit]


def similar_articles(
    text: str, archive: ArchiveIndex, limit: int = 5, exclude: Collection[str] = ()
) -> list[tuple[Article, float]]:
    """The archive's articles most similar to ``text`` (a raw capture or an article's text).

    Scores run from 0 to 1; above about 0.8 the two are probably the same report.
    ``exclude`` lists paths (relative to the content folder) to leave out.
    """
    counts = Counter(terms(text))
    with archive.searching() as searcher:
        matches = like(archive, searcher, counts, limit, exclude)
    found = [(archive.article(match.path), match.score) for match in matches]
    return [(article, score) for article, score in found if article is not None]
