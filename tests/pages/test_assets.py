"""The browser-side files the build adds to the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.errors import ConfigError
from archivist.pages.assets import SEARCH_SCRIPTS, VENDOR_FILES, search_bundle, site_assets
from conftest import ROOT


def test_the_search_bundle_joins_the_scripts_in_order_each_a_statement_ours_minified(
    tmp_path: Path,
) -> None:
    assets = {}
    for number, name in enumerate(SEARCH_SCRIPTS):
        assets[name] = tmp_path / f"{number}.js"
        assets[name].write_text(f"// Step {number}.\n(function () {{ step({number}); }})()\n")
    # Without the ";" a script that starts with "(" would call the one before it.
    ours = "".join(f"(function(){{step({n});}})();\n" for n in range(1, len(SEARCH_SCRIPTS)))
    assert SEARCH_SCRIPTS[0] == "theme/js/lunr.min.js"  # minified already: as it is
    assert search_bundle(assets) == "// Step 0.\n(function () { step(0); })();\n" + ours


def test_the_sites_assets_are_the_themes_static_files_and_the_vendored_ones() -> None:
    assets = site_assets(ROOT / "theme", ROOT / "node_modules")
    assert assets["theme/js/search-page.js"] == ROOT / "theme/static/js/search-page.js"
    assert {destination for _, destination in VENDOR_FILES} <= set(assets)
    assert set(SEARCH_SCRIPTS) <= set(assets)


def test_missing_vendored_files_say_to_run_npm_ci(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"browser assets are missing; run 'npm ci'"):
        site_assets(ROOT / "theme", tmp_path)
