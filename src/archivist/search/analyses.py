"""Each search document's analysis, kept between builds so a rebuild analyses only the edited.

Every search file depends on the whole archive (lunr's scores use archive-wide
counts), so a rebuild writes them all again; but the analysis of each document (its
text taken out of the HTML, its terms found and counted per field, its record and
facets, see :func:`archivist.search.files.analyse`) depends on that document alone.
The search worker keeps each analysis in ``<cache>/search-analyses.marshal``, keyed by
a digest of the document's inputs (:data:`~archivist.search.index.PlainFields`), and
the next build takes it back for every document whose inputs are unchanged: at
10,000 articles, most of the worker's time.

The file is read and written one document at a time, in the archive's order, so
neither holds the archive's analyses in memory at once: a marshal record per
document, then an index (digest -> where the record is) with the vocabulary the
records number their terms in (:class:`~archivist.search.term_counts.Vocabulary`), then the
index's offset. A rebuild counts each kept document's terms by number, in bulk,
without looking up each term (at 10,000 articles that lookup was 2.3 s of the
worker's 9 s). The vocabulary only grows, as records are copied as they were; once
it holds twice the terms it started with, the next build starts a new file.
It names the code and gazetteer it was made with (``version``); a file of another
version, or one that cannot be read, is not used. Like the rest of the cache, it is
never published and always safe to delete.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .files import Analysed
from .index import PlaceRef, PlainFields, SearchDocument
from .term_counts import Vocabulary

FILE = "search-analyses.marshal"
#: A record's digest -> (offset, length) in the file.
Index = dict[bytes, tuple[int, int]]
_OFFSET = struct.Struct("<Q")
#: A file whose vocabulary has grown to this many times the terms it started with
#: (the terms of edited and removed articles pile up) is not used again.
_GROWTH = 2


class Analyses:
    """The analyses an earlier build kept in ``folder`` (None: no cache) and the vocabulary
    they number their terms in, which this build's analyses go on numbering in. Use it
    as a context manager (it holds the earlier file open)."""

    def __init__(self, folder: Path | None, version: bytes) -> None:
        self._folder = folder
        self._version = version
        self._earlier = _Earlier(folder / FILE if folder else None, version)
        self.vocabulary = Vocabulary(self._earlier.terms)

    def analysed(
        self, documents: Iterable[PlainFields], analyse: Callable[[PlainFields], Analysed]
    ) -> Iterator[Analysed]:
        """The analysis of each of ``documents``: the one kept for the same inputs by a
        build of this version, else ``analyse``'s (numbering terms in :attr:`vocabulary`).
        Once every document has been taken, the file holds these documents' analyses only."""
        if self._folder is None:
            yield from map(analyse, documents)
            return
        self._folder.mkdir(parents=True, exist_ok=True)
        path = self._folder / FILE
        partial = self._folder / f".{FILE}.{os.getpid()}"
        stream = partial.open("wb")
        try:
            marshal.dump(self._version, stream)
            index: Index = {}
            for fields in documents:
                key = _key(fields)
                kept = self._earlier.kept(key)
                if kept is None:
                    value = analyse(fields)
                    record = marshal.dumps(_plain(value))
                else:
                    record, value = kept
                index[key] = (stream.tell(), len(record))
                stream.write(record)
                yield value
            at = stream.tell()
            started_with = self._earlier.started_with or len(self.vocabulary.terms)
            marshal.dump((index, self.vocabulary.terms, started_with), stream)
            stream.write(_OFFSET.pack(at))
            stream.close()
        except BaseException:  # closed midway too (a failed build drops this generator):
            with contextlib.suppress(OSError):  # a full disk fails the flush; the error
                stream.close()  # that stopped the build is the one to report
            partial.unlink(missing_ok=True)
            raise
        partial.replace(path)

    def __enter__(self) -> Analyses:
        return self

    def __exit__(self, *exc: object) -> None:
        self._earlier.close()


class _Earlier:
    """The records of the file an earlier build left (none if unusable), and its vocabulary."""

    def __init__(self, path: Path | None, version: bytes) -> None:
        self._stream: BinaryIO | None = None
        self._index: Index = {}
        self.terms: list[str] = []
        #: How many terms the vocabulary held when its file was started.
        self.started_with = 0
        if path is None:
            return
        try:
            stream = path.open("rb")
        except OSError:
            return
        try:
            if marshal.load(stream) == version:
                stream.seek(-_OFFSET.size, os.SEEK_END)
                (at,) = _OFFSET.unpack(stream.read(_OFFSET.size))
                stream.seek(at)
                index, terms, started_with = marshal.load(stream)
                if len(terms) <= _GROWTH * started_with:
                    self._index, self.terms, self.started_with = index, terms, started_with
                    self._stream = stream
                    return
        except (OSError, EOFError, ValueError, TypeError, struct.error):
            pass
        stream.close()

    def kept(self, key: bytes) -> tuple[bytes, Analysed] | None:
        """The record kept for ``key`` as written and the analysis it holds, if any."""
        where = self._index.get(key)
        if where is None or self._stream is None:
            return None
        self._stream.seek(where[0])
        record = self._stream.read(where[1])
        value = _loaded(record)
        return None if value is None else (record, value)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()


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


def _loaded(record: bytes) -> Analysed | None:
    """The analysis in ``record``, or None if it cannot be read."""
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
