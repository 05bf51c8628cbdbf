"""A label inside the report's run that shares no word with the report is the page's."""

from __future__ import annotations

from archivist.importer.boilerplate import strip_furniture
from archivist.importer.reportcore import read_lines
from archivist.importer.straylabels import stray_labels
from archivist.importer.wordstems import stems

TITLE = "ISIS attacks in Kirkuk and Diyala kill eleven"
LEDE = (
    "Islamic State militants killed at least eleven people in two separate attacks in "
    "Kirkuk and Diyala provinces late on Monday, Iraqi officials said."
)
MORE = (
    "The gunmen opened fire on farmers in a village of the Taza district, using a sandstorm "
    "as cover, and fled before security forces arrived, a police source said.",
    "Late on Monday night the militants also attacked a village in the Jalawla district of "
    "Diyala province, where four civilians and a soldier were killed.",
)


def test_a_reporters_name_in_capitals_and_a_boxs_labels_leave_the_report() -> None:
    blocks = (TITLE, LEDE, "SIBELIA EL-IBRAHIM", MORE[0], "MENA", "Live Story", MORE[1])
    assert stray_labels(read_lines(blocks)) == {2, 4, 5}
    assert strip_furniture(blocks) == (TITLE, LEDE, *MORE)


def test_a_subheading_that_speaks_of_the_report_stays() -> None:
    blocks = (TITLE, LEDE, MORE[0], "Attack in Jalawla", MORE[1])
    assert stray_labels(read_lines(blocks)) == frozenset()


def test_a_date_a_byline_and_a_one_letter_label_are_left_to_the_heads_rules() -> None:
    blocks = (TITLE, LEDE, "25 May 2022", "By Samah Fattah", MORE[0], "—", MORE[1])
    assert stray_labels(read_lines(blocks)) == frozenset()


def test_a_label_over_its_date_is_an_update_of_the_report() -> None:
    blocks = (TITLE, LEDE, MORE[0], "Update", "26 May 2022 10:15", MORE[1])
    assert stray_labels(read_lines(blocks)) == frozenset()


def test_an_arabic_subheading_meets_the_report_without_its_article() -> None:
    report = "شن تنظيم داعش هجوماً على مقر عسكري في ريف دير الزور الغربي مساء أمس، وفق مصادر محلية."
    assert stems("تفاصيل الهجوم") == {"تفاصي", "هجوم"}
    assert "هجوما" in stems(report)
    blocks = ("هجوم لداعش في دير الزور", report, "تفاصيل الهجوم", report + " وأضافت المصادر.")
    assert stray_labels(read_lines(blocks)) == frozenset()
