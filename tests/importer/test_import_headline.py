"""Title and dateline: only a date at the top counts, and it leaves the body."""

from __future__ import annotations

from archivist.importer.headline import dateline, read_head


def test_title_repeated_below_the_standfirst_and_the_dateline_leave_the_body() -> None:
    head = read_head(
        ("Title here now", "Standfirst.", "Title here now", "9 May 2024   05:44", "Text.")
    )
    assert head.title == "Title here now"
    assert str(head.date) == "2024-05-09"
    assert head.date_evidence == "9 May 2024   05:44"
    assert head.body == ("Standfirst.", "Text.")


def test_event_dates_in_sentences_are_not_publication_dates() -> None:
    head = read_head(("A headline", "On Jun. 9, 2020, police arrested an ISIS cell of 13."))
    assert head.date is None
    assert head.flags == ("no date found",)
    assert dateline("On Jun. 9, 2020, police intelligence forces in Azaz arrested a cell") is None


def test_a_dateline_far_below_the_title_is_not_read() -> None:
    blocks = ("A headline", *(f"Paragraph {n}." for n in range(10)), "9 May 2024")
    assert read_head(blocks).date is None


def test_a_place_and_agency_around_the_date_still_make_a_dateline() -> None:
    found = dateline("Qamishlo, 9 May 2024 (ANHA)")
    assert found is not None
    assert str(found.date) == "2024-05-09"


def test_an_updated_line_is_not_the_publication_date() -> None:
    head = read_head(("A headline", "Published 9 May 2024", "Updated 10 May 2024", "Text."))
    assert str(head.date) == "2024-05-09"
    assert head.body == ("Text.",)


def test_two_different_datelines_are_ambiguous() -> None:
    head = read_head(("A headline", "9 May 2024", "10 May 2024", "Text."))
    assert head.date is None
    assert head.flags[0].startswith("ambiguous date")


def test_page_metadata_gives_the_date_and_must_agree_with_the_dateline() -> None:
    meta = "2023-10-14T08:15:00+03:00"
    assert str(read_head(("A headline", "Text."), "A headline", meta).date) == "2023-10-14"
    disagree = read_head(("A headline", "1 October 2023", "Text."), "A headline", meta)
    assert disagree.date is None
    assert "disagree" in disagree.flags[0]


def test_site_names_and_menus_are_not_titles() -> None:
    assert read_head(("Menu.", "x", "The real headline", "Body.")).title == "The real headline"
    assert read_head(("# A Markdown headline", "Body.")).title == "A Markdown headline"


def test_kickers_and_site_names_above_the_headline_are_dropped() -> None:
    head = read_head(
        ("ANF | Firat News Agency", "NEWS CENTER", "Cell dismantled in Raqqa", "Text.")
    )
    assert head.title == "Cell dismantled in Raqqa"
    assert head.body == ("Text.",)


def test_a_byline_below_the_headline_gives_the_author() -> None:
    head = read_head(("A headline", "By Jane Doe", "Text."))
    assert head.authors == ("Jane Doe",)
    assert head.body == ("Text.",)


def test_a_page_title_with_the_site_name_gives_the_headline_paragraph() -> None:
    head = read_head(
        ("Raqqa: ISIS cell arrested", "15/10/2023", "Text."),
        "Raqqa: ISIS cell arrested | Syria Daily",
    )
    assert head.title == "Raqqa: ISIS cell arrested"
    assert str(head.date) == "2023-10-15"
    assert head.body == ("Text.",)


def test_a_place_and_agency_line_is_not_a_headline() -> None:
    head = read_head(("Raqqa / ANHA", "Two civilians killed in Deir ez-Zor", "Text."))
    assert head.title == "Two civilians killed in Deir ez-Zor"
