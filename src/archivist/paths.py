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
    base = Path(os.path.realpath(root))
    resolved = Path(os.path.realpath(base / path))
    if resolved == base or not resolved.is_relative_to(base):
        raise BuildError(
            f"{path}: refusing to write outside the output folder {base}; "
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
