"""The seed archive in real headless Chromium, served from a sub-path like a project page."""

from typing import Any

RAQQA = "articles/sdf-launches-revenge-for-raqqa-martyrs-operation/"


def test_a_reader_goes_from_the_home_page_to_every_report(page: Any, seed_server: str) -> None:
    page.goto(seed_server)
    links = page.locator("ol.reports h2 a")
    assert links.count() == 5
    titles = links.all_inner_texts()
    for index, title in enumerate(titles):
        page.goto(seed_server)
        page.locator("ol.reports h2 a").nth(index).click()
        page.wait_for_load_state()
        assert page.locator("h1").all_inner_texts() == [title]
        assert page.url.startswith(f"{seed_server}articles/")


def test_the_arabic_report_reads_right_to_left_in_an_arabic_font(
    page: Any, seed_server: str
) -> None:
    page.goto(seed_server + RAQQA)
    body = page.locator("article .article-body p").first
    assert body.evaluate("el => getComputedStyle(el).direction") == "rtl"
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Noto Naskh Arabic\"', 'الرقة')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert '"Noto Naskh Arabic"' in loaded or "Noto Naskh Arabic" in loaded


def test_the_stylesheet_loads_from_the_sub_path(page: Any, seed_server: str) -> None:
    responses: list[tuple[str, int]] = []
    page.on("response", lambda r: responses.append((r.url, r.status)))
    page.goto(seed_server + RAQQA)
    page.wait_for_load_state("networkidle")
    assert (f"{seed_server}theme/css/archive.css", 200) in responses
    assert all(status == 200 for _, status in responses), responses


def test_the_site_opens_from_a_folder_with_file_urls(page: Any, seed_site: Any) -> None:
    page.goto((seed_site / "index.html").as_uri())
    page.locator("ol.reports h2 a").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").count() == 1
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(253, 252, 249)"
