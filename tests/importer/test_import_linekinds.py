"""Each line of a capture is prose, a paragraph cut off, a short sentence or other."""

from __future__ import annotations

from archivist.importer.linekinds import Kind, kind_of, kinds_of, report_script

PARAGRAPH = (
    "An ISIS cell attacked a checkpoint of the Syrian Democratic Forces near Hajin on "
    "Monday night, killing two fighters, the SDF said in a statement."
)


def test_prose_short_sentences_and_labels_are_told_apart() -> None:
    assert kind_of(PARAGRAPH, "latin") is Kind.PROSE
    assert kind_of("The council gave no figures.", "latin") is Kind.SHORT
    assert kind_of("Tags:", "latin") is Kind.OTHER
    assert kind_of("Share on Facebook", "latin") is Kind.OTHER
    assert kind_of("Two soldiers killed in Diyala ambush...", "latin") is Kind.OTHER  # a teaser
    assert kind_of(PARAGRAPH, "arabic") is Kind.OTHER  # not in the report's script


def test_the_capture_s_last_line_stopping_at_a_word_is_a_paragraph_cut_off() -> None:
    cut = "The SDF sent reinforcements to the area on Tuesday and began searching the villages"
    assert kind_of(cut, "latin", last=True) is Kind.CUT
    assert kind_of(cut, "latin") is Kind.OTHER


def test_the_reports_script_is_that_of_most_of_its_long_lines() -> None:
    arabic = "هاجمت خلية تابعة لداعش نقطة لقوات سوريا الديمقراطية قرب هجين مساء الاثنين."
    assert report_script(("Home | News | Contact us", arabic, arabic)) == "arabic"
    assert report_script((arabic, PARAGRAPH, PARAGRAPH)) == "latin"


def test_the_last_long_line_after_prose_above_a_signature_is_a_paragraph_cut_off() -> None:
    unstopped = "The SDF sent reinforcements to the area on Tuesday and began searching"
    blocks = (PARAGRAPH, unstopped, "Hasakah - Omar Khalil")
    assert kinds_of(blocks, "latin")[1] is Kind.CUT
    assert kinds_of(("Most read", unstopped, "Hasakah - Omar Khalil"), "latin")[1] is Kind.OTHER
