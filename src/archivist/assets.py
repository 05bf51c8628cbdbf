"""Browser-side files from pinned npm packages, copied into the built site."""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import ConfigError

#: (file inside node_modules, destination inside the site)
_NASKH = "@fontsource/noto-naskh-arabic"
VENDOR_FILES = (
    (
        f"{_NASKH}/files/noto-naskh-arabic-arabic-400-normal.woff2",
        "theme/fonts/noto-naskh-arabic-arabic-400-normal.woff2",
    ),
    (
        f"{_NASKH}/files/noto-naskh-arabic-arabic-700-normal.woff2",
        "theme/fonts/noto-naskh-arabic-arabic-700-normal.woff2",
    ),
    (f"{_NASKH}/LICENSE", "theme/fonts/LICENSE-noto-naskh-arabic.txt"),
    ("lunr/lunr.min.js", "theme/js/lunr.min.js"),
    ("lunr/LICENSE", "theme/js/LICENSE-lunr.txt"),
)


def copy_vendor_files(node_modules: Path, output: Path) -> None:
    """Copy every vendored file; a missing one means ``npm ci`` has not run."""
    missing = [source for source, _ in VENDOR_FILES if not (node_modules / source).is_file()]
    if missing:
        raise ConfigError(
            f"{node_modules / missing[0]}: browser assets are missing; "
            "run 'npm ci' in the project folder (make html does it for you)"
        )
    for source, destination in VENDOR_FILES:
        target = output / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(node_modules / source, target)
