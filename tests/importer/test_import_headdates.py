"""The publication date against the whole capture: a masthead's day is not the report's,
a statement is dated by its signature."""

from __future__ import annotations

from archivist.importer.headdates import settle_date
from archivist.importer.headline import read_head

REPORT = "بعد أيام من الإعلان رسميًا عن دحره في العراق وسوريا، أعلن التنظيم قيامه بعمليات."


def test_a_date_above_the_masthead_is_not_the_report_s() -> None:
    masthead = ("رئيس مجلس الإدارة والتحرير", "عبدالرحيم علي", "سياسة")
    lines = ("الثلاثاء 23 أبريل 2024", *masthead, "داعش يظهر مجددا في سوريا والعراق", REPORT)
    head = read_head(lines)
    assert str(head.date) == "2024-04-23"  # the head alone cannot tell
    settled = settle_date(head, lines)
    assert settled.date is None
    assert (
        "date “الثلاثاء 23 أبريل 2024” is 3 lines above the headline (a masthead's?): not taken"
        in settled.flags
    )


def test_a_dateline_over_its_headline_is_kept() -> None:
    lines = ("May 14, 2024, 8:42 AM", "ISIL attack on Iraqi forces leaves 5 killed", "Text.")
    head = read_head(lines)
    assert str(settle_date(head, lines).date) == "2024-05-14"


def test_a_bare_date_over_the_site_s_name_and_slogan_is_taken_and_asked() -> None:
    masthead = ("Shingal Daily", "صحيفة يومية مستقلة تصدر من شنكال")
    lines = ("أبريل 2, 2024", *masthead, "داعش يظهر مجددا في سوريا والعراق", REPORT)
    settled = settle_date(read_head(lines), lines)
    assert str(settled.date) == "2024-04-02"
    assert (
        "date “أبريل 2, 2024” is 2 lines above the headline: the report's or a masthead's?"
        in settled.flags
    )
    labelled = ("نُشرت في 2 أبريل 2024", *lines[1:])
    assert not any("masthead" in flag for flag in settle_date(read_head(labelled), labelled).flags)


def test_the_site_s_day_in_another_language_than_the_report_is_taken_and_asked() -> None:
    headline = "Helwesta Amerîkayê ji êrişa DAIŞê li ser Kobanî"
    report = (
        "Hikûmeta Amerîkayê helwesta xwe derbarê êrişa çekdarên DAIŞê li ser Kobanî eşkere kir."
    )
    lines = ("• Wednesday, 18 February 2026", "logo", headline, report)
    settled = settle_date(read_head(lines), lines, "ku")
    assert str(settled.date) == "2026-02-18"
    assert (
        "date “• Wednesday, 18 February 2026” above the headline is not in the report's "
        "language: check it" in settled.flags
    )
    own = ("Çarşem, 18 Sibat 2026", "logo", headline, report)
    assert not any("language" in flag for flag in settle_date(read_head(own), own, "ku").flags)


def test_a_date_between_the_headline_and_its_repeat_is_the_report_s_in_any_language() -> None:
    headline = "Helwesta Amerîkayê ji êrişa DAIŞê li ser Kobanî"
    report = (
        "Hikûmeta Amerîkayê helwesta xwe derbarê êrişa çekdarên DAIŞê li ser Kobanî eşkere kir."
    )
    lines = (headline, "18 February 2026 21:51", headline, report)
    settled = settle_date(read_head(lines), lines, "ku")
    assert str(settled.date) == "2026-02-18"
    assert not any("language" in flag for flag in settled.flags)


def test_a_statement_without_a_head_date_is_dated_by_its_signature() -> None:
    said = "FKKS bangê hêzan dike ku li dijî erîşên DAÎŞê bê deng nemînin û piştgirî bidomînin."
    lines = (
        "Bo Raya Giştî!",
        *(f"{said[:-1]} {n}." for n in range(9)),  # a statement longer than the head
        "03.02.2022",
        "Federasyona Komeleyên Kurdistan li Swêd",
    )
    settled = settle_date(read_head(lines), lines)
    assert str(settled.date) == "2022-02-03"
    assert "no date found" not in settled.flags
    assert "date read from the signature at the foot (“03.02.2022”); check it" in settled.flags


def test_an_undated_page_is_dated_by_its_labelled_stamp_as_its_last_line_and_asked() -> None:
    said = tuple(f"An ISIL commander was killed near Mosul, source {n} said." for n in range(9))
    lines = ("ISIL commander killed near Mosul", *said)  # the stamp lies below the head
    stamped = (*lines, "Güncelleme Tarihi: 17 Eylül 2014, 09:40")
    settled = settle_date(read_head(stamped), stamped)
    assert str(settled.date) == "2014-09-17"
    assert (
        "date read from the page's stamp at its foot (“Güncelleme Tarihi: 17 Eylül 2014, "
        "09:40”); check it" in settled.flags
    )
    bare = (*lines, "17 Eylül 2014")  # a bare date there may be another story's
    assert settle_date(read_head(bare), bare).date is None


def test_a_date_with_its_weekday_and_no_hour_over_the_headline_is_the_masthead_s() -> None:
    headline = "Kurds help militants in the battle for the town"
    report = (
        "Ethnic Kurds are helping members of the group in the battle for the town, officials said."
    )
    lines = ("Sunday 8 December 2019", headline, report)
    settled = settle_date(read_head(lines), lines, "en")
    assert settled.date is None
    assert (
        "date “Sunday 8 December 2019” above the headline names its weekday, not its hour "
        "(today's?): not taken" in settled.flags
    )
    with_comma = ("Sunday, 8 December 2019", headline, report)
    assert settle_date(read_head(with_comma), with_comma, "en").date is None
    for hour in ("Saturday 22 January 2022 - 13:40", "Cumartesi 22.01.2022 13.40"):
        timed = (hour, headline, report)
        assert str(settle_date(read_head(timed), timed, "en").date) == "2022-01-22"
