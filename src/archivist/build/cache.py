"""The build's one store of what it computed, kept for the next build.

A rebuild after editing one article parses, renders and counts the words of that
article only: the rest comes from the :class:`Store` the build before it saved in
``<cache>/<content folder>/``: the entries of every memo the build used (articles as
read, bodies as rendered, words counted for related reports, citations), keyed by
their texts (a citation by the digest of its inputs), in ``read-*.pickle``, and the
related reports' scores, from which a rebuild scores again only what an edit moved,
in ``carried.pickle``. The store is made by ``archivist build`` and reached through
the build object; the domain's functions are handed its memos. Beside these files,
in the same folder, the search worker keeps each article's analysis for the search
index (:mod:`archivist.search.analyses`, a file read one record at a time, so a
build never holds them all) and the writer each page's fingerprint
(:mod:`archivist.build.page_reuse`). The cache belongs to the code that wrote it:
any change to this package or to the Markdown, YAML, sanitiser or numeric libraries
makes it stale, and a stale, unreadable or missing cache is simply not used. It is
never published; deleting it is always safe.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from archivist.cite.citation import Citation
from archivist.content.articles import FileReading
from archivist.pages.key_terms import WordCounts
from archivist.pages.related import Scores
from archivist.reuse.memo import Memo

#: The memo entries are kept in this many files, by their key's first byte: a build
#: writes again only the files whose entries changed (at 10,000 articles the entries
#: take 180 MB; one edit changes three of them).
_PARTS = 16
#: The related reports' scores, written by every build.
_CARRIED = "carried.pickle"
#: The content folder a cache belongs to.
_OWNER = "content-folder.txt"
_LIBRARIES = ("markdown", "nh3", "pyyaml", "numpy", "scipy")


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
    """One build's memos and the related reports' scores it carries to the next build,
    kept in ``folder``: :meth:`load` the earlier build's, :meth:`save` this one's."""

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
    #: The memo keys each file of entries held when loaded: a file still holding them
    #: is not written again.
    _loaded: dict[int, dict[str, frozenset[bytes]]] = field(default_factory=dict)

    def memos(self) -> dict[str, Memo[Any]]:
        """Every memo, by the name its entries are kept under."""
        return {
            "readings": self.readings,
            "bodies": self.bodies,
            "article words": self.words,
            "citations": self.citations,
        }

    def load(self) -> int:
        """Take the entries the earlier build kept here (if this code's); say how many."""
        memos = self.memos()
        count = 0
        for part in range(_PARTS):
            kept = _read(self.folder / _part_file(part)).get("memos", {})
            for name, entries in kept.items():
                if name in memos:
                    memos[name].remember(entries)
                    count += len(entries)
            self._loaded[part] = _keys(kept)
        scores = _read(self.folder / _CARRIED).get("related scores")
        self.earlier_scores = scores if isinstance(scores, Scores) else None
        return count

    def take_computed(self) -> dict[str, dict[bytes, Any]]:
        """The entries computed since the last call, by memo: a forked worker's share of work."""
        return {name: memo.take_computed() for name, memo in self.memos().items()}

    def remember(self, computed: Mapping[str, Mapping[bytes, Any]]) -> None:
        """Take the entries a worker computed (:meth:`take_computed`)."""
        memos = self.memos()
        for name, entries in computed.items():
            memos[name].remember(entries)

    def save(self, content_dir: Path) -> None:
        """Keep what this build computed for the next one (each file atomically).

        Only the entries this build used are kept, so the cache follows the content; a
        file of entries that holds what it held when loaded is not written again. Caches
        of content folders that no longer exist (say, a test's) are removed.
        """
        _forget_gone(self.folder.parent)
        self.folder.mkdir(parents=True, exist_ok=True)
        memos = self.memos()
        parts: list[dict[str, dict[bytes, Any]]] = [
            {name: {} for name in memos} for _ in range(_PARTS)
        ]
        for name, memo in memos.items():
            for key, value in memo.used().items():
                parts[key[0] % _PARTS][name][key] = value
        for part, entries in enumerate(parts):
            if self._loaded.get(part) != _keys(entries):
                write_versioned(self.folder / _part_file(part), {"memos": entries})
        write_versioned(self.folder / _CARRIED, {"related scores": self.scores})
        (self.folder / _OWNER).write_text(str(content_dir.resolve()), encoding="utf-8")


def _part_file(part: int) -> str:
    return f"read-{part:02d}.pickle"


def _keys(memos: Mapping[str, Mapping[bytes, Any]]) -> dict[str, frozenset[bytes]]:
    return {name: frozenset(entries) for name, entries in memos.items() if entries}


def _read(path: Path) -> dict[str, Any]:
    """What ``path`` holds, if this code wrote it; else nothing."""
    kept = read_versioned(path)
    return kept if isinstance(kept, dict) else {}


def read_versioned(path: Path) -> Any:
    """What :func:`write_versioned` put in ``path``, if this code wrote it; else None.

    The code's version comes first, on its own: entries another version wrote are never
    unpickled (their classes may have moved or gone).
    """
    try:
        with path.open("rb") as stream:
            if pickle.load(stream) != code_version():
                return None
            return pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, TypeError, AttributeError, ImportError):
        return None


def write_versioned(path: Path, payload: Any) -> None:
    """Write ``payload`` to ``path`` in one step, marked with this code's version."""
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    with partial.open("wb") as stream:
        pickle.dump(code_version(), stream, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)


def _forget_gone(root: Path) -> None:
    for folder in root.glob("*/"):
        try:
            owner = Path((folder / _OWNER).read_text(encoding="utf-8"))
        except OSError:
            continue
        if not owner.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
