"""Datelines: a line near the title that is a date and little else, and the publication
date the head states with them and the page's metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.text.folding import fold

from .pageframe import is_label, is_sentence
from .pubdate import MONTH, WEEKDAYS, find_dates, parse_timestamp
from .sentences import CLOSED_END

MAX_DATELINE = 100
MAX_DATELINE_WORDS = 5
FOOT_LINES = 6  # a statement's signature is among the capture's last lines
MAX_SIGNER_WORDS = 8
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:am|pm|a\.m\.|p\.m\.|ص|م)?")
_ZONE = re.compile(r"(?:\b(?:gmt|utc|ast|eest|eet|cet|trt)\b)|[+-]\d{2}:?\d{2}\b|\bz\b")
_LABELS = re.compile(
    r"\b(?:published|posted|date|on|at|yayınlanma|yayinlanma|tarihi?|tarih|weşandin|"
    r"dîrok|dirok)\b|نشر|بتاريخ|تاريخ|في"
)
_UPDATE = re.compile(
    r"\b(?:updated?|modified|last updated|guncelle\w*|nûkirin|nukirin)\b|تحديث|تعديل"
)
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A day and its month, without the year: "25 June", "25 Haziran", "25 حزيران" (folded).
_DAY_MONTH = re.compile(rf"\d{{1,2}}\.?\s+(?:{MONTH})")
#: A date's label alone on its line, its date on the next: "Updated:", "آخر تحديث:".
_BARE_LABEL = re.compile(
    r"(?:(?:last )?updated?|modified|published|posted|guncelleme|guncellenme|yayinlanma|"
    r"yayin tarihi|(?:اخر )?تحديث|تاريخ النشر|نشر في|nukirin|wesandin)\s*:?"
)


#: A publication's label with its date right after it, folded ("تم النشر بتاريخ : 21 ...").
_PUBLISHED_ON = re.compile(
    r"(?:published(?: on)?|posted(?: on)?|yayin(?:lanma)? tarihi|(?:تم )?النشر بتاريخ|"
    r"تاريخ النشر|نشر في|wesandin)\s*:?\s*$"
)
#: Fields of a page's meta line: a bar, or a symbol standing for a clock or a pen ("🕔").
_FIELDS = re.compile(r"\s\|\s|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@dataclass(frozen=True)
class Dateline:
    date: PartialDate | None  # None: a date is there but ambiguous
    text: str
    is_update: bool


def dateline(block: str, day_first: bool = False) -> Dateline | None:
    """The date of a line that is a date and little else (read ``day_first`` in a report
    written in Arabic script); None for anything else."""
    text = block.strip()
    if "\n" in text:
        return None
    return _date_alone(text, day_first) or _labelled(text, day_first)


def has_label(text: str) -> bool:
    """A dateline that says what its date is (``Published on``, ``نُشرت في``, ``Tarih:``)."""
    return _LABELS.search(fold(text)) is not None


def _date_alone(text: str, day_first: bool) -> Dateline | None:
    """A line that is a date and little else: a label, a weekday, a time, a zone."""
    if len(text) > MAX_DATELINE:
        return None
    found = find_dates(text, day_first)
    folded = fold(text)
    update = _UPDATE.search(folded)
    if len(found) not in ((1, 2) if update else (1,)):
        return None
    rest = folded
    for date in reversed(found):
        rest = rest[: date.start] + " " + rest[date.end :]
    for pattern in (_UPDATE, _TIME, _ZONE, _LABELS):
        rest = pattern.sub(" ", rest)
    words = [w for w in _WORD.findall(rest) if w not in WEEKDAYS]
    if len(words) > MAX_DATELINE_WORDS:
        return None
    if update is None:
        return Dateline(found[0].date, text, is_update=False)
    if len(found) == 1:  # "Updated 10 May 2024", "5 May 2024 | آخر تحديث: 12:21"
        return Dateline(found[0].date, text, is_update=True)
    # "Published 9 May, updated 10 May 2024": the first, unless the line opens with the update
    published = found[1] if update.start() < found[0].start else found[0]
    return Dateline(published.date, text, is_update=False)


def _labelled(text: str, day_first: bool) -> Dateline | None:
    """A page's meta line, fields apart (``By X | Edited by Y 🕔 Published on: 21 October
    2016 4:41 pm News``), not a sentence, one field of which is a publication's label and
    its date: that date."""
    if not _FIELDS.search(text) or CLOSED_END.search(text) or len(text) > 2 * MAX_DATELINE:
        return None
    folded = fold(text)
    for found in find_dates(folded, day_first):
        if _PUBLISHED_ON.search(folded[: found.start]):
            return Dateline(found.date, text, is_update=False)
    return None


def join_labels(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """``blocks`` with a date's label alone on its line joined to the date on the next
    (``Updated:`` over ``12 March 2025``), so that the date is read with its label: an
    update's date is never taken for the publication's unflagged. A day and its month
    over the year and the hour (``25 June`` over ``20:31 2015``) are one date too."""
    joined: list[str] = []
    for block in blocks:
        previous = joined[-1].strip() if joined else ""
        if _BARE_LABEL.fullmatch(fold(previous)) and dateline(block) is not None:
            joined[-1] = f"{previous} {block.strip()}"
        elif (year := _year_alone(block)) and _DAY_MONTH.fullmatch(fold(previous)):
            joined[-1] = f"{previous} {year} {block.strip().replace(year, '').strip()}".strip()
        else:
            joined.append(block)
    return tuple(joined)


def _year_alone(block: str) -> str:
    """The year of a line that holds a year and perhaps an hour (``20:31 2015``), or ""."""
    found = _YEAR.fullmatch(_TIME.sub(" ", block.strip()).strip())
    return found.group() if found else ""


def publication_date(
    datelines: list[Dateline], meta_published: str
) -> tuple[PartialDate | None, str, str]:
    """(date, evidence, flag): a date only when the head states exactly one; when it states
    only a last-updated date, that date, flagged for the curator to check."""
    stated = [d for d in datelines if not d.is_update]
    meta_date = parse_timestamp(meta_published) if meta_published else None
    if meta_date is not None:
        if any(d.date != meta_date for d in stated):
            return None, "", "ambiguous date (page metadata and dateline disagree)"
        return meta_date, f"the capture's metadata, published {meta_published}", ""
    updated = [d for d in datelines if d.is_update and d.date is not None]
    if not stated and updated:  # a page that states only when it was last updated
        line = updated[0].text
        return updated[0].date, line, f"last-updated date ({line}): check the publication date"
    if not stated:
        return None, "", "no date found"
    dates = {d.date for d in stated}
    if None in dates or len(dates) > 1:
        shown = stated[:1] if None in dates else stated
        return None, "", "ambiguous date (" + "; ".join(d.text for d in shown) + ")"
    return stated[0].date, stated[0].text, ""


def signed_date(blocks: tuple[str, ...]) -> Dateline | None:
    """The date a statement is signed with at its foot: a line that is a date alone, right
    after the report's last sentence and right before the signer's name (``03.02.2022``
    over ``Federasyona Komeleyên Kurdistan li Swêd``); None when the foot has none. Another
    story's date in a list of links below the report follows no sentence."""
    start = max(len(blocks) - FOOT_LINES, 1)
    for index in range(start, len(blocks) - 1):
        found = dateline(blocks[index])
        if found is None or found.is_update or found.date is None:
            continue
        if is_sentence(blocks[index - 1]) and _signer(blocks[index + 1]):
            return found
    return None


def stamped_date(blocks: tuple[str, ...]) -> Dateline | None:
    """The date a page stamps under its report as the capture's last line, with its label
    (``Güncelleme Tarihi: 17 Eylül 2014, 09:40``, ``Published: 9 May 2024``); None when the
    last line is anything else. A bare date there may be another story's."""
    found = dateline(blocks[-1]) if blocks else None
    if found is None or found.date is None or not has_label(blocks[-1]):
        return None
    return found


def _signer(block: str) -> bool:
    """A name on its own line: a few words, most of them capitalised, not a sentence."""
    words = _WORD.findall(block)
    capitalised = sum(word[:1].isupper() for word in words)
    return is_label(block) and 0 < len(words) <= MAX_SIGNER_WORDS and 2 * capitalised > len(words)
