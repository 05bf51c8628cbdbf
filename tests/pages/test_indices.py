"""The index model: places, tags, sources, languages and dates, from the fixture archive."""

from __future__ import annotations

import unicodedata

import pytest

from archivist.content.articles import load_archive
from archivist.content.slugs import is_valid_slug
from archivist.pages.indices import (
    date_entries,
    key_slug,
    language_entries,
    place_entries,
    source_entries,
    tag_entries,
)
from archivist.places.gazetteer import load_gazetteer
from archivist.places.placenames import resolve_places
from archivist.text.collation import sort_key
from conftest import FIXTURE_SITE, ROOT

ARTICLES = load_archive(FIXTURE_SITE).articles
GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")
PLACES = resolve_places(ARTICLES, GAZETTEER)


def slugs(articles: tuple) -> list[str]:  # type: ignore[type-arg]
    return [a.slug for a in articles]


def test_tag_slugs_are_stable_and_url_safe() -> None:
    assert key_slug("sleeper-cells") == "sleeper-cells"
    assert key_slug("Turkish occupation") == "turkish-occupation"
    assert key_slug("Hesekê") == "heseke"


def test_an_arabic_name_gets_a_stable_hash_slug_whatever_its_normal_form() -> None:
    slug = key_slug("وكالة مثال")
    assert slug.startswith("x-") and len(slug) == 10
    assert key_slug(unicodedata.normalize("NFD", "وكالة مثال")) == slug
    assert key_slug(" وكالة مثال ") == slug
    assert key_slug("وكالة أخرى") != slug


def test_latin_names_sort_before_arabic_ones_each_in_folded_order() -> None:
    names = ["الرقة", "zebra", "Ábaco", "الحسكة", "abacus"]
    assert sorted(names, key=sort_key) == ["Ábaco", "abacus", "zebra", "الحسكة", "الرقة"]


def test_tags_list_their_articles_in_archive_order() -> None:
    tags = {entry.name: entry for entry in tag_entries(ARTICLES)}
    assert sorted(tags) == ["attacks", "clashes", "isis", "prisons", "statements"]
    assert slugs(tags["isis"].articles) == ["raqqa-attack-arabic", "haseke-prison-attack"]
    assert tags["isis"].url == "tags/isis/"
    assert sum(e.count for e in tags.values()) == sum(len(a.tags) for a in ARTICLES)


def test_sources_and_languages() -> None:
    sources = source_entries(ARTICLES)
    assert [(e.name, e.lang, e.count) for e in sources] == [
        ("Example Wire", "en", 1),
        ("وكالة مثال", "ar", 1),
    ]
    assert sources[1].direction == "rtl" and sources[1].url.startswith("sources/x-")
    assert [(e.key, e.name, e.count) for e in language_entries(ARTICLES)] == [
        ("ar", "Arabic", 1),
        ("en", "English", 2),
        ("ku", "Kurdish (Kurmanji)", 1),
    ]


def test_a_town_lists_the_article_that_named_it_in_arabic_script() -> None:
    places = {entry.place.id: entry for entry in place_entries(ARTICLES, GAZETTEER, PLACES)}
    assert [(a.slug, via) for a, via in places["raqqa"].listing] == [("raqqa-attack-arabic", ())]
    assert slugs(tuple(a for a, _ in places["aleppo"].listing)) == ["halab-undated"]


def test_a_governorate_lists_its_towns_articles_with_the_town_they_name() -> None:
    places = {entry.place.id: entry for entry in place_entries(ARTICLES, GAZETTEER, PLACES)}
    governorate = places["hasakah-governorate"]
    assert governorate.count == 0 and governorate.total == 2
    assert [(a.slug, [p.id for p in via]) for a, via in governorate.listing] == [
        ("haseke-prison-attack", ["hasakah", "sinaa-prison"]),
        ("year-only", ["ras-al-ain"]),
    ]
    syria = places["syria"]
    assert syria.total == 4
    assert places["hasakah"].count == 1 and places["hasakah"].total == 1


def test_every_gazetteer_place_has_an_entry_even_without_articles() -> None:
    entries = place_entries(ARTICLES, GAZETTEER, PLACES)
    assert len(entries) == len(GAZETTEER)
    assert {e.place.id: e.total for e in entries}["mosul"] == 0


def test_partial_dates_are_filed_in_their_year_and_month_only() -> None:
    years, undated = date_entries(ARTICLES)
    assert [(y.entry.name, y.entry.count) for y in years] == [("2022", 2), ("2019", 1)]
    y2022, y2019 = years
    assert [(m.name, m.url, slugs(m.articles)) for m in y2022.months] == [
        ("December 2022", "dates/2022/12/", ["raqqa-attack-arabic"]),
        ("January 2022", "dates/2022/01/", ["haseke-prison-attack"]),
    ]
    assert y2019.months == () and slugs(y2019.year_only) == ["year-only"]
    assert undated.url == "dates/undated/" and slugs(undated.articles) == ["halab-undated"]


@pytest.mark.parametrize(
    "spellings",
    [
        ("Hesekê", "Hese\u0301ke\u0302", "HESEKÊ", "Heseke"),
        ("Sleeper cells", "sleeper-cells", "Sleeper  Cells"),
        ("كوباني", "کوباني", "كوبانی"),
        ("وكالة مثال", "وکالة مثال", "وكالة مثال"),
    ],
)
def test_spellings_of_one_name_share_one_page(spellings: tuple[str, ...]) -> None:
    assert len({key_slug(s) for s in spellings}) == 1


def test_different_arabic_names_never_share_a_page() -> None:
    names = ["حلب", "هلب", "الرقة", "الرقم", "؟؟", "!!!"]
    assert len({key_slug(n) for n in names}) == len(names)


@pytest.mark.parametrize(
    "name", ["../x", "..\\x", "/etc/passwd", "C:\\Windows", "", "?!", "con", "NUL", "x" * 500]
)
def test_hostile_names_make_safe_slugs(name: str) -> None:
    slug = key_slug(name)
    assert is_valid_slug(slug)
    assert key_slug(slug) == slug
