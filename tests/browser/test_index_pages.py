"""The indices in headless Chromium: the places index, a place page and the date archive."""

from typing import Any


def map_shows_borders(page: Any) -> bool:
    """The page's inline map draws land and names Syria."""
    land = page.locator("figure.map svg path.land").count()
    names = page.locator("figure.map svg text.country").all_text_contents()
    return bool(land) and "Syria" in names


def test_a_place_on_the_map_is_a_link_named_on_focus(page: Any, seed_server: str) -> None:
    page.goto(seed_server + "places/")
    raqqa = page.locator('figure.map svg a[href="raqqa/"]')
    assert raqqa.locator("title").text_content() == "Raqqa (3)"
    raqqa.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "raqqa/"
    raqqa.press("Enter")
    page.wait_for_load_state()
    assert page.url == f"{seed_server}places/raqqa/"


def test_the_map_works_from_a_folder(page: Any, seed_site: Any) -> None:
    page.goto((seed_site / "places" / "index.html").as_uri())
    assert map_shows_borders(page)
    href = page.locator('figure.map svg a[href^="raqqa/"]').get_attribute("href")
    assert href == "raqqa/index.html"  # offline-links.js points folder links at index.html


def test_the_places_index_shows_its_map_and_leads_to_a_place(page: Any, seed_server: str) -> None:
    page.goto(seed_server)
    page.get_by_role("link", name="Places", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").all_inner_texts() == ["Places"]
    assert map_shows_borders(page)
    page.locator("ul.places a", has_text="Girê Spî").click()
    page.wait_for_load_state()
    assert page.url == f"{seed_server}places/tell-abyad/"
    assert page.locator("h1").all_inner_texts() == ["Girê Spî"]
    assert map_shows_borders(page)
    arabic = page.locator('.other-names [lang="ar"]').first
    assert arabic.evaluate("el => getComputedStyle(el).direction") == "rtl"
    titles = page.locator("ol.reports h2 a").all_inner_texts()
    assert len(titles) == 2
    page.locator("ol.reports h2 a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(f"{seed_server}articles/")


def test_the_date_archive_shows_the_timeline_and_files_partial_dates(
    page: Any, seed_server: str
) -> None:
    page.goto(seed_server + "dates/")
    counts = page.locator("figure.timeline svg text.count").all_text_contents()
    assert counts[0] == "0" and len(counts) >= 2  # a counted axis
    bar = page.locator('figure.timeline svg a[href="2023/03/"]')
    assert bar.locator("title").text_content() == "March 2023: 1"
    bar.focus()  # reachable by keyboard
    bar.press("Enter")
    page.wait_for_load_state()
    assert page.url == f"{seed_server}dates/2023/03/"
    page.go_back()
    years = page.locator("ul.years > li > a").all_inner_texts()
    assert years == ["2024", "2023", "Date unknown"]
    page.locator("ul.years a", has_text="March 2023").click()
    page.wait_for_load_state()
    assert page.url == f"{seed_server}dates/2023/03/"
    assert page.locator("ol.reports li").count() == 1
