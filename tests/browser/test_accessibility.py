"""axe-core (npm, pinned) in headless Chromium: no WCAG 2.1 A/AA violation on the site's pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = {
    "home": "",
    "English article": "articles/has-isis-returned-to-rural-aleppo/",
    "Arabic article": "articles/sdf-launches-revenge-for-raqqa-martyrs-operation/",
    "place": "places/raqqa/",
    "places": "places/",
    "tag": "tags/sleeper-cells/",
    "tags": "tags/",
    "date archive": "dates/",
    "search with results": "search/?q=raqqa",
}


@pytest.fixture(scope="module")
def axe_tab(browser: Any) -> Iterator[Any]:
    """A tab that may inject axe: the site's own policy rightly refuses injected scripts."""
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def audit(tab: Any) -> dict[str, Any]:
    tab.add_script_tag(path=str(AXE))
    result: dict[str, Any] = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return result


def summary(violations: list[dict[str, Any]]) -> list[str]:
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in violations]


@pytest.mark.parametrize("interface", ["", "ar/"], ids=["English", "Arabic"])
@pytest.mark.parametrize("name", PAGES)
def test_the_page_has_no_wcag_21_aa_violation(
    axe_tab: Any, seed_server: str, name: str, interface: str
) -> None:
    axe_tab.goto(seed_server + interface + PAGES[name])
    if "?q=" in PAGES[name]:  # wait for the results to show
        axe_tab.wait_for_function(
            "/[0-9\u0660-\u0669]/.test(document.getElementById('search-status').textContent)"
        )
    axe_tab.evaluate("document.fonts.ready")
    result = audit(axe_tab)
    assert summary(result["violations"]) == []
    assert len(result["passes"]) >= 10  # the rules did run on real content


def test_axe_does_report_a_violation(axe_tab: Any) -> None:
    axe_tab.set_content(
        '<!DOCTYPE html><html><head><title>t</title></head><body><img src="x.png"></body></html>'
    )
    assert [v["id"] for v in audit(axe_tab)["violations"]] == ["html-has-lang", "image-alt"]
