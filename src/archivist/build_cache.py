"""What one build leaves for the next: what it computed from each article's text.

A rebuild after editing one article parses, renders and counts the words of that
article only: the rest comes back from ``<cache>/<content folder>/read.pickle``,
the entries of every :class:`~archivist.memo.Memo` the build used (articles as read,
bodies as rendered, words counted for related reports), keyed by their texts, and
every :class:`~archivist.carried.Carried` value (the related reports' scores, from
which a rebuild scores again only what an edit moved). The cache belongs to the
code that wrote it: any change to this package or to the Markdown, YAML,
sanitiser or numeric libraries makes it stale, and a stale, unreadable or
missing cache is simply not used. It is never published; deleting it is always
safe. Beside it, the search worker keeps each article's analysis for the search
index (:mod:`archivist.search_analyses`) and the writer each page's fingerprint
(:mod:`archivist.page_reuse`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import shutil
from importlib import metadata
from pathlib import Path

# Imported for the memos they register, which load() fills and save() keeps.
from . import content, related, render  # noqa: F401
from .carried import CARRIED
from .memo import MEMOS

_FILE = "read.pickle"
#: The content folder a cache belongs to.
_OWNER = "content-folder.txt"
_LIBRARIES = ("markdown", "nh3", "pyyaml", "numpy", "scipy")


@functools.cache
def code_version() -> str:
    """A digest of this package's source and the versions of the libraries that read and render."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library} {metadata.version(library)}".encode())
    return digest.hexdigest()


def load(folder: Path) -> int:
    """Take the entries cached in ``folder`` (if the cache is this code's); say how many
    memo entries. Carried values of an earlier build in this process are dropped first."""
    for carried in CARRIED.values():
        carried.reset()
    try:
        with (folder / _FILE).open("rb") as stream:
            cached = pickle.load(stream)
        if cached["version"] != code_version():
            return 0
        for name, entries in cached["memos"].items():
            if name in MEMOS:
                MEMOS[name].remember(entries)
        for name, value in cached["carried"].items():
            if name in CARRIED:
                CARRIED[name].earlier = value
        return sum(len(entries) for entries in cached["memos"].values())
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
        return 0


def save(folder: Path, content_dir: Path) -> None:
    """Keep what this build computed for the next one (atomically).

    Only the entries this build used are kept, so the cache follows the content.
    Caches of content folders that no longer exist (say, a test's) are removed.
    """
    _forget_gone(folder.parent)
    memos = {name: memo.used() for name, memo in MEMOS.items()}
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{_FILE}.{os.getpid()}"
    with partial.open("wb") as stream:
        carried = {name: value.kept for name, value in CARRIED.items() if value.kept is not None}
        payload = {"version": code_version(), "memos": memos, "carried": carried}
        pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(folder / _FILE)
    (folder / _OWNER).write_text(str(content_dir.resolve()), encoding="utf-8")


def _forget_gone(root: Path) -> None:
    for folder in root.glob("*/"):
        try:
            owner = Path((folder / _OWNER).read_text(encoding="utf-8"))
        except OSError:
            continue
        if not owner.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
