"""Containment: every file the build writes stays inside the folder it builds into."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import BuildError


def contained(root: Path, path: str | Path) -> Path:
    """``path`` with links and ``..`` resolved, if it lies inside ``root``; else a BuildError.

    Path-aware (``Path.is_relative_to`` on resolved paths), unlike a string-prefix
    test that lets ``output-evil/`` pass for ``output/``.
    """
    base = Path(os.path.realpath(root))
    resolved = Path(os.path.realpath(base / path))
    if resolved == base or not resolved.is_relative_to(base):
        raise BuildError(
            f"{path}: refusing to write outside the output folder {base}; "
            "check the slug, save_as or plugin that produced this path"
        )
    return resolved
