import datetime as dt

import pytest

from archivist.content.dates import PartialDate


@pytest.mark.parametrize(
    ("text", "date", "display", "precision"),
    [
        ("2024-05-09", PartialDate(2024, 5, 9), "9 May 2024", "day"),
        ("2019-10", PartialDate(2019, 10), "October 2019", "month"),
        ("2023", PartialDate(2023), "2023", "year"),
    ],
)
def test_full_and_partial_dates(text: str, date: PartialDate, display: str, precision: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == date
    assert parsed.iso == text
    assert parsed.display == display
    assert parsed.precision == precision


@pytest.mark.parametrize("text", ["2019-13", "2023-02-30", "9 May 2024", "24-05-09", "", "2024-5"])
def test_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_a_partial_date_starts_on_the_first_day_of_its_period() -> None:
    assert PartialDate(2019, 10).first_day() == dt.date(2019, 10, 1)
    assert PartialDate(2023).first_day() == dt.date(2023, 1, 1)
