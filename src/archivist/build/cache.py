"""What one build leaves for the next: what it computed from each article's text.

A rebuild after editing one article parses, renders and counts the words of that
article only: the rest comes back from ``<cache>/<content folder>/``: the entries
of every :class:`~archivist.build.memo.Memo` the build used (articles as read, bodies as
rendered, words counted for related reports, citations), keyed by their texts (a
citation by the digest of its inputs), in
``read-*.pickle``, and every :class:`~archivist.build.carried.Carried` value (the related
reports' scores, from which a rebuild scores again only what an edit moved), in
``carried.pickle``. The cache belongs to the
code that wrote it: any change to this package or to the Markdown, YAML,
sanitiser or numeric libraries makes it stale, and a stale, unreadable or
missing cache is simply not used. It is never published; deleting it is always
safe. Beside it, the search worker keeps each article's analysis for the search
index (:mod:`archivist.search.analyses`) and the writer each page's fingerprint
(:mod:`archivist.build.page_reuse`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

# Imported for the memos and carried values they register, which load() fills and save() keeps.
from archivist.cite import citable  # noqa: F401

from .carried import CARRIED
from .memo import MEMOS

#: The memo entries are kept in this many files, by their key's first byte: a build
#: writes again only the files whose entries changed (at 10,000 articles the entries
#: take 180 MB; one edit changes three of them).
_PARTS = 16
#: The carried values, written by every build.
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


def load(folder: Path) -> int:
    """Take the entries cached in ``folder`` (those of this code's); say how many memo
    entries. Carried values of an earlier build in this process are dropped first."""
    for carried in CARRIED.values():
        carried.reset()
    _LOADED.clear()
    count = 0
    for part in range(_PARTS):
        memos = _read(folder / _part_file(part)).get("memos", {})
        for name, entries in memos.items():
            if name in MEMOS:
                MEMOS[name].remember(entries)
                count += len(entries)
        _LOADED[part] = _keys(memos)
    for name, value in _read(folder / _CARRIED).get("carried", {}).items():
        if name in CARRIED:
            CARRIED[name].earlier = value
    return count


def save(folder: Path, content_dir: Path) -> None:
    """Keep what this build computed for the next one (each file atomically).

    Only the entries this build used are kept, so the cache follows the content; a
    file of entries that holds what it held when loaded is not written again. Caches
    of content folders that no longer exist (say, a test's) are removed.
    """
    _forget_gone(folder.parent)
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[dict[str, dict[bytes, Any]]] = [{name: {} for name in MEMOS} for _ in range(_PARTS)]
    for name, memo in MEMOS.items():
        for key, value in memo.used().items():
            parts[key[0] % _PARTS][name][key] = value
    for part, memos in enumerate(parts):
        if _LOADED.get(part) != _keys(memos):
            write_versioned(folder / _part_file(part), {"memos": memos})
    carried = {name: value.kept for name, value in CARRIED.items() if value.kept is not None}
    write_versioned(folder / _CARRIED, {"carried": carried})
    (folder / _OWNER).write_text(str(content_dir.resolve()), encoding="utf-8")


#: The memo keys each file of entries held when the cache was loaded.
_LOADED: dict[int, dict[str, frozenset[bytes]]] = {}


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
