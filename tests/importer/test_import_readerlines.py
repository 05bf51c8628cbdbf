"""A line that speaks to the reader is the page's, outside the report's run of paragraphs."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import strip_furniture
from archivist.importer.readerlines import reader_lines
from archivist.importer.reportcore import read_lines

TITLE = "ISIS cell attacks SDF checkpoint near Hajin"
REPORT = (
    "An ISIS cell attacked a checkpoint of the Syrian Democratic Forces near Hajin on "
    "Monday night, killing two fighters, the SDF said in a statement.",
    "The attackers fled towards the desert after the clash, which lasted about an hour, "
    "according to a local source who asked not to be named.",
)


@pytest.mark.parametrize(
    "line",
    [
        "Please let us know if you're having issues with commenting.",
        "SİZİN DÜŞÜNCELERİNİZ?",
        "You are replying to: .",
        "Tu jî dikarî bixwazî",
        "تابع أحدث الأخبار عبر تطبيق google news",
    ],
)
def test_a_line_to_the_reader_below_the_report_goes(line: str) -> None:
    assert reader_lines(read_lines((TITLE, *REPORT, line))) == {3}
    assert strip_furniture((TITLE, *REPORT, line)) == (TITLE, *REPORT)


def test_an_imperative_to_the_reader_above_the_report_goes_too() -> None:
    blocks = (TITLE, "تابع أحدث الأخبار عبر تطبيق google news", *REPORT)
    assert reader_lines(read_lines(blocks)) == {1}


def test_a_headline_in_the_second_person_stays() -> None:
    blocks = ("What you need to know about the attack near Hajin", *REPORT)
    assert reader_lines(read_lines(blocks)) == frozenset()


def test_a_quoted_you_and_a_sentence_between_the_reports_paragraphs_stay() -> None:
    quoted = "“You came to our area and brought IS,” a camp manager said."
    hotline = "If you have seen the attackers, call the SDF's hotline."
    blocks = (TITLE, REPORT[0], hotline, REPORT[1], quoted)
    assert reader_lines(read_lines(blocks)) == frozenset()
