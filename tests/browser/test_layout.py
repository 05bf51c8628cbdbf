"""Layout facts of the seed archive in headless Chromium, on a desktop (1366 px) and a
phone (390 px): a compact header, nothing wider than the screen, controls a phone does
not zoom into, and each report's facts (date, source...) under its title."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

ENGLISH = "articles/has-isis-returned-to-rural-aleppo/"
PAGES = {
    "home": "",
    "English article": ENGLISH,
    "Arabic article": "articles/sdf-launches-revenge-for-raqqa-martyrs-operation/",
    "place": "places/raqqa/",
    "places": "places/",
    "tags": "tags/",
    "dates": "dates/",
    "search": "search/?q=raqqa",
}
DESKTOP = {"width": 1366, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module", params=[DESKTOP, PHONE], ids=["1366px", "390px"])
def tab(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=request.param)
    yield context.new_page()
    context.close()


def header_height(tab: Any) -> float:
    return float(tab.evaluate("document.querySelector('.site-header').offsetHeight"))


def overflow(tab: Any) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return int(tab.evaluate("document.documentElement.scrollWidth - window.innerWidth"))


@pytest.mark.parametrize("name", PAGES)
def test_no_page_scrolls_sideways(tab: Any, seed_server: str, name: str) -> None:
    tab.goto(seed_server + PAGES[name])
    tab.wait_for_load_state("networkidle")
    assert overflow(tab) <= 0, f"{name} is {overflow(tab)} px too wide"


def test_the_header_is_compact_on_a_phone(tab: Any, seed_server: str) -> None:
    tab.goto(seed_server + ENGLISH)
    limit = 80 if tab.viewport_size["width"] < 600 else 120
    assert header_height(tab) <= limit
    # every menu item is still reachable (the menu scrolls sideways on a phone): the
    # seven pages and the same page in Arabic
    assert tab.locator(".site-nav a").count() == 8


def test_controls_are_at_least_16_pixels(tab: Any, seed_server: str) -> None:
    tab.goto(seed_server + "search/?q=raqqa")
    tab.wait_for_selector("#search-results li")
    sizes = tab.evaluate(
        "[...document.querySelectorAll('input, select, button')]"
        ".filter(el => el.offsetParent !== null)"
        ".map(el => [el.id || el.tagName, parseFloat(getComputedStyle(el).fontSize)])"
    )
    assert sizes, "the search page shows its controls"
    assert [name for name, size in sizes if size < 16] == []


def test_the_search_page_shows_one_search_box(tab: Any, seed_server: str) -> None:
    tab.goto(seed_server + "search/?q=raqqa")
    visible = tab.evaluate(
        "[...document.querySelectorAll('input[type=search]')].filter(el => el.offsetParent).length"
    )
    assert visible == 1


def test_the_reports_facts_come_before_the_report(tab: Any, seed_server: str) -> None:
    tab.goto(seed_server + ENGLISH)
    facts = tab.locator(".report-facts").bounding_box()
    body = tab.locator(".article-body").bounding_box()
    assert facts["y"] < body["y"]
    assert facts["y"] < 400  # on the first screen, under the title
    source = tab.locator(".report-facts dd").nth(1).inner_text()
    assert source.startswith("The Syrian Observer (from Baladi News)")


def test_a_reports_own_subheading_is_a_heading(tab: Any, seed_server: str) -> None:
    tab.goto(seed_server + ENGLISH)
    heading = tab.get_by_role("heading", name="Assassinations")
    assert heading.count() == 1
    size = heading.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    body = tab.locator(".article-body p:not(.subhead)").first
    assert size > body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")


@pytest.fixture(scope="module")
def arabic_server(seed_server: str) -> str:
    """The seed archive's Arabic interface (right to left), in ar/ beside the English one."""
    return seed_server + "ar/"


@pytest.mark.parametrize("name", PAGES)
def test_the_arabic_interface_reads_right_to_left_without_scrolling_sideways(
    tab: Any, arabic_server: str, name: str
) -> None:
    tab.goto(arabic_server + PAGES[name])
    tab.wait_for_load_state("networkidle")
    assert tab.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    nav = tab.locator(".site-nav").bounding_box()
    assert nav["x"] + nav["width"] <= tab.viewport_size["width"]  # on screen, at the right


def test_the_language_switch_opens_the_same_page_in_the_other_interface(
    tab: Any, seed_server: str
) -> None:
    tab.goto(seed_server + "places/raqqa/")
    tab.get_by_role("link", name="العربية").click()
    assert tab.url == seed_server + "ar/places/raqqa/"
    assert tab.evaluate("document.documentElement.lang") == "ar"
    tab.get_by_role("link", name="English").click()
    assert tab.url == seed_server + "places/raqqa/"


@pytest.mark.parametrize("start", ["", "ar/"])
def test_the_language_switch_is_on_screen_without_scrolling_the_menu(
    tab: Any, seed_server: str, start: str
) -> None:
    tab.goto(seed_server + start + "places/")
    other = "English" if start else "العربية"
    box = tab.get_by_role("link", name=other).bounding_box()
    assert (
        box is not None and box["x"] >= 0 and box["x"] + box["width"] <= tab.viewport_size["width"]
    )
