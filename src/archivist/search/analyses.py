"""Each search document's analysis, kept between builds so a rebuild analyses only the edited.

Every search file depends on the whole archive (lunr's scores use archive-wide
counts), so a rebuild writes them all again; but the analysis of each document (its
text taken out of the HTML, its terms found and counted per field, its record and
facets, see :func:`archivist.search.files.analyse`) depends on that document alone.
The search worker keeps each analysis on a :class:`Shelf` (the build cache's,
:meth:`archivist.build.cache.Store.analyses`), keyed by a digest of the document's
inputs (:data:`~archivist.search.index.PlainFields`), and the next build takes it back
for every document whose inputs are unchanged: at 10,000 articles, most of the
worker's time.

The analyses are read and kept one document at a time, in the archive's order, so
the build never holds the archive's analyses in memory at once: a marshal record per
document, numbering its terms in a vocabulary
(:class:`~archivist.search.term_counts.Vocabulary`) the shelf keeps in its header. A
rebuild counts each kept document's terms by number, in bulk, without looking up each
term (at 10,000 articles that lookup was 2.3 s of the worker's 9 s). The vocabulary
only grows, as records are kept as they were; once it holds twice the terms it started
with, the next build starts afresh. The header names the code and gazetteer the
analyses were made with (``version``); analyses of another version, or a header that
cannot be read, are not used.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any, Protocol

from .files import Analysed
from .index import PlaceRef, PlainFields, SearchDocument
from .term_counts import Vocabulary

#: A vocabulary grown to this many times the terms it started with (the terms of edited
#: and removed articles pile up) is not used again.
_GROWTH = 2


class Shelf(Protocol):
    """Where analyses are kept between builds: records by key, and one header."""

    def header(self) -> bytes | None:
        """The header :meth:`finish` last kept, if any."""

    def record(self, key: bytes) -> bytes | None:
        """The record kept by ``key``, if any."""

    def keep(self, key: bytes, record: bytes) -> None:
        """Keep ``record`` by ``key`` (replacing any)."""

    def finish(self, header: bytes, keys: Collection[bytes]) -> None:
        """Keep ``header``, and of the records only those of ``keys``."""


class Analyses:
    """The analyses an earlier build kept on ``shelf`` (None: no cache) and the vocabulary
    they number their terms in, which this build's analyses go on numbering in."""

    def __init__(self, shelf: Shelf | None, version: bytes) -> None:
        self._shelf = shelf
        self._version = version
        terms, self._started_with = _header(shelf.header() if shelf else None, version)
        #: Whether the shelf's records number their terms in :attr:`vocabulary`.
        self._usable = bool(terms)
        self.vocabulary = Vocabulary(terms)

    def analysed(
        self, documents: Iterable[PlainFields], analyse: Callable[[PlainFields], Analysed]
    ) -> Iterator[Analysed]:
        """The analysis of each of ``documents``: the one kept for the same inputs by a
        build of this version, else ``analyse``'s (numbering terms in :attr:`vocabulary`).
        Once every document has been taken, the shelf holds these documents' analyses only."""
        shelf = self._shelf
        if shelf is None:
            yield from map(analyse, documents)
            return
        keys: set[bytes] = set()
        for fields in documents:
            key = _key(fields)
            keys.add(key)
            value = _loaded(shelf.record(key)) if self._usable else None
            if value is None:
                value = analyse(fields)
                shelf.keep(key, marshal.dumps(_plain(value)))
            yield value
        terms = self.vocabulary.terms
        started_with = self._started_with or len(terms)
        shelf.finish(marshal.dumps((self._version, terms, started_with)), keys)


def _header(header: bytes | None, version: bytes) -> tuple[list[str], int]:
    """The vocabulary kept in ``header`` and the terms it started with, if of ``version``
    and not grown too large; else none."""
    try:
        kept, terms, started_with = marshal.loads(header) if header else (None, [], 0)
    except (EOFError, ValueError, TypeError):
        return [], 0
    if kept != version or len(terms) > _GROWTH * started_with:
        return [], 0
    return terms, started_with


def _key(fields: PlainFields) -> bytes:
    """The digest a document's analysis is kept by. Marshal's format 2: from format 3 on,
    an object referred to more than once in the process (its reference count, not its
    value) is written as a back-reference, so equal inputs could give other bytes."""
    return hashlib.blake2b(marshal.dumps(fields, 2), digest_size=16).digest()


def _plain(value: Analysed) -> tuple[Any, ...]:
    """``value`` as marshal's types; the facets in :class:`SearchDocument`'s order, up to
    its place references."""
    d = value.facets
    refs = tuple((r.key, r.label, r.names) for r in d.place_refs)
    facets = (d.url, d.title, d.date, d.source, d.language, d.tags, d.places, refs)
    return value.terms, value.record, facets


def _loaded(record: bytes | None) -> Analysed | None:
    """The analysis in ``record``, or None if none or it cannot be read."""
    if record is None:
        return None
    try:
        terms, stored, facets = marshal.loads(record)
        url, title, date, source, language, tags, places, refs = facets
        place_refs = tuple(PlaceRef(*r) for r in refs)
        document = SearchDocument(
            url, title, date, source, language, tags, places, place_refs, "", ""
        )
        return Analysed(terms, stored, document)
    except (EOFError, ValueError, TypeError):
        return None
