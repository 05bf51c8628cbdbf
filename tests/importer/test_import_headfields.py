"""The lines a report's head holds are told by their shape."""

from __future__ import annotations

from archivist.importer.headfields import byline_name, is_head_field, kicked, title_like


def test_a_headline_is_a_short_line_that_is_no_sentence_label_or_date() -> None:
    assert title_like("ISIS cell attacks SDF checkpoint near Hajin")
    assert not title_like("The cell fled towards the desert after the clash.")
    assert not title_like("Raqqa / ANHA")
    assert not title_like("Euro 34.9437")  # a market's ticker
    assert not title_like("Home News Syria Home News Syria")  # a menu printed twice


def test_a_kicker_before_a_bar_leads_a_longer_headline() -> None:
    assert kicked("ISIS resurgence | Cells attack SDF checkpoints near Hajin")
    assert not kicked("Cells attack SDF checkpoints near Hajin | Example News")


def test_bylines_name_their_reporter_in_each_language() -> None:
    assert byline_name("By Jane Doe") == "Jane Doe"
    assert byline_name("بقلم: سامر أحمد") == "سامر أحمد"
    assert byline_name("Yazan: Ali Can") == "Ali Can"
    assert byline_name("Bypass road reopens") == ""


def test_a_place_and_agency_line_is_a_head_field() -> None:
    assert is_head_field("Raqqa / ANHA")
    assert is_head_field("By Jane Doe")
    assert not is_head_field("The cell fled towards the desert after the clash.")
