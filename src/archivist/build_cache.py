"""What one build leaves for the next: every article as read and as rendered, by its text.

A rebuild after editing one article parses and renders that article only: the others
come back from ``<cache>/<content folder>/read.pickle``, keyed by each file's text
(see :func:`archivist.content.read_article` and :func:`archivist.render.body_html`).
The cache belongs to the code that wrote it: any change to this package or to the
Markdown, YAML or sanitiser libraries makes it stale, and a stale, unreadable or
missing cache is simply not used. It is never published; deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from importlib import metadata
from pathlib import Path

from . import content, render

_FILE = "read.pickle"
#: The content folder a cache belongs to.
_OWNER = "content-folder.txt"
_LIBRARIES = ("markdown", "nh3", "pyyaml")


def code_version() -> str:
    """A digest of this package's source and the versions of the libraries that read and render."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library} {metadata.version(library)}".encode())
    return digest.hexdigest()


def load(folder: Path) -> int:
    """Take the articles cached in ``folder`` (if the cache is this code's); say how many."""
    try:
        with (folder / _FILE).open("rb") as stream:
            cached = pickle.load(stream)
        if cached["version"] != code_version():
            return 0
        content.remember(cached["read"])
        render.remember(cached["rendered"])
        return len(cached["read"])
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError):
        return 0


def save(folder: Path, content_dir: Path, paths: list[Path]) -> None:
    """Keep the articles at ``paths`` as read and rendered, for the next build (atomically).

    Caches of content folders that no longer exist (say, a test's) are removed.
    """
    _forget_gone(folder.parent)
    wanted = set(paths)
    read = {path: got for path, got in content.remembered().items() if path in wanted}
    rendered = render.remembered([article.body for _, article in read.values()])
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{_FILE}.{os.getpid()}"
    with partial.open("wb") as stream:
        payload = {"version": code_version(), "read": read, "rendered": rendered}
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
