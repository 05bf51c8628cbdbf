"""The page's address is a second witness of its headline: a title it does not name is asked."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.addresstitle import address_doubt, addressed_headline, slug_words
from archivist.importer.capture import Capture
from archivist.importer.draft import make_draft
from archivist.importer.htmlpage import PageMeta

REPORT = (
    "Islamic State militants killed eleven people in two attacks in Kirkuk and Diyala "
    "provinces late on Monday, Iraqi officials said."
)
MENU = ("Contact us", "Weather in Iraq", "Rain in Baghdad", "Prices in Erbil")
HEADLINE = "ISIS attacks in Kirkuk and Diyala kill 11"
URL = "https://example.org/news/12345/isis-attacks-kirkuk-diyala-kill-11"


def test_the_words_of_an_address_are_those_of_its_last_named_part() -> None:
    assert slug_words(URL) == {"isis", "attac", "kirku", "diyal", "kill"}
    arabic = "https://example.org/ar/ميدل-ايست-داعش-يديم"
    assert slug_words(arabic) == {"ميدل", "ايست", "داعش", "يديم"}


def test_an_address_of_numbers_or_a_section_says_nothing() -> None:
    assert slug_words("https://example.org/en/article/2384") == frozenset()
    assert slug_words("https://example.org/?p=123") == frozenset()
    assert slug_words("page.txt") == frozenset()


def test_a_menu_link_taken_as_the_title_is_asked_when_the_address_names_the_headline() -> None:
    blocks = (*MENU, HEADLINE, REPORT)
    doubt = address_doubt("Weather in Iraq", blocks, URL)
    assert doubt == [
        f"title “Weather in Iraq” is not what the page's address names (“{HEADLINE}”): which is it?"
    ]


def test_the_headline_the_address_names_raises_no_doubt() -> None:
    assert address_doubt(HEADLINE, (*MENU, HEADLINE, REPORT), URL) == []


def test_no_doubt_when_no_line_of_the_head_holds_the_address_words() -> None:
    other = "https://example.org/news/weekly-roundup-of-the-region"
    assert address_doubt("Weather in Iraq", (*MENU, HEADLINE, REPORT), other) == []


def test_the_line_the_address_names_is_a_text_captures_headline() -> None:
    blocks = (*MENU, f"{HEADLINE} - Example News", HEADLINE, REPORT)
    assert addressed_headline(blocks, URL) == HEADLINE


def test_an_arabic_address_names_its_headline_with_or_without_the_article() -> None:
    url = "https://example.org/ar/الهجوم-الكبير-على-السجن"
    blocks = ("اتصل بنا", "هجوم كبير على سجن", REPORT)
    assert slug_words(url) == {"هجوم", "كبير", "علي", "سجن"}  # folded: ى is ي
    assert addressed_headline(blocks, url) == "هجوم كبير على سجن"


def test_no_headline_from_an_address_of_ids_or_from_a_sentence() -> None:
    assert addressed_headline((*MENU, HEADLINE, REPORT), "https://example.org/a/2384") == ""
    lede = "ISIS attacks in Kirkuk and Diyala kill 11, officials said."
    assert addressed_headline((*MENU, lede, REPORT), URL) == ""


def test_a_text_capture_takes_the_headline_its_address_names_over_a_menu_link() -> None:
    menu = ("Contact us", "Weather in Kirkuk", "Weather in Diyala", "Rain in Kirkuk")
    blocks = (*menu, "Rain in Diyala", "Prices in Kirkuk", HEADLINE, REPORT)
    capture = Capture(Path("page.txt"), "text", blocks, PageMeta())
    draft = make_draft(capture, None, URL)
    assert draft.title == HEADLINE
    assert draft.body == (REPORT,)
