"""The search page of the seed archive in headless Chromium: served, and opened from file://."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import bibtexparser
import pytest

from archivist.build.site import build
from conftest import ROOT, serve, settings_elsewhere

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
    """The titles of the results once the page has answered the query in its box (its
    status comes with the first result, its data-query once the page is drawn)."""
    page.wait_for_function(
        "document.getElementById('search-status').textContent.trim() !== '' &&"
        " document.getElementById('search-results').getAttribute('data-query') ==="
        " document.getElementById('search-input').value"
    )
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
    assert "Arabic (1)" in options  # the language by its name, in the interface's language
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


def test_near_spellings_then_reports_with_some_of_the_words_follow_under_headings(
    page: Any, seed_server: str
) -> None:
    # No report writes Hudhaifah; one writes Hudhayfah, one letter off, and "prison".
    page.goto(f"{seed_server}search/?q={quote('Hudhaifah prisons')}")
    results(page)
    status = page.locator("#search-status").inner_text()
    assert status.startswith("0 reports have every word; 1 more have them in a near spelling; ")
    headings = page.locator("#search-results > li.search-any-word").all_inner_texts()
    assert headings == ["Reports with a near spelling", "Reports with only some of the words"]


def test_a_place_matched_in_another_script_is_highlighted(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q={quote('Tal Abyad')}")
    results(page)
    marked = page.locator("#search-results mark").all_inner_texts()
    assert "أبيض" in marked  # the Arabic report writes تل أبيض


def answered_for(page: Any, query: str) -> None:
    """Wait until the page has answered ``query``, snippets included."""
    page.wait_for_selector(f"#search-results[data-query={query!r}]", state="attached")


def test_a_snippet_shows_the_passage_that_matched_not_the_opening(
    page: Any, seed_server: str
) -> None:
    # "Second Legion" first comes some 900 characters into the report, after its summary.
    page.goto(f"{seed_server}search/?q={quote('Legion')}")
    answered_for(page, "Legion")
    snippet = page.locator("#search-results > li .snippet").first
    assert snippet.inner_text().startswith("… ")
    assert "Legion" in snippet.locator("mark").all_inner_texts()


def test_a_phrase_finds_its_words_in_order_only(page: Any, seed_server: str) -> None:
    phrase, reversed_phrase = '"Second Legion"', '"Legion Second"'
    page.goto(f"{seed_server}search/?q={quote(phrase)}")
    answered_for(page, phrase)
    assert page.locator("#search-results > li.report").count() == 1
    assert page.locator("#search-results .snippet mark").all_inner_texts()[:2] == [
        "Second",
        "Legion",
    ]
    page.goto(f"{seed_server}search/?q={quote(reversed_phrase)}")
    answered_for(page, reversed_phrase)
    assert page.locator("#search-results > li.report").count() == 0
    assert page.locator("#search-status").inner_text() == "No report matches."


def test_a_phrases_words_are_marked_only_where_they_stand_together(
    page: Any, seed_server: str
) -> None:
    # The reports say "ISIS" alone far more often than "ISIS cells".
    phrase = '"ISIS cells"'
    page.goto(f"{seed_server}search/?q={quote(phrase)}")
    answered_for(page, phrase)
    reports = page.locator("#search-results > li.report")
    assert reports.count() >= 2
    for n in range(reports.count()):
        marked = reports.nth(n).locator("mark").all_inner_texts()
        assert marked, n
        assert [word.upper() for word in marked[0::2]] == ["ISIS"] * len(marked[1::2]), marked
        assert {word.lower().rstrip("s") for word in marked[1::2]} == {"cell"}, marked


def test_results_sort_by_date_and_the_order_stays_in_the_url(page: Any, seed_server: str) -> None:
    page.goto(f"{seed_server}search/?q=isis")
    answered_for(page, "isis")
    page.select_option("#search-sort", "oldest")
    page.wait_for_url("**sort=oldest")
    answered_for(page, "isis")
    dated = page.locator("#search-results .date[data-iso]").evaluate_all(
        "spans => spans.map(s => s.dataset.iso)"
    )
    assert len(dated) >= 2 and dated == sorted(dated)
    page.goto(f"{seed_server}search/?q=isis&sort=newest")
    answered_for(page, "isis")
    assert page.input_value("#search-sort") == "newest"
    newest = page.locator("#search-results .date[data-iso]").evaluate_all(
        "spans => spans.map(s => s.dataset.iso)"
    )
    assert newest == sorted(dated, reverse=True)


def test_a_query_with_no_result_suggests_a_spelling_and_removing_the_filters(
    page: Any, seed_server: str
) -> None:
    page.goto(f"{seed_server}search/?q=Qamishlp&language=ar")
    answered_for(page, "Qamishlp")
    page.wait_for_selector("#search-status button.search-hint")
    hints = page.locator("#search-status button.search-hint").all_inner_texts()
    assert hints[0] in ("Search qamishli instead", "Search qamishlo instead")  # one letter off
    assert "Search the place Qamişlo" in hints  # the gazetteer's name, near the query
    assert "Remove the filters" in hints
    page.click("text=Remove the filters")
    page.wait_for_function("!location.search.includes('language=')")
    # Unfiltered, the misspelling finds the report writing Qamishli, as a near spelling.
    page.wait_for_selector("#search-results > li.search-any-word")
    heading = page.locator("#search-results > li.search-any-word")
    assert heading.inner_text() == "Reports with a near spelling"
    page.goto(f"{seed_server}search/?q=Qamishlp&language=ar")
    page.click("text=Search the place Qamişlo")
    page.wait_for_url(lambda url: f"q={quote('Qamişlo')}" in url)
    answered_for(page, "Qamişlo")


def test_clear_filters_empties_every_filter_and_the_url_keeps_the_query(
    page: Any, seed_server: str
) -> None:
    page.goto(f"{seed_server}search/?q=isis&language=en&from=2022")
    answered_for(page, "isis")
    filtered = page.locator("#search-results > li.report").count()
    page.click("#search-clear")
    page.wait_for_url("**/search/?q=isis")
    # The list still says it answered "isis" (filtered) until the new answer replaces it.
    more = f"document.querySelectorAll('#search-results > li.report').length > {filtered}"
    page.wait_for_function(more)
    assert page.input_value("#filter-from") == ""


@pytest.fixture(scope="module")
def arabic_search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed archive with the Arabic interface, served."""
    folder = tmp_path_factory.mktemp("arabic-search")
    settings = settings_elsewhere(folder, archive="'interface_languages': ['ar']")
    build(settings, folder / "output", ROOT / "content", locked=True)
    for base in serve(folder / "output"):
        yield base + "/"


