"""The five seed reports: curated, built, and checked against the raw captures."""

import re
from pathlib import Path

import pytest

from archivist.content.articles import load_archive
from archivist.content.model import Article
from archivist.places.gazetteer import load_gazetteer
from conftest import ROOT
from page_reader import Page

CAPTURES = ROOT / "captures"
ARCHIVE = load_archive(ROOT / "content").articles
GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")
BOILERPLATE = [
    "JustPaste.it",
    "Helpful keywords",
    "406c3147d4f2f124425a6f4bf33b7d15.png",
    "اظهر المزيد",
    "زر الذهاب إلى الأعلى",
]


ASCII_SPACE = " \t\r\n"


def paragraphs(text: str) -> list[str]:
    """Markdown paragraphs; only ASCII white space is trimmed (a trailing U+00A0 is text)."""
    return [p.strip(ASCII_SPACE) for p in re.split(r"\n[ \t]*\n", text) if p.strip(ASCII_SPACE)]


def by_slug(slug: str) -> Article:
    return next(a for a in ARCHIVE if a.slug == slug)


def test_every_capture_is_in_the_archive_once() -> None:
    imported = sorted(str(a.extra["imported_from"]) for a in ARCHIVE)
    assert imported == sorted(p.name for p in CAPTURES.glob("*.txt"))


@pytest.mark.parametrize("article", ARCHIVE, ids=lambda a: a.slug)
def test_every_body_paragraph_is_verbatim_from_the_capture(article: Article) -> None:
    capture = (CAPTURES / str(article.extra["imported_from"])).read_text(encoding="utf-8")
    capture_lines = {line.strip(ASCII_SPACE) for line in capture.splitlines()}
    for paragraph in paragraphs(article.body):
        assert paragraph in capture_lines, paragraph


@pytest.mark.parametrize("article", ARCHIVE, ids=lambda a: a.slug)
def test_no_boilerplate_in_the_body(article: Article) -> None:
    body = paragraphs(article.body)
    assert not [p for p in body if p in BOILERPLATE or p == "Search"]
    assert article.title not in body


def test_only_the_stated_date_is_a_full_date() -> None:
    dates = {a.slug: (a.date.iso if a.date else None) for a in ARCHIVE}
    assert dates == {
        "isis-activity-and-movements-in-the-occupied-territories": "2024-05-09",
        "isis-still-pose-threat-four-years-after-defeat-sdf-warns": "2023-03",
        "sdf-launches-revenge-for-raqqa-martyrs-operation": "2023",
        "has-isis-returned-to-rural-aleppo": None,
        "operations-against-isis-cells-reactivated-amid-turkish-invasion": None,
    }
    assert all(a.date_note for a in ARCHIVE if a.date is None or a.date.precision != "day")


def test_languages_and_sources() -> None:
    assert {a.slug: a.language for a in ARCHIVE}[
        "sdf-launches-revenge-for-raqqa-martyrs-operation"
    ] == "ar"
    assert [a.language for a in ARCHIVE].count("en") == 4
    assert by_slug("has-isis-returned-to-rural-aleppo").source == "The Syrian Observer"
    assert (
        by_slug("operations-against-isis-cells-reactivated-amid-turkish-invasion").source == "ANF"
    )
    assert all(a.source or a.source_note for a in ARCHIVE)


def test_every_article_names_places_and_tags() -> None:
    assert all(a.places and len(a.tags) >= 3 for a in ARCHIVE)
    assert "الرقة" in by_slug("sdf-launches-revenge-for-raqqa-martyrs-operation").places
    assert (
        "Hesekê"
        in by_slug("operations-against-isis-cells-reactivated-amid-turkish-invasion").places
    )


@pytest.mark.parametrize("article", ARCHIVE, ids=lambda a: a.slug)
def test_the_built_page_shows_the_record(seed_site: Path, article: Article) -> None:
    html = (seed_site / "articles" / article.slug / "index.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.h1 == [article.title]
    assert page.has("article", lang=article.language, dir=article.direction)
    assert (f'datetime="{article.date.iso}"' if article.date else "date unknown") in html
    assert escape(article.source or "source unknown") in html
    assert article.language_name in html
    # Each place a chip linked to its page: as an English report writes it, else in English.
    for name in article.places:
        place = GAZETTEER.resolve(name)
        assert place is not None, name
        shown = name if article.language == "en" else place.name
        assert f'places/{place.id}/">{escape(shown)}</a></span>' in html
    for tag in article.tags:  # by name: "sleeper cells", not the slug "sleeper-cells"
        assert f">{escape(tag.replace('-', ' '))}</a></span>" in html
    assert page.body_paragraphs == paragraphs(article.body)


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )
