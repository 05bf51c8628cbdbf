"""Search the curator's index: the search page's query language, filters, ranked results
with snippets.

The query (:mod:`archivist.curator.query`): every word must match; ``"Kafr Ghan"`` is a
phrase; ``-word`` leaves reports out; ``title:``, ``place:``, ``tag:``, ``source:`` and
``language:`` restrict a word or phrase to one field; ``attack*`` is a prefix and
``Hesike~`` (``~2``) a near spelling; a place named in any spelling, if some report is
about it, is the place or any of its names in the text. When fewer than :data:`FEW`
reports have every word, those with any follow, flagged; when none has, those with
every word in a near spelling come first, flagged. Every word goes through the
same analysis as the index (:mod:`archivist.text.analysis`), so ``Heseke`` and
``Hesekê`` are one term.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from whoosh import highlight, query
from whoosh.qparser import FieldAliasPlugin, FuzzyTermPlugin, MultifieldParser

from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import QueryError
from archivist.text import analysis
from archivist.text.folding import fold
from archivist.text.placekeys import named_in

from .documents import PlaceResolver, date_span, schema
from .index import ArchiveIndex
from .query import MAX_EXPANSIONS, Reading, place_lookup, read, read_near
from .ranking import RankKey, rank_key
from .snippets import snippet
from .typos import nearest_words

#: Fields searched by a word without ``field:``, and how much a match in each counts.
DEFAULT_FIELDS = {
    "title": 2.0,
    "place": 1.5,
    "tag": 1.2,
    "tag_words": 1.2,
    "summary": 1.2,
    "body": 1.0,
    "source": 1.0,
}
_ALIASES = {"place": ["places"], "tag_words": ["tag", "tags"]}
#: Fewer results than this with every word, and those with any word follow (as on the page).
FEW = 3


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
    any_word: bool = False  #: found with some of the words only, after those with all
    near: bool = False  #: found with every word in a near spelling, after those with all


@dataclass(frozen=True)
class Marks:
    """How a snippet shows a matched word: ``[[word]]`` in plain text, colour on a terminal."""

    before: str = "[["
    after: str = "]]"


ANSI = Marks("\033[1;33m", "\033[0m")


def parse_query(text: str, places: Mapping[str, Any] | None = None) -> tuple[Any, Reading]:
    """The whoosh query for ``text`` and how it was read; raise :class:`QueryError` when it
    cannot mean anything (see :mod:`archivist.curator.query`)."""
    if not text.strip():
        raise QueryError('the query is empty; give a word, a "phrase" or field:word')
    reading = read(text, places)
    return _parsed(reading.every_word, text), reading


def _parsed(whoosh_text: str, text: str) -> Any:
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema(), fieldboosts=DEFAULT_FIELDS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(_ALIASES))
    parsed = parser.parse(whoosh_text).accept(_near_as_on_the_page).normalize()
    if isinstance(parsed, type(query.NullQuery)):
        raise QueryError(f'{text!r} has no word to search for; give a word or a "phrase"')
    return parsed


def _near_as_on_the_page(node: Any) -> Any:
    """A near~ spelling as the page reads it: of an index term with the same first letter
    (the page looks in the first letter's vocabulary), not of a whole tag unstemmed (the
    page has tags as words only: ``repatriaton~2`` is no near spelling of repatriation)."""
    if not isinstance(node, query.FuzzyTerm):
        return node
    if node.fieldname == "tag":
        return query.NullQuery
    return query.FuzzyTerm(
        node.fieldname, node.text, boost=node.boost, maxdist=node.maxdist, prefixlength=1
    )


def _check_expansions(parsed: Any, searcher: Any) -> None:
    """Refuse a prefix that stands for too many words of the index."""
    for leaf in parsed.leaves():
        if isinstance(leaf, query.Prefix):
            count = sum(1 for _ in searcher.reader().expand_prefix(leaf.fieldname, leaf.text))
            if count > MAX_EXPANSIONS:
                raise QueryError(
                    f"'{leaf.text}*' stands for {count} words; give more letters "
                    f"({MAX_EXPANSIONS} words at most)"
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
    restrict = filter_query(filters, archive.places)
    with archive.searching() as searcher:
        parsed, reading = parse_query(text, _lookup(archive, searcher))
        _check_expansions(parsed, searcher)
        hits = _Hits(archive, searcher, restrict, limit, marks, reading)
        results = hits.ranked(parsed)
        exact = len(results)
        if not exact:
            results += _near_spelling(hits, text, results)
        if exact < FEW and reading.units > 1 and reading.any_word:
            seen = {r.path for r in results}
            more = hits.ranked(_parsed(reading.any_word, text))
            results += [replace(r, any_word=True) for r in more if r.path not in seen]
    return results[:limit]


def _near_spelling(hits: _Hits, text: str, exact: list[Result]) -> list[Result]:
    """The reports with every word of the near-spelling reading of ``text`` not in
    ``exact`` (asked only when it is empty), flagged (``typos`` in search-find.js)."""
    near = read_near(text, _lookup(hits.archive, hits.searcher))
    if near is None:
        return []
    seen = {r.path for r in exact}
    parsed = nearest_words(_parsed(near.every_word, text), dict(near.typos), hits.searcher)
    if parsed is None:
        return []
    found = replace(hits, reading=near).ranked(parsed)
    return [replace(r, near=True) for r in found if r.path not in seen]


def query_places(archive: ArchiveIndex, text: str) -> tuple[str, ...]:
    """The names of the places ``text`` is read as naming (none for a bad query)."""
    with archive.searching() as searcher:
        lookup = _lookup(archive, searcher)
    try:
        return read(text, lookup).places
    except QueryError:
        return ()


def _lookup(archive: ArchiveIndex, searcher: Any) -> dict[str, Any] | None:
    """The places a query may name, as the page has them: those some report is about, and
    those the reports' words may name (:func:`named_in`)."""
    places = archive.places
    if not isinstance(places, Iterable):
        return None
    about = {term.decode() for term in searcher.lexicon("place_id")}
    reader = searcher.reader()
    words = _Words(reader)
    others = [(p.id, p.name, p.all_names) for p in places if p.id not in about]
    named = {place_id for place_id, _, _ in named_in(others, words)}
    return place_lookup(place for place in places if place.id in about | named)