def test_the_arabic_interface_speaks_arabic_in_the_scripts_too(
    page: Any, arabic_search: str
) -> None:
    page.goto(f"{arabic_search}search/?q=isis")
    answered_for(page, "isis")
    page.wait_for_function("document.querySelectorAll('#filter-language option').length > 1")
    status = page.locator("#search-status").inner_text()
    assert "كل الكلمات" in status and "every word" not in status
    languages = page.locator("#filter-language option").all_inner_texts()
    assert any(option.startswith("العربية") for option in languages)
    assert page.locator("#search-results .date[data-iso]").first.inner_text()[0] in "٠١٢٣٤٥٦٧٨٩"
    page.goto(f"{arabic_search}search/?q={quote('attack~3')}")
    answered_for(page, "attack~3")
    assert page.locator("#search-status").inner_text().startswith("يُرجى تعديل البحث")


def test_the_arabic_interface_names_places_in_arabic_in_the_status_and_filter(
    page: Any, seed_server: str
) -> None:
    page.goto(f"{seed_server}ar/search/?q=Raqqa")
    results(page)
    assert page.locator("#search-status").inner_text().startswith("المكان: الرقة")
    page.wait_for_function("document.querySelectorAll('#filter-place option').length > 1")
    places = page.locator("#filter-place option").all_inner_texts()
    assert any(option.startswith("الرقة") for option in places)
    assert not any(option.startswith("Raqqa") for option in places)
