"""The build's one store of what it computed, kept for the next build.

A rebuild after editing one article parses, renders and counts the words of that
article only: the rest comes from the :class:`Store` the build before it left in
``<cache>/<content folder>/store.sqlite3`` (:mod:`archivist.build.store_file`): the
entries of every memo the build used (articles as read, bodies as rendered, words
counted for related reports, citations), keyed by their texts (a citation by the digest
of its inputs); the related reports' scores, from which a rebuild scores again only what
an edit moved; each output folder's page record (:mod:`archivist.build.page_reuse`); and
each search document's analysis, read one at a time by the search worker, so a build
never holds them all (:mod:`archivist.search.analyses`). The store is made by
``archivist build`` and reached through the build object; the domain's functions are
handed its memos. The cache belongs to the code that wrote it: any change to this
package or to the Markdown, YAML, sanitiser or numeric libraries makes it stale, and a
stale or missing cache is simply not used; one that cannot be read is removed, with a
warning. It is never published; deleting it is always safe.
"""

from __future__ import annotations

import functools
import hashlib
import pickle
import shutil
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, closing, contextmanager, suppress
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from archivist.cite.citation import Citation
from archivist.content.articles import FileReading
from archivist.pages.key_terms import WordCounts
from archivist.pages.related import Scores
from archivist.reuse.memo import Memo

from . import store_file
from .store_file import AnalysisShelf, Unreadable, connected, keep_value, transaction, value

_LIBRARIES = ("markdown", "nh3", "pyyaml", "numpy", "scipy")
#: Errors reading a kept value back: its classes may have moved or gone.
_UNPICKLING = (pickle.UnpicklingError, EOFError, TypeError, AttributeError, ImportError)


