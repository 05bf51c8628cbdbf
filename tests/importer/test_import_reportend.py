"""A place named only in the frame below a report is asked about, not silently kept."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture
from archivist.importer.draft import make_draft
from archivist.importer.reportend import report_end
from import_places import sample_index

REPORT = (
    "Irak’ın doğusunda IŞİD tarafından orduya düzenlenen saldırıda 11 Irak askeri öldü.",
    "Saldırının ardından bölgeye üst düzey bir askeri heyetin gittiği kaydedildi.",
)
FRAME = ("PAYLAŞIN", "•", "Hakkında haber news24", "Tekrar kontrol edin")
OTHER_STORY = "Suriye'de BM çalışanları yoksulluk sınırında yaşadıklarını söyledi."


def test_the_report_ends_at_a_run_of_frame_lines_before_more_sentences() -> None:
    assert report_end((*REPORT, *FRAME, OTHER_STORY)) == len(REPORT)


def test_a_subheading_or_two_inside_a_report_is_no_end() -> None:
    body = (REPORT[0], "Tanıklar anlatıyor", "Fotoğraf: AA", REPORT[1])
    assert report_end(body) == len(body)
    assert report_end((*REPORT, *FRAME)) == len(REPORT) + len(FRAME)  # nothing below


def test_a_place_named_only_below_the_report_is_flagged() -> None:
    blocks = ("IŞİD, Irak ordusuna saldırdı", *REPORT, *FRAME, OTHER_STORY)
    draft = make_draft(Capture(Path("p.txt"), "text", blocks), sample_index())
    assert "Syria" in draft.places
    flag = "place Syria named only below “PAYLAŞIN”, where the report seems to end"
    assert flag in draft.flags
    inside = make_draft(Capture(Path("p.txt"), "text", (*blocks[:2], OTHER_STORY)), sample_index())
    assert not any("named only below" in flag for flag in inside.flags)