@dataclass(frozen=True)
class _Words:
    """The index's words, in any field a word without ``field:`` searches."""

    reader: Any

    def __contains__(self, term: object) -> bool:
        return any((field, term) in self.reader for field in DEFAULT_FIELDS)


@dataclass(frozen=True)
class _Hits:
    """Ranked results of queries on one searcher, with the same filter, limit and marks."""

    archive: ArchiveIndex
    searcher: Any
    restrict: Any
    limit: int
    marks: Marks
    reading: Reading

    def ranked(self, parsed: Any) -> list[Result]:
        """The first ``limit`` hits of ``parsed`` in the page's order (see :mod:`.ranking`)."""
        hits = self.searcher.search(parsed, filter=self.restrict, limit=None, terms=True)
        hits.fragmenter = highlight.ContextFragmenter(maxchars=300, surround=60)
        hits.highlighter.fragmenter = hits.fragmenter
        hits.formatter = _Formatter(self.marks)
        places = self.archive.places

        def key(hit: Any) -> RankKey:
            ids = hit.get("place_id") or ""
            return rank_key(hit["record"], hit["slug"], ids, self.reading, places)

        # A generator, not ``hits``: sorted() would ask len(hits), which runs the query again.
        top = sorted((hits[n] for n in range(hits.scored_length())), key=key)[: self.limit]
        results = []
        for hit in top:
            article = self.archive.indexed_article(hit["path"], hit["slug"], hit["record"])
            if article is not None:
                found = snippet(article.body, hit, hits.highlighter, self.reading)
                text = found or article.summary or article.body[:200]
                results.append(Result(article, hit["path"], hit.score, " ".join(text.split())))
        return results


class _Formatter(highlight.Formatter):  # type: ignore[misc]
    between = " … "

    def __init__(self, marks: Marks) -> None:
        self.marks = marks

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        word = highlight.get_text(text, token, replace)
        return f"{self.marks.before}{word}{self.marks.after}"
