"""The build cache's one file: an SQLite database (the standard library's ``sqlite3``).

Four tables, read by key: ``memos`` (each memo entry, by memo and key), ``pages`` (the
page record of each output folder), ``analyses`` (each search document's analysis, by
the digest of its inputs) and ``kept`` (single values: the code that wrote the file, the
content folder it belongs to, the related reports' scores, the search analyses' version
and vocabulary). Values are pickles, the analyses marshal records (their format is
:mod:`archivist.search.analyses`'s).

Each build writes in transactions: the search worker its analyses in one (its own
connection, opened in the worker), the build the rest in one at its end. A build killed
midway leaves the file as the last finished transaction left it: SQLite's journal puts
back what a transaction had begun to change. Nothing is flushed to disk (``synchronous
= OFF``): a crash of the whole machine may cost the cache, never the site, and a file
that cannot be read is removed and the build does everything afresh.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager, suppress
from pathlib import Path

#: The file, in the content folder's part of the cache.
FILE = "store.sqlite3"
#: The tables' layout; a file of another layout is not used.
LAYOUT = b"archivist build store 1"
_TABLES = """
CREATE TABLE IF NOT EXISTS kept (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS memos (
    memo TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, PRIMARY KEY (memo, key));
CREATE TABLE IF NOT EXISTS pages (output TEXT PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS analyses (key BLOB PRIMARY KEY, record BLOB NOT NULL);
"""
#: What a build of earlier versions of Archivist left in the cache instead.
OLD_FILES = (
    "read-*.pickle",
    "carried.pickle",
    "pages-*.pickle",
    "search-analyses.marshal",
    "content-folder.txt",
)


class Unreadable(Exception):
    """The file is not a store this code can read (damaged, or of another layout)."""


@contextmanager
def connected(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the store at ``path`` (made if absent), closed after; transactions
    are begun and ended by hand. Raises :class:`Unreadable` for a file it cannot use."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with closing(sqlite3.connect(path, timeout=60, isolation_level=None)) as connection:
            connection.execute("PRAGMA synchronous = OFF")
            connection.executescript(_TABLES)
            layout = value(connection, "layout")
            if layout is None:
                connection.execute("INSERT INTO kept VALUES ('layout', ?)", (LAYOUT,))
            elif layout != LAYOUT:
                raise Unreadable(f"{path}: a store of another layout")
            yield connection
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            raise
        raise Unreadable(f"{path}: {error}") from None


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: all of it is written, or (on any error, an interrupt) none."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        with suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def value(connection: sqlite3.Connection, name: str) -> bytes | None:
    """The single value kept as ``name``, if any."""
    row = connection.execute("SELECT value FROM kept WHERE name = ?", (name,)).fetchone()
    return None if row is None else bytes(row[0])


def keep_value(connection: sqlite3.Connection, name: str, kept: bytes) -> None:
    connection.execute("INSERT OR REPLACE INTO kept VALUES (?, ?)", (name, kept))


def discard(folder: Path) -> None:
    """Remove the store in ``folder``, and the files of earlier versions' caches."""
    for pattern in (FILE, f"{FILE}-journal", f"{FILE}-wal", f"{FILE}-shm", *OLD_FILES):
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)


class AnalysisShelf:
    """The search analyses of the store at ``path``, in one transaction of a connection of
    their own (the search worker's): see :class:`archivist.search.analyses.Analyses`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def header(self) -> bytes | None:
        return value(self._connection, "search analyses")

    def record(self, key: bytes) -> bytes | None:
        row = self._connection.execute(
            "SELECT record FROM analyses WHERE key = ?", (key,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def keep(self, key: bytes, record: bytes) -> None:
        self._connection.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?)", (key, record))

    def finish(self, header: bytes, keys: Collection[bytes]) -> None:
        """Keep ``header``, and of the records only those of ``keys``."""
        had = [row[0] for row in self._connection.execute("SELECT key FROM analyses")]
        gone = [(key,) for key in had if key not in keys]
        self._connection.executemany("DELETE FROM analyses WHERE key = ?", gone)
        keep_value(self._connection, "search analyses", header)
