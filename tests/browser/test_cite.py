"""Permalinks and the "Cite this" panel in real headless Chromium (the seed archive)."""

from typing import Any

ALEPPO = "articles/has-isis-returned-to-rural-aleppo/"


def test_the_short_identifier_url_lands_on_the_article(page: Any, seed_server: str) -> None:
    page.goto(seed_server + "a/ea55edad/")
    page.wait_for_url(seed_server + ALEPPO + "index.html")  # relative build: works from file://
    assert page.locator("h1").all_inner_texts() == ["Has ISIS Returned to Rural Aleppo?"]


def test_a_short_link_to_a_paragraph_lands_on_the_paragraph(page: Any, seed_server: str) -> None:
    page.goto(seed_server + "a/ea55edad/#p3")
    page.wait_for_url(seed_server + ALEPPO + "index.html#p3")
    assert page.evaluate("document.querySelector(':target').id") == "p3"
    assert page.evaluate("window.scrollY") > 0


def test_the_short_link_still_forwards_without_script(browser: Any, seed_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(seed_server + "a/ea55edad/#p3")
        page.wait_for_url(seed_server + ALEPPO + "index.html")  # the meta refresh drops #p3
        assert page.locator("h1").all_inner_texts() == ["Has ISIS Returned to Rural Aleppo?"]
    finally:
        context.close()


def test_a_paragraph_link_shows_on_focus_and_points_at_its_paragraph(
    page: Any, seed_server: str
) -> None:
    page.goto(seed_server + ALEPPO)
    link = page.locator("#p3 a.para-link")
    assert link.evaluate("el => getComputedStyle(el).opacity") == "0"
    link.focus()
    page.wait_for_function("getComputedStyle(document.activeElement).opacity === '1'")
    assert link.get_attribute("aria-label") == "Paragraph 3"
    link.click()
    assert page.url == f"{seed_server}{ALEPPO}#p3"
    assert page.evaluate("document.querySelector(':target').id") == "p3"


def test_the_copy_button_copies_the_reference_as_text(page: Any, seed_server: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(seed_server + ALEPPO)
    button = page.locator("button.copy[data-copy='ref-apa']")
    button.click()
    page.wait_for_function(
        "document.querySelector(\"button[data-copy='ref-apa']\").textContent === 'Copied'"
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = " ".join(page.locator("#ref-apa").inner_text().split())
    assert copied == shown
    assert copied.startswith("Has ISIS Returned to Rural Aleppo? (n.d.). The Syrian Observer.")


def test_the_citation_files_are_saved_under_the_citation_key(page: Any, seed_server: str) -> None:
    page.goto(seed_server + ALEPPO)
    with page.expect_download() as download:
        page.locator(".downloads a", has_text="BibTeX").click()
    assert download.value.suggested_filename == "syrianobserverhas.bib"


def test_the_citation_files_download_from_the_sub_path(page: Any, seed_server: str) -> None:
    page.goto(seed_server + ALEPPO)
    urls = page.eval_on_selector_all(".downloads a", "links => links.map(a => a.href)")
    assert urls == [f"{seed_server}{ALEPPO}cite.{ext}" for ext in ("bib", "ris", "json")]
    for url in urls:
        assert page.request.get(url).status == 200, url


def test_the_short_identifier_works_from_a_folder(page: Any, seed_site: Any) -> None:
    page.goto((seed_site / "a" / "ea55edad" / "index.html").as_uri())
    page.wait_for_url("**/articles/has-isis-returned-to-rural-aleppo/index.html")
    assert page.locator("h1").all_inner_texts() == ["Has ISIS Returned to Rural Aleppo?"]
