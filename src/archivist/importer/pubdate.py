"""Read calendar dates as captures write them, and tell a dateline from a sentence.

Formats: ``9 May 2024``, ``May 9, 2024``, ``Jun. 9, 2020``, ``Thursday, 9 May 2024``,
ISO ``2024-05-09`` with or without a time, numeric ``09.05.2024`` (day first), and month
names in English, Arabic (Levantine ``تشرين الأول`` and Egyptian ``أكتوبر``), Turkish and
Kurmanji, in Latin or Arabic-Indic digits. A date needs a year: a weekday or "last year"
alone is not a date. A numeric ``05/06/2024`` could be day- or month-first: ambiguous,
unless the line is in Arabic script, where dates are always written day first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.text.folding import fold

# fmt: off
_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "كانون الثاني", "يناير", "ocak", "kanuna pasin", "cile", "rebendan"),
    2: ("february", "feb", "شباط", "فبراير", "subat", "sibat", "resemi"),
    3: ("march", "mar", "آذار", "مارس", "mart", "adar", "avdar"),
    4: ("april", "apr", "نيسان", "أبريل", "إبريل", "nisan", "avril"),
    5: ("may", "أيار", "مايو", "mayis", "gulan"),
    6: ("june", "jun", "حزيران", "يونيو", "يونيه", "haziran", "hezîran", "pusper"),
    7: ("july", "jul", "تموز", "يوليو", "يوليه", "temmuz", "tirmeh"),
    8: ("august", "aug", "آب", "أغسطس", "agustos", "tebax", "gelawej"),
    9: ("september", "sept", "sep", "أيلول", "سبتمبر", "eylul", "ilon", "rezber"),
    10: ("october", "oct", "تشرين الأول", "أكتوبر", "ekim", "cotmeh", "kewcer"),
    11: ("november", "nov", "تشرين الثاني", "نوفمبر", "kasim", "mijdar", "sermawez"),
    12: ("december", "dec", "كانون الأول", "ديسمبر", "aralik", "kanuna pesin", "berfanbar"),
}
WEEKDAYS = frozenset(fold(day) for day in (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "duşem", "sêşem", "çarşem", "pêncşem", "în", "şemî", "yekşem",
))
# fmt: on
MONTHS = {fold(name): number for number, names in _MONTHS.items() for name in names}
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|e|ye|inci|ıncı|'?[ıiuü]nc[ıiuü])?\.?"
_YEAR = r"(?P<year>\d{4})"
_SEP = r"[\s,،.]*"
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w){_DAY}{_SEP}(?:(?:of|من)\s+)?(?P<month>{_MONTH})(?:a|e|ye)?\.?{_SEP}{_YEAR}(?!\d)"
)
MONTH_DAY_YEAR = re.compile(rf"(?<!\w)(?P<month>{_MONTH})\.?\s+{_DAY}{_SEP}{_YEAR}(?!\d)")
# fold() turns hyphens into spaces: ``2024-05-09`` is matched as ``2024 05 09``.
ISO = re.compile(r"(?<!\d)(?P<year>\d{4}) (?P<month>\d{2}) (?P<day>\d{2})(?![\d.])")
YEAR_FIRST = re.compile(r"(?<!\d)(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?!\d)")
NUMERIC = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)")
SLASHED = re.compile(r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?!\d)")
#: ``03-08-2025``, once folded ``03 08 2025``: looked for only when the text has the dashes.
DASHED = re.compile(r"(?<![\d ])(?P<first>\d{1,2}) (?P<second>\d{1,2}) (?P<year>\d{4})(?!\d)")
_DASHED_RAW = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?![\d-])")


@dataclass(frozen=True)
class Found:
    """A date found in a piece of text, with the span it covers in that text."""

    date: PartialDate | None  # None: there is a date but it is ambiguous
    start: int
    end: int
    note: str = ""


def find_dates(text: str) -> list[Found]:
    """Every date written in ``text`` (left to right); spans index into ``fold(text)``."""
    folded = fold(text)
    day_first = any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic writes d/m/y
    found: list[Found] = []
    taken: list[range] = []
    patterns = [ISO, YEAR_FIRST, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, SLASHED]
    patterns += [DASHED] if _DASHED_RAW.search(text) else []
    for pattern in patterns:
        for match in pattern.finditer(folded):
            if any(match.start() in span or match.end() - 1 in span for span in taken):
                continue
            is_date, date = _date(match, day_first)
            if is_date:
                taken.append(range(match.start(), match.end()))
                found.append(Found(date, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda f: f.start)


def _date(match: re.Match[str], day_first: bool = False) -> tuple[bool, PartialDate | None]:
    """(is a date, the date or None when it is ambiguous)."""
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        if first <= 12 and second <= 12 and first != second and not day_first:
            return _valid(year, first, second) or _valid(year, second, first), None
        day, month = (first, second) if first > 12 or day_first else (second, first)
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month]
        day = int(groups["day"])
    if not _valid(year, month, day):
        return False, None
    return True, PartialDate(year, month, day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        PartialDate.parse(f"{year:04d}-{month:02d}-{day:02d}")
    except ValueError:
        return False
    return 1900 <= year <= 2100


def parse_timestamp(value: str) -> PartialDate | None:
    """The calendar date of a machine timestamp such as ``2024-05-09T05:44:00+03:00``.

    The day is taken as the publisher wrote it (its own time zone), never converted.
    """
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)", value)
    if not match:
        found = find_dates(value)
        return found[0].date if len(found) == 1 else None
    year, month, day = (int(g) for g in match.groups())
    return PartialDate(year, month, day) if _valid(year, month, day) else None
