"""A saved page gives its article's paragraphs and metadata; scripts and furniture are gone."""

from __future__ import annotations

from archivist.importer.htmlpage import extract_page, page_lines

PAGE = """<!DOCTYPE html><html lang="ar"><head><title>Site | خبر</title>
<meta property="og:url" content="https://example.org/ar/1">
<script type="application/ld+json">{"datePublished": "2023-10-12T10:00:00Z"}</script>
</head><body>
<nav><a href="/">الرئيسية</a></nav>
<div id="sidebar"><p>Side text</p></div>
<div class="post"><h1>خبر عاجل</h1>
<p onclick="evil()">الفقرة <a href="javascript:void(0)">شارك</a> الأولى</p>
<p>second<br>line</p>
<div>loose <i>inline</i> text<div class="social-share">Share</div></div>
<p>more paragraph text to make this the main block of the page</p>
</div><footer>footer words</footer></body></html>"""


def test_the_article_text_is_kept_as_paragraphs_and_furniture_is_dropped() -> None:
    blocks, _ = extract_page(PAGE)
    assert blocks == (
        "خبر عاجل",
        "الفقرة الأولى",
        "second",
        "line",
        "loose inline text",
        "more paragraph text to make this the main block of the page",
    )


def test_a_pages_whole_text_is_its_lines_with_furniture_but_without_scripts() -> None:
    lines = page_lines(PAGE)
    assert lines[:3] == ("الرئيسية", "Side text", "خبر عاجل")
    assert lines[-1] == "footer words" and "Share" in lines
    assert not any("datePublished" in line for line in lines)
    assert page_lines("  ") == ()


def test_metadata_comes_from_the_head_and_json_ld() -> None:
    _, meta = extract_page(PAGE)
    assert meta.title == "خبر عاجل"
    assert meta.published == "2023-10-12T10:00:00Z"
    assert meta.url == "https://example.org/ar/1"
    assert meta.language == "ar"


def test_an_empty_page_has_no_paragraphs() -> None:
    assert extract_page("   ") == ((), extract_page("")[1])


def test_without_article_markup_the_paragraphs_container_and_its_headline_are_read() -> None:
    page = (
        "<html><head><title>Cell arrested | Syria Daily</title></head><body>"
        "<div id='top'><a href='/'>Syria Daily</a></div><div class='content'>"
        "<div class='headline'>Cell arrested</div><span class='date'>15/10/2023</span>"
        "<div class='text'><p>Security forces arrested four members of a cell.</p>"
        "<p>The cell had planned attacks.</p></div></div></body></html>"
    )
    blocks, meta = extract_page(page)
    assert blocks == (
        "Cell arrested",
        "15/10/2023",
        "Security forces arrested four members of a cell.",
        "The cell had planned attacks.",
    )
    assert (meta.title, meta.site_name) == ("Cell arrested", "Syria Daily")
