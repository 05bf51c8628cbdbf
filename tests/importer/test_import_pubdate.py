"""Dates as captures write them; a year is needed, and ambiguity is said, not guessed."""

from __future__ import annotations

import pytest

from archivist.importer.pubdate import find_dates, parse_timestamp, written_in


def iso(text: str) -> list[str | None]:
    return [found.date.iso if found.date else None for found in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 May 2024   05:44", "2024-05-09"),
        ("Thursday, 9 May 2024", "2024-05-09"),
        ("9th May 2024", "2024-05-09"),
        ("May 9, 2024", "2024-05-09"),
        ("Jun. 20,2020", "2020-06-20"),
        ("2024-05-09T05:44:00+03:00", "2024-05-09"),
        ("2024/05/09", "2024-05-09"),
        ("09.05.2024", "2024-05-09"),
        ("13/06/2024", "2024-06-13"),
        ("25-08-2025 | 09:01", "2025-08-25"),
        ("الخميس ٩ أيار ٢٠٢٤", "2024-05-09"),
        ("٢٦ تشرين الأول ٢٠٢٣", "2023-10-26"),
        ("١ كانون الثاني ٢٠٢٤", "2024-01-01"),
        ("٢٥ أكتوبر ٢٠٢٣", "2023-10-25"),
        ("3 إبريل 2023", "2023-04-03"),
        ("12 Ekim 2023 Perşembe", "2023-10-12"),
        ("1 Şubat 2023", "2023-02-01"),
        ("12 Cotmeh 2023", "2023-10-12"),
        ("9ê Gulanê 2024", "2024-05-09"),
        ("12 Kanûna Pêşîn 2023", "2023-12-12"),
        # CLDR's abbreviations, as Turkish and Kurmanji sites print them
        ("12 Ara 2023 14:05", "2023-12-12"),
        ("3 Tbx 2021", "2021-08-03"),
    ],
)
def test_a_written_date_is_read(text: str, expected: str) -> None:
    assert iso(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["last year", "on Thursday", "January 3 and April of last year", "in 2016", "9 October"],
)
def test_without_a_year_there_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_day_and_month_that_could_be_swapped_are_ambiguous() -> None:
    assert iso("05/06/2024") == [None]
    assert iso("06/06/2024") == ["2024-06-06"]
    assert iso("03-08-2025 | 09:01") == [None]  # a dateline still, flagged as ambiguous


def test_numbers_with_spaces_are_no_date() -> None:
    assert find_dates("killed 5 12 2024 people") == []


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("31.02.2024") == []
    assert find_dates("2024-13-01") == []


def test_timestamps_keep_the_publishers_day() -> None:
    assert parse_timestamp("2023-10-14T23:15:00-05:00") is not None
    assert str(parse_timestamp("2023-10-14T23:15:00-05:00")) == "2023-10-14"
    assert parse_timestamp("not a date") is None


def test_arabic_lines_write_the_day_first() -> None:
    assert iso("نشر بتاريخ: ١٢/١٠/٢٠٢٣") == ["2023-10-12"]
    assert iso("12/10/2023") == [None]


def test_a_date_is_written_in_the_languages_whose_names_it_uses() -> None:
    assert written_in("Wednesday, 18 February 2026", "en")
    assert written_in("Wednesday, 18 February 2026", "ku") is False
    assert written_in("18 Nîsan 2019", "ku") and written_in("18 Nisan 2019", "tr")  # shared
    assert written_in("الأحد, 20 أبريل 2025", "ar")
    assert written_in("2019/02/14 | 19:20", "ar") is None  # no name: any language's


def test_a_word_a_short_name_folds_to_tells_no_date_s_language() -> None:
    # Kurmanji "în" (Friday) folds to "in"
    assert written_in("Posted in News, May 9, 2024", "en")
