"""Read the HTML pages out of a web archive: a WARC file, or a WACZ package of WARC files.

WARC (ISO 28500) is what Webrecorder, ArchiveWeb.page, Browsertrix, ArchiveBox and the
Internet Archive write; WACZ is a zip holding ``archive/*.warc.gz`` beside a
``datapackage.json``. Each ``response`` record whose HTTP status is 2xx and whose body is
HTML becomes one :class:`Record`, with the address it was captured from (its
``WARC-Target-URI``), the time of capture (its ``WARC-Date``), the page it served, and the
whole record byte for byte: its WARC header (target URI, date, record id, payload digest),
the HTTP response's status line and headers, and the payload as served, ended by the two
CRLFs of ISO 28500. That record, alone, is itself a WARC file any WARC tool reads, and it
is what the import keeps as the capture. A record gzipped in the archive is kept
uncompressed: the gzip member is the archive's packing, not the record. Other records
(requests, metadata, images, scripts) are passed over. ``warcio`` does the reading.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from archivist.errors import Problem

WARC_SUFFIXES = (".warc", ".warc.gz")
WACZ_SUFFIXES = (".wacz",)
ARCHIVE_SUFFIXES = WARC_SUFFIXES + WACZ_SUFFIXES
HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_RECORD_BYTES = 20 * 1024 * 1024
RECORD_END = b"\r\n\r\n"  # after a record's block (ISO 28500)
_BROKEN = (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError, zipfile.BadZipFile)


@dataclass(frozen=True)
class Record:
    """One captured HTML page: where it came from, when, and its bytes as served."""

    archive: Path
    number: int  # 1 for the archive's first HTML page, 2 for the next...
    target_uri: str
    captured_at: str  # the WARC-Date, ISO 8601 in UTC
    payload: bytes | None  # None: larger than MAX_RECORD_BYTES, not read
    record: bytes = b""  # the whole WARC record, uncompressed; b"" when payload is None

    @property
    def name(self) -> str:
        return f"{self.archive.name}#{self.number}"


def is_web_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path: Path) -> Iterator[Record | Problem]:
    """Every HTML page in the archive at ``path``, then a problem if it breaks off.

    A truncated or corrupt archive yields the pages read before the damage, then one
    :class:`Problem`; an archive with no HTML page yields one problem.
    """
    if path.is_symlink():
        yield Problem(path, None, "is a symbolic link", "import the file it points to instead")
        return
    count = 0
    try:
        if path.name.lower().endswith(WACZ_SUFFIXES):
            stream = _wacz_records(path)
        else:
            stream = _warc_file_records(path)
        for record in stream:
            count += 1
            yield Record(path, count, *record)
    except _BROKEN as error:
        where = f"after its page {count}" if count else "before any page"
        reason = str(error).splitlines()[0][:80] if str(error) else type(error).__name__
        kept = f"; its first {count} page(s) are read as the others" if count else ""
        yield Problem(
            path,
            None,
            f"is damaged or not a web archive: it breaks off {where} ({reason})",
            f"import a complete copy{kept}",
        )
        return
    if not count:
        yield Problem(path, None, "holds no HTML page", "check that it is the archive you meant")


def _warc_file_records(path: Path) -> Iterator[tuple[str, str, bytes | None, bytes]]:
    with path.open("rb") as handle, path.open("rb") as again:
        yield from _warc_records(handle, _slicer(again))


def _wacz_records(path: Path) -> Iterator[tuple[str, str, bytes | None, bytes]]:
    with zipfile.ZipFile(path) as package:
        names = sorted(
            name
            for name in package.namelist()
            if name.startswith("archive/") and name.lower().endswith(WARC_SUFFIXES)
        )
        if not names:
            raise ValueError("no archive/*.warc.gz in the package")
        for name in names:
            with package.open(name) as handle, package.open(name) as again:
                yield from _warc_records(handle, _slicer(again))


def _warc_records(
    handle: IO[bytes], record_at: Callable[[int, int], bytes]
) -> Iterator[tuple[str, str, bytes | None, bytes]]:
    """(target URI, capture time, payload, whole record) of each HTML response in one WARC
    stream; ``record_at(offset, length)`` reads a record's bytes as stored in it."""
    records = 0
    iterator = ArchiveIterator(handle, check_digests="raise")
    for record in iterator:
        records += 1
        if record.format != "warc":  # warcio reads any text as an old ARC file
            raise ValueError("no WARC record header")
        if record.rec_type != "response" or record.http_headers is None:
            continue
        status = record.http_headers.get_statuscode() or ""
        kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip()
        if not status.startswith("2") or kind.lower() not in HTML_TYPES:
            continue
        payload: bytes | None = record.content_stream().read(MAX_RECORD_BYTES + 1)
        assert payload is not None
        if len(payload) > MAX_RECORD_BYTES:
            payload = None  # larger than any page: reported, not read further
        elif getattr(record.raw_stream, "limit", 0) > 0:
            raise EOFError("a record is cut short")  # fewer bytes than its Content-Length
        whole = b""
        if payload is not None:  # read to its end first: its digests are checked there
            offset, length = iterator.get_record_offset(), iterator.get_record_length()
            whole = _whole_record(record_at, offset, length)
        yield (
            record.rec_headers.get_header("WARC-Target-URI") or "",
            record.rec_headers.get_header("WARC-Date") or "",
            payload,
            whole,
        )
    if not records:
        raise ValueError("no WARC record in it")


def _slicer(handle: IO[bytes]) -> Callable[[int, int], bytes]:
    """Read ``length`` bytes at ``offset`` of a second handle on the same WARC stream
    (records come in order, so a compressed zip member is only ever read forwards)."""

    def record_at(offset: int, length: int) -> bytes:
        handle.seek(offset)
        return handle.read(length)

    return record_at


def _whole_record(record_at: Callable[[int, int], bytes], offset: int, length: int) -> bytes:
    """A record as ISO 28500 writes it: a gzip member unpacked; an uncompressed record
    with its two closing CRLFs, which warcio leaves out of its length."""
    stored = record_at(offset, length + len(RECORD_END))  # read once, forwards
    record = gzip.decompress(stored[:length]) if stored.startswith(b"\x1f\x8b") else stored
    if not record.startswith(b"WARC/") or not record.endswith(RECORD_END):
        raise ValueError("a record does not end where its Content-Length says")
    return record