@functools.cache
def code_version() -> str:
    """A digest of this package's source and the versions of the libraries that read and render."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parents[1].rglob("*.py")):
        digest.update(source.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library} {metadata.version(library)}".encode())
    return digest.hexdigest()


@dataclass(eq=False)
class Store:
    """One build's memos, the related reports' scores and the page records it carries to
    the next build, kept in ``folder``: :meth:`load` the earlier build's, :meth:`save`
    this one's; and the search analyses, which the search worker reads and keeps
    (:meth:`analyses`)."""

    folder: Path
    #: Each file's reading (the article, or its problems) by its path, language and text.
    readings: Memo[FileReading] = field(default_factory=lambda: Memo("readings"))
    #: Each body rendered to HTML and cleaned, by its Markdown.
    bodies: Memo[str] = field(default_factory=lambda: Memo("bodies"))
    #: Each article's words counted for related reports, by its text.
    words: Memo[WordCounts] = field(default_factory=lambda: Memo("article words"))
    #: Each article's citation, by the digest of all it is made from.
    citations: Memo[Citation] = field(default_factory=lambda: Memo("citations"))
    #: The related reports' scores of the earlier build (None: start afresh).
    earlier_scores: Scores | None = None
    #: This build's scores, for the next build.
    scores: Scores | None = None
    #: Why the earlier build's store was not used and was removed (None: it was, or none).
    discarded: str | None = None
    #: The keys of each memo's entries as loaded: only the difference is written.
    _loaded: dict[str, frozenset[bytes]] = field(default_factory=dict)
    #: Whether the store was written by this code (else its memos and pages are not used).
    _current: bool = False
    #: The page record of each output folder, as loaded or made by this build.
    _pages: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.folder / store_file.FILE

    def memos(self) -> dict[str, Memo[Any]]:
        """Every memo, by the name its entries are kept under."""
        return {
            "readings": self.readings,
            "bodies": self.bodies,
            "article words": self.words,
            "citations": self.citations,
        }

    def load(self) -> int:
        """Take the entries the earlier build kept here (if this code's); say how many.

        A store that cannot be read (damaged, of another layout, or the files of an
        earlier version of Archivist) is removed, and :attr:`discarded` says why."""
        old = [p for pattern in store_file.OLD_FILES for p in self.folder.glob(pattern)]
        if old:
            store_file.discard(self.folder)
            self.discarded = "it was written by an earlier version of Archivist"
        if not self.path.is_file():
            return 0
        try:
            with connected(self.path) as connection:
                self._current = value(connection, "code") == code_version().encode()
                if not self._current:
                    return 0
                return self._load_memos(connection)
        except Unreadable as error:
            store_file.discard(self.folder)
            self.discarded = str(error).removeprefix(f"{self.path}: ")
            self._current = False
            return 0

    def _load_memos(self, connection: sqlite3.Connection) -> int:
        """Read every memo entry, then hand them to the memos (none if the file fails)."""
        memos = self.memos()
        entries: dict[str, dict[bytes, Any]] = {name: {} for name in memos}
        for name, key, kept in connection.execute("SELECT memo, key, value FROM memos"):
            if name in entries:
                with suppress(*_UNPICKLING):
                    entries[name][bytes(key)] = pickle.loads(kept)
        scores = _unpickled(value(connection, "related scores"))
        self.earlier_scores = scores if isinstance(scores, Scores) else None
        for name, memo in memos.items():
            memo.remember(entries[name])
        self._loaded = {name: frozenset(each) for name, each in entries.items()}
        return sum(map(len, entries.values()))

    def pages(self, output: Path) -> Any:
        """The page record the last build into ``output`` kept, if this code's; else None."""
        name = str(output.resolve())
        if name not in self._pages and self._current:
            try:
                with connected(self.path) as connection:
                    row = connection.execute(
                        "SELECT record FROM pages WHERE output = ?", (name,)
                    ).fetchone()
            except Unreadable:
                row = None
            self._pages[name] = None if row is None else _unpickled(row[0])
        return self._pages.get(name)

    def built_into(self, output: Path) -> bool:
        """Whether a build into ``output`` kept its page record here (by any code)."""
        if not self.path.is_file():
            return False
        try:
            with connected(self.path) as connection:
                found = connection.execute(
                    "SELECT 1 FROM pages WHERE output = ?", (str(output.resolve()),)
                ).fetchone()
        except Unreadable:
            return False
        return found is not None

    def keep_pages(self, output: Path, record: Any) -> None:
        """Keep ``record``, the pages of this build into ``output``, at :meth:`save`."""
        self._pages[str(output.resolve())] = record

    def take_computed(self) -> dict[str, dict[bytes, Any]]:
        """The entries computed since the last call, by memo: a forked worker's share of work."""
        return {name: memo.take_computed() for name, memo in self.memos().items()}

    def remember(self, computed: Mapping[str, Mapping[bytes, Any]]) -> None:
        """Take the entries a worker computed (:meth:`take_computed`)."""
        memos = self.memos()
        for name, entries in computed.items():
            memos[name].remember(entries)

    @contextmanager
    def analyses(self) -> Iterator[AnalysisShelf | None]:
        """The search analyses, in a transaction of their own connection (open it in the
        process that uses it): written whole when the block ends, or not at all. None if
        the store cannot be used."""
        with ExitStack() as stack:
            try:
                connection = stack.enter_context(connected(self.path))
            except Unreadable:
                yield None
                return
            stack.enter_context(transaction(connection))
            yield AnalysisShelf(connection)

    def save(self, content_dir: Path) -> None:
        """Keep what this build computed for the next one, in one transaction.

        Only the entries this build used are kept, so the cache follows the content; of
        the memos, only the entries added and gone are written. Caches of content folders
        that no longer exist (say, a test's) are removed. Raises OSError if the store
        cannot be written."""
        _forget_gone(self.folder.parent)
        try:
            with connected(self.path) as connection, transaction(connection):
                self._write(connection, content_dir)
        except (Unreadable, sqlite3.Error) as error:
            raise OSError(f"{self.path}: {error}") from None

    def _write(self, connection: sqlite3.Connection, content_dir: Path) -> None:
        if value(connection, "code") != code_version().encode():
            connection.execute("DELETE FROM memos")
            connection.execute("DELETE FROM pages")
            self._loaded = {}
        for name, memo in self.memos().items():
            used = memo.used()
            loaded = self._loaded.get(name, frozenset())
            connection.executemany(
                "DELETE FROM memos WHERE memo = ? AND key = ?",
                ((name, key) for key in loaded.difference(used)),
            )
            connection.executemany(
                "INSERT OR REPLACE INTO memos VALUES (?, ?, ?)",
                ((name, key, _pickled(used[key])) for key in used.keys() - loaded),
            )
        connection.executemany(
            "INSERT OR REPLACE INTO pages VALUES (?, ?)",
            ((name, _pickled(record)) for name, record in self._pages.items() if record),
        )
        keep_value(connection, "related scores", _pickled(self.scores))
        keep_value(connection, "content folder", str(content_dir.resolve()).encode())
        keep_value(connection, "code", code_version().encode())


def _pickled(kept: Any) -> bytes:
    return pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(kept: bytes | None) -> Any:
    """What ``kept`` holds; None if it cannot be read (its classes moved or gone)."""
    try:
        return None if kept is None else pickle.loads(kept)
    except _UNPICKLING:
        return None


def _forget_gone(root: Path) -> None:
    """Remove the stores of content folders that no longer exist."""
    for folder in root.glob("*/"):
        try:
            with closing(
                sqlite3.connect(f"file:{folder / store_file.FILE}?mode=ro", uri=True)
            ) as db:
                owner = value(db, "content folder")
        except sqlite3.Error:
            continue
        if owner is not None and not Path(owner.decode()).is_dir():
            shutil.rmtree(folder, ignore_errors=True)
