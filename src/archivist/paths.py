"""Where files go: containment in the output folder, and per-content folders of local state."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import BuildError


def contained(root: Path, path: str | Path) -> Path:
    """``path`` with links and ``..`` resolved, if it lies inside ``root``; else a BuildError.

    Path-aware (``Path.is_relative_to`` on resolved paths), unlike a string-prefix
    test that lets ``output-evil/`` pass for ``output/``.
    """
    return OutputFolder(root).contained(path)


class OutputFolder:
    """The folder a build writes into, checking that each file lands inside it.

    Each folder a file goes into is resolved once (a build writes tens of thousands of
    files into a few thousand folders, all made by the build itself); the file's own
    name is resolved only if it is a link.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))
        self._folders: dict[str, str] = {}

    def contained(self, path: str | Path) -> Path:
        """:func:`contained` in this folder."""
        folder, name = os.path.split(os.path.join(self.root, path))
        full = os.path.join(folder, name)
        if name in ("", ".", "..") or os.path.islink(full):
            resolved = Path(os.path.realpath(full))
        else:
            if folder not in self._folders:
                self._folders[folder] = os.path.realpath(folder)
            resolved = Path(self._folders[folder], name)
        if resolved == self.root or not resolved.is_relative_to(self.root):
            raise BuildError(
                f"{path}: refusing to write outside the output folder {self.root}; "
                "check the slug, save_as or plugin that produced this path"
            )
        return resolved


def folder_for(root: Path, content_dir: Path) -> Path:
    """A folder under ``root`` per content folder: a fixture archive never clobbers the real one.

    Used for what Archivist keeps between runs (the curator's index, the build cache).
    """
    resolved = content_dir.resolve()
    tag = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return root / f"{resolved.name}-{tag}"
