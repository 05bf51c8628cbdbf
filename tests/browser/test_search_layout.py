"""The search page draws its answer without moving what it has drawn: results show with
their snippets, the status and the filters come before anything they would push down,
and the footer is out of sight. Checked with the browser's own layout-shift entries (what
Lighthouse's CLS adds up), on a desktop and a phone, in both interfaces."""

from __future__ import annotations

from typing import Any

import pytest

#: Before the page's scripts: every layout shift of a thing inside <main> that moved up or
#: down (the Arabic font, arriving, redraws a line of text a little wider: that moves
#: nothing else).
SHIFTS = """
window.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    for (const source of entry.sources) {
      const before = source.previousRect, after = source.currentRect;
      const moved = before.y !== after.y;
      const node = source.node;
      if (moved && node && document.querySelector("main").contains(node)) {
        window.shifts.push({value: entry.value, what: (node.textContent || "").slice(0, 60),
                            from: [before.y, before.height], to: [after.y, after.height]});
      }
    }
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture
def page_options() -> dict[str, Any]:
    """A context where wait_for_function may evaluate its predicate (the site's CSP has no
    'unsafe-eval'; test_security_policy.py holds the page itself to it)."""
    return {"bypass_csp": True}


@pytest.mark.parametrize("width", [1350, 390])
@pytest.mark.parametrize("interface", ["", "ar/"])
def test_results_snippets_status_and_filters_show_without_moving_anything(
    page: Any, seed_server: str, interface: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.add_init_script(SHIFTS)
    page.goto(f"{seed_server}{interface}search/?q=raqqa")
    page.wait_for_selector('#search-results[data-query="raqqa"] > li .snippet mark')
    page.wait_for_function("document.querySelectorAll('#filter-language option').length > 1")
    page.wait_for_timeout(300)  # whatever follows the filters' options would shift by now
    assert page.locator("#search-results > li.report").count() >= 2
    assert page.locator(".search-words-only").count() == 1
    assert page.evaluate("window.shifts") == []


def test_the_footer_starts_below_the_first_screen_of_the_search_page(
    page: Any, seed_server: str
) -> None:
    page.set_viewport_size({"width": 1350, "height": 900})
    page.goto(f"{seed_server}search/")
    assert page.locator(".site-footer").bounding_box()["y"] >= 900
    assert not page.locator("#search-filters").is_visible()
    assert not page.locator("#search-more").is_visible()


@pytest.mark.parametrize("interface", ["", "ar/"])
def test_on_a_phone_the_filters_fold_so_the_first_result_is_on_the_first_screen(
    page: Any, seed_server: str, interface: str
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{seed_server}{interface}search/?q=raqqa")
    first = page.locator("#search-results > li.report").first
    first.wait_for()
    assert page.locator("#search-filters").is_visible()
    assert not page.locator("#filter-place").is_visible()
    assert first.bounding_box()["y"] < 844
    page.locator("#search-filters > summary").click()
    assert page.locator("#filter-place").is_visible()


@pytest.mark.parametrize(("width", "address"), [(1350, "?q=raqqa"), (390, "?language=ar")])
def test_the_filters_show_open_on_a_wide_screen_or_when_one_is_set(
    page: Any, seed_server: str, width: int, address: str
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{seed_server}search/{address}")
    page.locator("#search-results > li.report").first.wait_for()
    assert page.locator("#filter-language").is_visible()
