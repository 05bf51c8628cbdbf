"""The built indices: place, tag, source, language and date pages, feeds and the sitemap."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest

from archivist.build.site import build
from archivist.content.articles import load_archive
from archivist.places.gazetteer import load_gazetteer
from archivist.places.placenames import known_places, place_names
from conftest import FIXTURE_SITE, ROOT, build_into
from page_reader import Page
from test_html_valid import nu_errors

GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")


def html(site: Path, name: str) -> str:
    return (site / name / "index.html").read_text(encoding="utf-8")


def report_links(text: str) -> list[str]:
    """The article each report of a listing links to, in order."""
    return re.findall(
        r'<h2 class="report-title"[^>]*><a href="(?:\.{1,2}/)*articles/([^/]+)/"', text
    )


def test_a_town_page_lists_an_article_that_named_it_in_arabic_script(fixture_site: Path) -> None:
    page = html(fixture_site, "places/raqqa")
    assert report_links(page) == ["raqqa-attack-arabic"]
    assert Page(page).h1 == ["Raqqa"]
    assert '<span class="chip" lang="ar" dir="rtl">الرقة</span>' in page
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="map-svg"' in page  # inline
    assert '<a href="../tabqa/"><title>Tabqa</title>' in page  # a neighbour, a link on the map


def test_a_governorate_page_lists_its_towns_articles_newest_first(fixture_site: Path) -> None:
    page = html(fixture_site, "places/hasakah-governorate")
    assert report_links(page) == ["haseke-prison-attack", "year-only"]
    assert 'href="../../places/syria/"' in page
    assert 'href="../../places/qamishli/"' in page  # its children


def test_every_place_of_the_gazetteer_has_a_page_and_a_feed(fixture_site: Path) -> None:
    for place in GAZETTEER:
        assert (fixture_site / "places" / place.id / "index.html").is_file(), place.id
        assert (fixture_site / "feeds/places" / f"{place.id}.atom.xml").is_file(), place.id


def test_counts_on_the_seed_index_pages_match_the_articles(seed_site: Path) -> None:
    articles = load_archive(ROOT / "content").articles
    tags = html(seed_site, "tags")
    for tag in {t for a in articles for t in a.tags}:
        count = sum(tag in a.tags for a in articles)
        noun = "report" if count == 1 else "reports"
        name = tag.replace("-", " ")  # tags by name: "turkish occupation", not the slug
        assert re.search(rf">{name}</span></a> <span class=\"n\">{count} {noun}<", tags), tag
        assert len(report_links(html(seed_site, f"tags/{tag}"))) == count
    languages = html(seed_site, "languages")
    assert '>English</span></a> <span class="n">4 reports<' in languages
    assert '>Arabic</span></a> <span class="n">1 report<' in languages
    dates = html(seed_site, "dates")
    assert re.search(r'>Date unknown</a> <span class="n">2 reports<', dates)
    assert len(report_links(html(seed_site, "dates/undated"))) == 2


def test_place_counts_on_the_places_index_match_the_articles(seed_site: Path) -> None:
    articles = load_archive(ROOT / "content").articles
    index = html(seed_site, "places")
    for place_id in ("raqqa", "tell-abyad", "sinaa-prison", "hasakah", "north-east-syria"):
        named = [
            a
            for a in articles
            if GAZETTEER.get(place_id) in known_places(place_names(a, GAZETTEER))
        ]
        pattern = (
            rf'href="\.\./places/{place_id}/">[^<]+</a> <span class="kind">\w*</span> '
            rf'<span class="n"[^>]*>{len(named)}\b'
        )
        assert re.search(pattern, index), place_id
        assert len(report_links(html(seed_site, f"places/{place_id}"))) >= len(named)


def test_the_date_archive_files_partial_dates(fixture_site: Path) -> None:
    assert report_links(html(fixture_site, "dates/2022")) == [
        "raqqa-attack-arabic",
        "haseke-prison-attack",
    ]
    assert report_links(html(fixture_site, "dates/2022/12")) == ["raqqa-attack-arabic"]
    assert report_links(html(fixture_site, "dates/2019")) == ["year-only"]
    assert not (fixture_site / "dates/2019/01").exists()
    assert report_links(html(fixture_site, "dates/undated")) == ["halab-undated"]
    assert '<a href="2022/12/"><title>December 2022: 1</title>' in html(fixture_site, "dates")


def test_tag_source_and_language_pages(fixture_site: Path) -> None:
    assert report_links(html(fixture_site, "tags/isis")) == [
        "raqqa-attack-arabic",
        "haseke-prison-attack",
    ]
    sources = html(fixture_site, "sources")
    arabic = re.search(r'href="\.\./(sources/x-[0-9a-f]{8}/)"><span lang="ar" dir="rtl">', sources)
    assert arabic, sources
    assert report_links(html(fixture_site, arabic.group(1))) == ["raqqa-attack-arabic"]
    assert report_links(html(fixture_site, "languages/ku")) == ["halab-undated"]


def test_feeds_parse_and_link_to_built_pages(fixture_site: Path) -> None:
    feeds = sorted((fixture_site / "feeds").rglob("*.atom.xml"))
    assert fixture_site / "feeds/all.atom.xml" in feeds
    assert fixture_site / "feeds/tags/isis.atom.xml" in feeds
    for path in feeds:
        feed = feedparser.parse(path.read_text(encoding="utf-8"))
        assert not feed.bozo, (path, feed.bozo_exception)
        base = path.relative_to(fixture_site).as_posix()
        for entry in feed.entries:
            target = urljoin(base, entry.link)
            assert (fixture_site / target / "index.html").is_file(), (path, entry.link)
    everything = feedparser.parse((fixture_site / "feeds/all.atom.xml").read_bytes())
    assert len(everything.entries) == 3  # the undated article has no place in a feed
    raqqa = feedparser.parse((fixture_site / "feeds/places/raqqa.atom.xml").read_bytes())
    assert [e.title for e in raqqa.entries] == ["هجوم على مدينة الرقة"]


def test_the_sitemap_lists_every_page_and_only_pages_that_exist(fixture_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.parse(fixture_site / "sitemap.xml").getroot()
    locs = [loc.text or "" for loc in root.findall("s:url/s:loc", ns)]
    for loc in locs:
        assert (fixture_site / loc / "index.html").is_file(), loc
    pages = [  # redirects (a/<id>/, old slugs) and withdrawn pages are noindex: not listed;
        # nor is a report in the other interface (ar/articles/...): one report, listed once
        p
        for p in fixture_site.rglob("index.html")
        if "noindex" not in p.read_text(encoding="utf-8")
        and not p.relative_to(fixture_site).as_posix().startswith("ar/articles/")
    ]
    assert len(locs) == len(pages)
    assert "places/raqqa/" in locs and "articles/year-only/" in locs and "./" in locs


def test_every_page_links_to_the_indices(fixture_site: Path) -> None:
    for name in ("", "places/raqqa", "articles/year-only"):
        page = Page(html(fixture_site, name) if name else (fixture_site / "index.html").read_text())
        hrefs = {a.get("href", "") or "" for t, a in page.tags if t == "a"}
        for index in ("places/", "dates/", "tags/", "sources/", "languages/"):
            assert any(h.endswith(index) for h in hrefs), (name, index)


def test_a_long_listing_is_split_into_pages_of_fifty(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for n in range(1, 53):
        (content / f"r{n:02d}.md").write_text(
            f"---\ntitle: Report {n}\ndate: 2020-01-{n % 28 + 1:02d}\ntags: [bulk]\n"
            "places: [Raqqa]\n---\n\nText.\n",
            encoding="utf-8",
        )
    site = build_into(tmp_path / "output", content)
    first, second = html(site, "tags/bulk"), html(site, "tags/bulk/page/2")
    assert len(report_links(first)) == 50 and len(report_links(second)) == 2
    assert 'rel="next" href="../../tags/bulk/page/2/"' in first
    assert 'rel="prev" href="../../../../tags/bulk/"' in second
    assert '<ol class="reports" start="51">' in second
    assert len(report_links(html(site, "places/raqqa/page/2"))) == 2
    home, home_2 = (site / "index.html").read_text(encoding="utf-8"), html(site, "page/2")
    assert len(report_links(home)) == 50 and len(report_links(home_2)) == 2
    assert 'rel="next" href="./page/2/"' in home
    assert 'rel="prev" href="../../"' in home_2
    checked = tmp_path / "checked"
    for number, name in enumerate(["tags/bulk/page/2", "page/2", "places/raqqa/page/2"]):
        (checked / str(number)).mkdir(parents=True)
        shutil.copy(site / name / "index.html", checked / str(number) / "index.html")
    assert nu_errors(checked) == []


def test_a_published_build_writes_absolute_feed_and_sitemap_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARCHIVE_SITEURL", "https://example.org/archive")
    monkeypatch.chdir(ROOT)  # publishconf.py imports pelicanconf from the working folder
    site = tmp_path / "output"
    build(ROOT / "publishconf.py", site, FIXTURE_SITE)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iterfind(".//s:loc", ns)]
    assert "https://example.org/archive/" in locs
    assert "https://example.org/archive/places/raqqa/" in locs
    feed = feedparser.parse((site / "feeds/places/raqqa.atom.xml").read_bytes())
    assert feed.entries[0].link == "https://example.org/archive/articles/raqqa-attack-arabic/"
