"""Places in the reader's language: the fixture archive built in English and Arabic names
each place as the gazetteer names it in the interface's language (``names.ar``), on every
page that shows one, in that language's order; its address stays its id. Each interface
has its own feeds, titled in its language."""

from __future__ import annotations

import html as html_text
import re
from pathlib import Path
from urllib.parse import urljoin

import feedparser

from archivist.text.collation import sort_key


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def chips(html: str) -> list[tuple[str, str]]:
    """The byline's places: (language, name) of each chip."""
    places = html.split('<dd class="places">', 1)[1].split("</dd>", 1)[0]
    found = re.findall(r'<span class="chip" lang="([^"]+)" dir="auto"><a [^>]*>([^<]+)</a>', places)
    return [(lang, html_text.unescape(name)) for lang, name in found]


def test_a_place_page_in_arabic_is_titled_and_headed_with_its_arabic_name(
    fixture_site: Path,
) -> None:
    raqqa = page(fixture_site, "ar/places/raqqa")
    assert "<title>الرقة — " in raqqa and "<h1>الرقة</h1>" in raqqa
    # Its parents, in Arabic, joined by an Arabic comma; each still at its id's address.
    assert (
        '<a href="../../../ar/places/raqqa-governorate/">محافظة الرقة</a>، '
        '<a href="../../../ar/places/syria/">سوريا</a>'
    ) in raqqa
    assert "<h1>Raqqa</h1>" in page(fixture_site, "places/raqqa")


def test_the_display_name_is_among_the_other_names_of_an_arabic_place_page(
    fixture_site: Path,
) -> None:
    names = page(fixture_site, "ar/places/raqqa").split('<dl class="other-names">')[1]
    names = names.split("</dl>")[0]
    assert '<dt>الإنجليزية</dt>\n<dd><span class="chip" lang="en" dir="ltr">Raqqa</span>' in names
    assert ">الرقة<" not in names  # the page's own name, in its heading


def test_a_place_with_no_arabic_name_keeps_its_display_name(fixture_site: Path) -> None:
    assert "<h1>al-Suwar</h1>" in page(fixture_site, "ar/places/al-suwar")


def test_the_arabic_places_index_lists_arabic_names_in_arabic_order(fixture_site: Path) -> None:
    index = page(fixture_site, "ar/places")
    tree, unreported = index.split('<details class="unreported">')
    assert '<a href="../../ar/places/syria/">سوريا</a>' in tree
    names = re.findall(r'<li><a href="../../ar/places/[^/]+/">([^<]+)</a></li>', unreported)
    assert {"إيران", "العراق", "تركيا", "الموصل"} <= set(names)
    assert names == sorted(names, key=lambda name: sort_key(name, "ar"))
    assert names[-1] == "al-Suwar"  # no Arabic name: after the Arabic ones


def test_an_english_report_in_the_arabic_interface_names_its_places_in_arabic(
    fixture_site: Path,
) -> None:
    report = "articles/haseke-prison-attack"
    assert chips(page(fixture_site, f"ar/{report}")) == [("ar", "الحسكة"), ("ar", "سجن الصناعة")]
    # In English, the report's own spelling: "Hesekê", not another English one.
    assert chips(page(fixture_site, report)) == [("en", "Hesekê"), ("en", "Sina'a Prison")]


def test_a_report_in_another_language_names_its_places_in_the_interfaces_language(
    fixture_site: Path,
) -> None:
    assert chips(page(fixture_site, "articles/raqqa-attack-arabic")) == [("en", "Raqqa")]
    assert chips(page(fixture_site, "ar/articles/raqqa-attack-arabic")) == [("ar", "الرقة")]
    # A Kurmanji report's "Heleb" is Aleppo in English and حلب in Arabic.
    assert chips(page(fixture_site, "articles/halab-undated")) == [("en", "Aleppo")]
    assert chips(page(fixture_site, "ar/articles/halab-undated")) == [("ar", "حلب")]


def test_a_governorates_listing_says_in_arabic_which_of_its_places_a_report_names(
    fixture_site: Path,
) -> None:
    listing = page(fixture_site, "ar/places/hasakah-governorate")
    assert '<a href="../../../ar/places/hasakah/">الحسكة</a>' in listing
    assert ">Hesekê</a>" not in listing


def test_the_arabic_maps_name_their_places_and_countries_in_arabic(fixture_site: Path) -> None:
    index = page(fixture_site, "ar/places")
    assert 'aria-label="خريطة الأماكن التي تذكرها التقارير"' in index
    assert re.search(r'<text class="country" [^>]*>سوريا</text>', index)
    assert re.search(r'<text class="label" [^>]*>الرقة</text>', index)
    assert "<title>الرقة (١)</title>" in index  # the marker's name on hover and focus
    raqqa = page(fixture_site, "ar/places/raqqa")
    assert 'aria-label="خريطة الرقة"' in raqqa
    assert 'aria-label="Map of Raqqa"' in page(fixture_site, "places/raqqa")


def feed(site: Path, path: str) -> feedparser.FeedParserDict:
    parsed = feedparser.parse((site / path).read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    return parsed


def test_each_interface_has_its_own_feeds_titled_in_its_language(fixture_site: Path) -> None:
    english = feed(fixture_site, "feeds/places/raqqa.atom.xml")
    arabic = feed(fixture_site, "ar/feeds/places/raqqa.atom.xml")
    assert english.feed.title == "Reports on Raqqa"
    assert arabic.feed.title == "تقارير عن الرقة"
    assert feed(fixture_site, "ar/feeds/tags/isis.atom.xml").feed.title == "تقارير بالوسم «isis»"
    # The Arabic feed leads to Arabic pages; its entries are the same reports, by permalink.
    assert arabic.feed.link == "../../../ar/places/raqqa/"
    assert [e.link for e in arabic.entries] == ["../../../ar/articles/raqqa-attack-arabic/"]
    assert [e.id for e in arabic.entries] == [e.id for e in english.entries]
    assert arabic.feed.id != english.feed.id


def test_every_arabic_feed_parses_and_links_to_arabic_pages(fixture_site: Path) -> None:
    feeds = sorted((fixture_site / "ar/feeds").rglob("*.atom.xml"))
    english = sorted((fixture_site / "feeds").rglob("*.atom.xml"))
    assert len(feeds) == len(english) > 3
    for path in feeds:
        base = path.relative_to(fixture_site).as_posix()
        for entry in feed(fixture_site, base).entries:
            target = urljoin(base, entry.link)
            assert target.startswith("ar/") and (fixture_site / target / "index.html").is_file()


def test_a_page_names_its_interfaces_feeds_with_their_titles(fixture_site: Path) -> None:
    raqqa = page(fixture_site, "ar/places/raqqa")
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'href="../../../ar/feeds/places/raqqa.atom.xml" title="تقارير عن الرقة">'
    ) in raqqa
    assert 'href="../../../ar/feeds/all.atom.xml"' in raqqa
    assert 'href="../../../feeds/' not in raqqa
    isis = page(fixture_site, "ar/tags/isis")
    assert 'href="../../../ar/feeds/tags/isis.atom.xml" title="تقارير بالوسم «isis»"' in isis
