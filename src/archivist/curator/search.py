"""Search the curator's index: whoosh query syntax, filters, ranked results with snippets.

Query syntax (whoosh's parser with its fuzzy plugin): words must all match (``AND``
is implied); ``OR``, ``NOT``, ``AND`` and parentheses combine them; ``"Kafr Ghan"`` is a
phrase; ``title:``, ``place:``, ``tag:``, ``source:``, ``language:`` and ``body:``
restrict a word or phrase to one field; ``attack*`` is a prefix and ``Hesike~``
(``~2``) a fuzzy term. Every word goes through the same analysis as the index
(:mod:`archivist.text.analysis`), so ``Heseke`` and ``Hesekê`` are one term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whoosh import highlight, query
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import QueryError
from archivist.text import analysis
from archivist.text.folding import fold

from .index import ArchiveIndex, PlaceResolver, date_span, schema

#: Fields searched by a word without ``field:``, and how much a match in each counts.
DEFAULT_FIELDS = {"title": 2.0, "place": 1.5, "tag": 1.2, "summary": 1.2, "body": 1.0}
#: Field names a query may use (``places:`` and ``tags:`` are accepted as aliases).
QUERY_FIELDS = ("title", "place", "tag", "summary", "body", "source", "language")
_ALIASES = {"place": ["places"], "tag": ["tags"]}
_FIELD_PREFIX = re.compile(r'(?:^|[\s(])([^\s():"]+):')
_QUOTED = re.compile(r'"[^"]*"')
#: Hits fetched beyond --limit, so that ties at the cut are ordered by slug too.
_SPARE = 20


@dataclass(frozen=True)
class Filters:
    """Restrictions that do not affect the ranking: every one given must hold."""

    tags: tuple[str, ...] = ()
    place: str = ""
    language: str = ""
    source: str = ""
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None


@dataclass(frozen=True)
class Result:
    """One ranked match: the article as indexed (body as on disk now), score and snippet."""

    article: Article
    path: str  #: relative to the content folder
    score: float
    snippet: str


@dataclass(frozen=True)
class Marks:
    """How a snippet shows a matched word: ``[[word]]`` in plain text, colour on a terminal."""

    before: str = "[["
    after: str = "]]"


ANSI = Marks("\033[1;33m", "\033[0m")


def parse_query(text: str) -> Any:
    """The whoosh query for ``text``; raise :class:`QueryError` when it cannot mean anything."""
    if not text.strip():
        raise QueryError('the query is empty; give a word, a "phrase" or field:word')
    if text.count('"') % 2:
        raise QueryError(f'unbalanced quote in {text!r}; close the phrase with a second "')
    _check_fields(text)
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema(), fieldboosts=DEFAULT_FIELDS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    parsed = parser.parse(text)
    if isinstance(parsed, type(query.NullQuery)):
        raise QueryError(f'{text!r} has no word to search for; give a word or a "phrase"')
    return parsed


def _check_fields(text: str) -> None:
    known = set(QUERY_FIELDS) | {alias for names in _ALIASES.values() for alias in names}
    for name in _FIELD_PREFIX.findall(_QUOTED.sub(" ", text)):
        if name not in known and not name.isdigit():
            raise QueryError(
                f"unknown field '{name}:' in the query; use one of {', '.join(QUERY_FIELDS)}"
            )


def filter_query(filters: Filters, places: PlaceResolver | None = None) -> Any:
    """One whoosh query all filters' conditions must meet, or None when there are none."""
    parts: list[Any] = [query.Term("tag", fold(tag)) for tag in filters.tags]
    if filters.place:
        place = places.resolve(filters.place) if places else None
        parts.append(query.Term("place_id", place.id) if place else _phrase("place", filters.place))
    if filters.language:
        parts.append(query.Term("language", filters.language))
    if filters.source:
        parts.append(_phrase("source", filters.source))
    if filters.date_from:
        parts.append(query.NumericRange("date_hi", date_span(filters.date_from.iso)[0], None))
    if filters.date_to:
        parts.append(query.NumericRange("date_lo", None, date_span(filters.date_to.iso)[1]))
    return query.And(parts) if parts else None


def _phrase(fieldname: str, text: str) -> Any:
    words = analysis.terms(text)
    if not words:
        raise QueryError(f"{text!r} has no word to filter on")
    return query.Term(fieldname, words[0]) if len(words) == 1 else query.Phrase(fieldname, words)


def search(
    archive: ArchiveIndex,
    text: str,
    filters: Filters = Filters(),
    limit: int = 10,
    marks: Marks = Marks(),
) -> list[Result]:
    """The best ``limit`` matches for ``text``, by score then slug, with highlighted snippets."""
    if limit < 1:
        raise QueryError(f"--limit must be at least 1, not {limit}")
    parsed = parse_query(text)
    restrict = filter_query(filters, archive.places)
    with archive.searching() as searcher:
        # Whoosh's top-N (fast) with room to spare, then a stable order: score, then slug.
        hits = searcher.search(parsed, filter=restrict, limit=limit + _SPARE, terms=True)
        hits.fragmenter = highlight.ContextFragmenter(maxchars=300, surround=60)
        hits.highlighter.fragmenter = hits.fragmenter
        hits.formatter = _Formatter(marks)
        # A generator, not ``hits``: sorted() would ask len(hits), which runs the query again.
        top = (hits[n] for n in range(hits.scored_length()))
        ranked = sorted(top, key=lambda hit: (-round(hit.score, 9), hit["slug"]))[:limit]
        results = []
        for hit in ranked:
            article = archive.indexed_article(hit["path"], hit["slug"], hit["record"])
            if article is not None:
                results.append(Result(article, hit["path"], hit.score, _snippet(article, hit)))
    return results


def _snippet(article: Article, hit: Any) -> str:
    found = hit.highlights("body", text=article.body) if article.body else ""
    text = found or article.summary or article.body[:200]
    return " ".join(text.split())


class _Formatter(highlight.Formatter):  # type: ignore[misc]
    between = " … "

    def __init__(self, marks: Marks) -> None:
        self.marks = marks

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        word = highlight.get_text(text, token, replace)
        return f"{self.marks.before}{word}{self.marks.after}"
