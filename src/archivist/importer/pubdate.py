"""Read calendar dates as captures write them, and tell a dateline from a sentence.

Formats: ``9 May 2024``, ``May 9, 2024``, ``Jun. 9, 2020``, ``Thursday, 9 May 2024``,
ISO ``2024-05-09`` with or without a time, numeric ``09.05.2024`` (day first), and month
names in English, Arabic (Levantine ``تشرين الأول`` and Egyptian ``أكتوبر``), Turkish and
Kurmanji, in Latin or Arabic-Indic digits. A date needs a year: a weekday or "last year"
alone is not a date. A numeric ``05/06/2024`` could be day- or month-first: ambiguous,
unless the line is in Arabic script, or stands in a report written in it (``9-7-2017 |
10:51`` on an Arabic page), where dates are always written day first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale

from archivist.content.dates import PartialDate
from archivist.text.folding import fold

#: The locales whose month and weekday names captures write, by language: CLDR's names
#: (Babel's locale data). Arabic as Egypt and the Gulf write it (``أكتوبر``) and as the
#: Levant and Iraq do (``تشرين الأول``).
_LOCALES = {"en": ("en",), "ar": ("ar", "ar_SY"), "tr": ("tr",), "ku": ("ku",)}
# fmt: off
#: Month names captures write that CLDR has not, by language and month: English ``Sept``,
#: Egypt's ``إبريل``, ``يونيه`` and ``يوليه``, and the Kurmanji of Syria's and Iraq's
#: press: the Syriac ``Kanûna paşîn`` and ``Çile`` and the Kurdish calendar's names
#: (``Reşemî``, ``Avdar``, ``Gelawêj``...), which it gives the Gregorian months.
_MORE_MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {9: ("sept",)},
    "ar": {4: ("إبريل",), 6: ("يونيه",), 7: ("يوليه",)},
    "ku": {
        1: ("kanûna paşîn", "çile"), 2: ("reşemî",), 3: ("avdar",), 4: ("avrîl",),
        6: ("pûşper",), 8: ("gelawêj",), 9: ("rezber",), 10: ("kewçêr",),
        11: ("sermawez",), 12: ("kanûna pêşîn",),
    },
}
#: Weekday names captures write that CLDR has not: English abbreviations, Kurmanji ``În``.
_MORE_WEEKDAYS = {"en": ("tues", "thur", "thurs"), "ku": ("în",)}
# fmt: on


def _months_in(language: str) -> tuple[tuple[str, ...], ...]:
    """Each month's names (January to December) in ``language``: CLDR's, in full and
    abbreviated, then the others captures write."""
    names: list[list[str]] = [[] for _ in range(12)]
    for locale in map(Locale.parse, _LOCALES[language]):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    names[number - 1].append(name.lower().rstrip("."))
    for number, more in _MORE_MONTHS.get(language, {}).items():
        names[number - 1].extend(more)
    return tuple(tuple(dict.fromkeys(each)) for each in names)


def _weekdays_in(language: str) -> tuple[str, ...]:
    """The weekdays' names in ``language``: CLDR's in full (and English's abbreviated:
    Turkish and Kurmanji ones, ``Sal`` or ``Cum``, are also words), then the others."""
    widths = ("wide", "abbreviated") if language == "en" else ("wide",)
    names = [
        name.lower().rstrip(".")
        for locale in map(Locale.parse, _LOCALES[language])
        for width in widths
        for name in locale.days["format"][width].values()
    ]
    return tuple(dict.fromkeys([*names, *_MORE_WEEKDAYS.get(language, ())]))


_MONTHS_IN = {language: _months_in(language) for language in _LOCALES}
_WEEKDAYS_IN = {language: _weekdays_in(language) for language in _LOCALES}
WEEKDAYS = frozenset(fold(day) for days in _WEEKDAYS_IN.values() for day in days)
MONTHS = {
    fold(name): number
    for months in _MONTHS_IN.values()
    for number, names in enumerate(months, start=1)
    for name in names
}


#: A name this short once folded is also a common word (Kurmanji ``în``, Friday, is
#: ``in``; Arabic ``آب``, August, is ``اب``): it tells no date's language.
MIN_TELLING_NAME = 3


def _languages_of_names() -> dict[str, frozenset[str]]:
    """Each month's and weekday's name (folded) that tells a language -> the languages
    that write it so."""
    found: dict[str, set[str]] = {}
    for language, months in _MONTHS_IN.items():
        for name in (name for names in months for name in names):
            found.setdefault(fold(name), set()).add(language)
    for language, days in _WEEKDAYS_IN.items():
        for day in days:
            found.setdefault(fold(day), set()).add(language)
    return {
        name: frozenset(languages)
        for name, languages in found.items()
        if len(name) >= MIN_TELLING_NAME
    }


_LANGUAGES_OF = _languages_of_names()
_NAMED = re.compile(
    "(?<!\\w)(?:"
    + "|".join(sorted(map(re.escape, _LANGUAGES_OF), key=len, reverse=True))
    + ")(?!\\w)"
)


def written_in(text: str, language: str) -> bool | None:
    """Whether the month and weekday names of the date ``text`` are ``language``'s (a name
    several languages share counts for each); None when it names none (``2024-05-09``)."""
    names = _NAMED.findall(fold(text))
    if not names:
        return None
    return all(language in _LANGUAGES_OF[name] for name in names)


#: Any month's name, folded, longest first: a pattern for every rule that reads one.
MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|e|ye|inci|ıncı|'?[ıiuü]nc[ıiuü])?\.?"
_YEAR = r"(?P<year>\d{4})"
_SEP = r"[\s,،.]*"
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\w){_DAY}{_SEP}(?:(?:of|من)\s+)?(?P<month>{MONTH})(?:a|e|ye)?\.?{_SEP}{_YEAR}(?!\d)"
)
MONTH_DAY_YEAR = re.compile(rf"(?<!\w)(?P<month>{MONTH})\.?\s+{_DAY}{_SEP}{_YEAR}(?!\d)")
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


def find_dates(text: str, day_first: bool = False) -> list[Found]:
    """Every date written in ``text`` (left to right), read ``day_first`` when the caller
    knows the report is in Arabic script; spans index into ``fold(text)``."""
    folded = fold(text)
    day_first = day_first or any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic: d/m/y
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
