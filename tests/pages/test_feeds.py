"""Atom feeds and the sitemap, read back with independent parsers (feedparser, ElementTree)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import feedparser

from archivist.content.articles import load_archive
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.pages.feeds import FEED_SIZE, atom_feed, link_base, sitemap
from conftest import FIXTURE_SITE


def at_their_addresses(articles: Sequence[Article]) -> list[tuple[Article, str]]:
    return [(article, f"articles/{article.slug}/") for article in articles]


ARTICLES = at_their_addresses(load_archive(FIXTURE_SITE).articles)


def test_a_feed_lists_dated_articles_newest_first_with_partial_dates_as_first_days() -> None:
    text = atom_feed("All reports", "feeds/all.atom.xml", "", ARTICLES)
    feed = feedparser.parse(text)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.title == "All reports"
    assert [e.link for e in feed.entries] == [
        "../articles/raqqa-attack-arabic/",
        "../articles/haseke-prison-attack/",
        "../articles/year-only/",
    ]
    assert [e.published[:10] for e in feed.entries] == ["2022-12-01", "2022-01-20", "2019-01-01"]
    assert feed.feed.updated[:10] == "2022-12-01"
    assert feed.entries[0].title == "هجوم على مدينة الرقة"
    assert feed.entries[1].author == "A. Reporter"
    assert [t.term for t in feed.entries[1].tags] == ["isis", "prisons"]


def test_an_interfaces_feed_links_to_its_pages_and_names_reports_by_their_permalinks() -> None:
    path, page = "ar/feeds/places/raqqa.atom.xml", "ar/places/raqqa/"
    feed = feedparser.parse(atom_feed("تقارير عن الرقة", path, page, ARTICLES[:1]))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "تقارير عن الرقة"
    assert feed.feed.link == "../../../ar/places/raqqa/"
    assert feed.feed.id == "tag:archivist,2024:ar/feeds/places/raqqa.atom.xml"
    assert feed.entries[0].link == "../../../ar/articles/raqqa-attack-arabic/"
    assert feed.entries[0].id == "tag:archivist,2024:articles/raqqa-attack-arabic/"


def test_a_feed_is_the_same_from_build_to_build_even_when_empty() -> None:
    first = atom_feed("t", "feeds/tags/x.atom.xml", "tags/x/", ARTICLES)
    assert first == atom_feed("t", "feeds/tags/x.atom.xml", "tags/x/", ARTICLES)
    empty = feedparser.parse(atom_feed("none", "feeds/places/mosul.atom.xml", "places/mosul/", []))
    assert not empty.bozo and empty.entries == []
    assert empty.feed.updated.startswith("1970-01-01")


def test_links_are_absolute_when_the_site_has_an_address() -> None:
    assert link_base("https://example.org/archive", "feeds/tags/x.atom.xml") == (
        "https://example.org/archive/"
    )
    assert link_base("", "feeds/tags/x.atom.xml") == "../../"
    feed = feedparser.parse(
        atom_feed("t", "feeds/all.atom.xml", "", ARTICLES, "https://example.org/archive")
    )
    assert feed.entries[0].link == "https://example.org/archive/articles/raqqa-attack-arabic/"
    assert feed.entries[0].id == "tag:archivist,2024:articles/raqqa-attack-arabic/"


def test_the_sitemap_lists_each_page_once_sorted() -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(sitemap(["tags/", "", "articles/a/", "tags/"], "https://ex.org/a/"))
    assert [loc.text for loc in root.findall("s:url/s:loc", ns)] == [
        "https://ex.org/a/",
        "https://ex.org/a/articles/a/",
        "https://ex.org/a/tags/",
    ]
    relative = ET.fromstring(sitemap(["", "tags/"]))
    assert [loc.text for loc in relative.findall("s:url/s:loc", ns)] == ["./", "tags/"]


def test_a_feed_holds_the_newest_hundred_articles() -> None:
    many = [
        Article(Path(f"r{n}.md"), f"r{n:03d}", f"Report {n}", "", 1, "en", PartialDate(2020, 1, 1))
        for n in range(FEED_SIZE + 20)
    ]
    feed = feedparser.parse(atom_feed("t", "feeds/all.atom.xml", "", at_their_addresses(many)))
    assert FEED_SIZE == 100
    assert [e.title for e in feed.entries] == [f"Report {n}" for n in range(FEED_SIZE)]
