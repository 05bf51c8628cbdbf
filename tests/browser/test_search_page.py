"""The search page of the seed archive in headless Chromium: served, and opened from file://."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any
from urllib.parse import quote

import bibtexparser
import pytest

RAQQA_AR = "articles/sdf-launches-revenge-for-raqqa-martyrs-operation/"


@pytest.fixture
def page_options() -> dict[str, Any]:
    """conftest's page, in a context where Playwright's wait_for_function may evaluate its
    string predicate.

    The site's CSP (no 'unsafe-eval') would refuse that test machinery; the search
    page itself runs under the policy with no violation (test_security_policy.py).
    """
    return {"bypass_csp": True}


def results(page: Any) -> list[str]:
    page.wait_for_function("document.getElementById('search-status').textContent.trim() !== ''")
    return page.locator("#search-results > li a").all_inner_texts()


def test_typing_a_query_lists_reports_that_link_to_their_permalinks(
    page: Any, seed_server: str
) -> None:
    page.goto(seed_server)
    page.fill("#site-search-q", "Turkey")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/search/?q=Turkey")
    titles = results(page)
    assert len(titles) >= 2
    items = page.locator("#search-results > li")
    assert all(items.nth(i).locator("a").count() == 1 for i in range(items.count()))
    assert page.locator("#search-results mark").count() >= 1
    page.fill("#search-input", "")
    page.type("#search-input", "Serekaniye")
    page.wait_for_url("**q=Serekaniye")
    page.wait_for_selector('#search-results[data-query="Serekaniye"] > li')
    first = page.locator("#search-results > li a").first
    title = first.inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{seed_server}articles/")
    assert page.locator("h1").all_inner_texts() == [title]


def test_an_arabic_query_in_the_url_is_searched_on_load(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q={quote('بالرقة')}")
    assert len(results(page)) >= 1
    hrefs = page.locator("#search-results > li a").evaluate_all("as => as.map(a => a.href)")
    assert f"{seed_server}{RAQQA_AR}" in hrefs
    assert page.input_value("#search-input") == "بالرقة"


def test_facets_count_and_filter_and_stay_in_the_url(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q=isis")
    all_found = len(results(page))
    page.wait_for_function("document.querySelectorAll('#filter-language option').length > 1")
    options = page.locator("#filter-language option").all_inner_texts()
    assert "ar (1)" in options
    page.select_option("#filter-language", "ar")
    page.wait_for_url("**language=ar")
    page.wait_for_function("document.querySelectorAll('#search-results > li').length === 1")
    assert all_found > 1
    page.goto(f"{seed_server}search/?q=isis&language=en&from=2022")
    assert 0 < len(results(page)) < all_found


def test_the_result_set_downloads_as_csv_and_bibtex(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q=Turkey")
    titles = results(page)
    with page.expect_download() as download:
        page.click("#export-csv")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert rows[0] == ["# query: Turkey"]
    assert [row[1] for row in rows[2:]] == titles
    assert all(row[7].startswith(seed_server + "articles/") for row in rows[2:])
    with page.expect_download() as download:
        page.click("#export-bibtex")
    exported = bibtexparser.parse_string(Path(download.value.path()).read_text("utf-8"))
    assert len(exported.entries) == len(titles)
    for row, entry in zip(rows[2:], exported.entries, strict=True):  # the article's own entry
        [own] = bibtexparser.parse_string(page.request.get(row[7] + "cite.bib").text()).entries
        assert entry.key == own.key
        assert {f.key: f.value for f in entry.fields} == {f.key: f.value for f in own.fields}


def test_bad_queries_show_a_message_and_no_console_error(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/")
    for query, words in [
        ('"sleeper cells', "unbalanced quote"),
        ('"the of and"', "only common words"),
        ("-", "not only words to leave out"),
        ("*", "give its first letters"),
        ("*a* " * 100, "give its first letters"),
        ("raqqa~99", "~1 or ~2 at most"),
        ("foo:bar", "unknown field 'foo:'"),
        ("x" * 10_000, "keep it under 500"),
    ]:
        page.fill("#search-input", query)
        page.press("#search-input", "Enter")
        page.wait_for_function(
            "w => document.getElementById('search-status').textContent.includes(w)", arg=words
        )


def test_an_index_that_fails_to_load_says_so(browser: Any, seed_server: str) -> None:
    context = browser.new_context(bypass_csp=True)
    try:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.route("**/search/manifest.js", lambda route: route.fulfill(body="not an index"))
        tab.goto(f"{seed_server}search/?q=isis")
        tab.wait_for_function(
            "document.getElementById('search-status').textContent.includes('could not be loaded')"
        )
        # The page also runs the manifest as a script: the broken file's syntax error, only.
        assert errors == ["Unexpected identifier 'an'"]
    finally:
        context.close()


def test_search_works_from_a_folder_with_file_urls(page: Any, seed_site: Path) -> None:
    page.goto((seed_site / "search" / "index.html").as_uri() + "?q=Turkey")
    assert len(results(page)) >= 2
    page.locator("#search-results > li a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/index.html")
    assert page.locator("h1").count() == 1


def test_without_javascript_the_page_says_search_needs_it(browser: Any, seed_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(f"{seed_server}search/?q=isis")
        assert "needs JavaScript" in tab.locator("main").inner_text()
    finally:
        context.close()


def test_the_search_box_works_from_a_folder_with_file_urls(page: Any, seed_site: Path) -> None:
    page.goto((seed_site / "index.html").as_uri())
    page.fill("#site-search-q", "Serêkaniyê")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/search/index.html?q=*")
    assert len(results(page)) >= 1


def test_a_place_alias_finds_reports_that_spell_it_otherwise(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q={quote('Tal Abyad')}")
    results(page)
    hrefs = page.locator("#search-results > li a").evaluate_all("as => as.map(a => a.href)")
    assert f"{seed_server}{RAQQA_AR}" in hrefs  # says تل أبيض and كري سبي
    occupied = "articles/isis-activity-and-movements-in-the-occupied-territories/"
    assert f"{seed_server}{occupied}" in hrefs  # says Girê Spi


def test_a_place_in_the_query_is_named_and_its_words_can_be_searched_instead(
    page: Any, seed_server: str
) -> None:
    page.goto(f"{seed_server}search/?q={quote('Tal Abyad')}")
    as_place = results(page)
    status = page.locator("#search-status")
    assert status.inner_text().startswith("Place: Girê Spî, and reports naming it.")
    page.click("button.search-words-only")
    page.wait_for_function(
        "!document.getElementById('search-status').textContent.startsWith('Place:')"
    )
    # Read as words, the same two: the index holds every name of a report's places.
    assert sorted(results(page)) == sorted(as_place)
    assert status.inner_text() == "2 reports have every word."


def test_reports_with_some_of_the_words_follow_under_a_heading(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q={quote('Hudhaifah prisons')}")
    results(page)
    status = page.locator("#search-status").inner_text()
    assert status.startswith("0 reports have every word; ")
    heading = page.locator("#search-results > li.search-any-word")
    assert heading.inner_text() == "Reports with only some of the words"


def test_a_place_matched_in_another_script_is_highlighted(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q={quote('Tal Abyad')}")
    results(page)
    marked = page.locator("#search-results mark").all_inner_texts()
    assert "أبيض" in marked  # the Arabic report writes تل أبيض
