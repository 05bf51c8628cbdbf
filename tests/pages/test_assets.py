"""The browser-side files the build adds to the site."""

from __future__ import annotations

from pathlib import Path

from archivist.pages.assets import SEARCH_BUNDLE, SEARCH_SCRIPTS, write_search_bundle


def test_the_search_bundle_joins_the_scripts_in_order_each_a_statement(tmp_path: Path) -> None:
    for number, name in enumerate(SEARCH_SCRIPTS):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"(function () {{ step({number}); }})()\n")
    write_search_bundle(tmp_path)
    # Without the ";" a script that starts with "(" would call the one before it.
    expected = "".join(f"(function () {{ step({n}); }})();\n" for n in range(len(SEARCH_SCRIPTS)))
    assert (tmp_path / SEARCH_BUNDLE).read_text() == expected
