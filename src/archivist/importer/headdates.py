"""The publication date against the whole capture, once the head is read
(:func:`archivist.importer.headline.read_head` reads only the cleaned head):

- **A masthead's day**: a date standing more than two lines above the headline, with the
  site's masthead between them (``الثلاثاء 23 أبريل 2024``, the editor's name, a section,
  then the headline), is the day the page was shown, not the report's: it is not taken,
  and the review says so. A report's own dateline stands by its headline; a bare date
  exactly two lines above it (the site's name and its slogan between them?) is taken,
  and the review asks. A date just above the headline that names its weekday and no
  hour (``Sunday 8 December 2019``) is a masthead's day too: not taken, and the review
  says so; a report's dateline with its weekday gives its hour as well.
- **The site's day**: a date above the headline whose month or weekday is named in another
  language than the report's (``Wednesday, 18 February 2026`` over a Kurmanji report) is
  most often the day the site's own frame shows; it is taken, and the review asks, unless
  the headline stands above it too (headline, date, headline again): then the date is the
  report's own, whatever language the site's software writes it in.
- **A statement's signature**: a capture whose head states no date, ending with a date
  alone between its last sentence and the signer's name, is dated by it, flagged
  (:func:`archivist.importer.datelines.signed_date`); one whose last line is a labelled
  date (``Güncelleme Tarihi: 17 Eylül 2014``), by that, flagged (``stamped_date``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from archivist.text.folding import fold

from .datelines import Dateline, has_label, signed_date, stamped_date
from .headline import Head
from .pubdate import MIN_TELLING_NAME, WEEKDAYS, written_in

MASTHEAD_LINES = 2  # lines a report's dateline may stand above its headline
_HOUR = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![.\d])")  # "13:40", "8:42 AM", "20.45"
_WORD = re.compile(r"\w+")  # "sunday" of "Sunday, 8 December 2019"


def settle_date(head: Head, raw: tuple[str, ...], language: str = "") -> Head:
    """``head`` with its date checked against the capture's lines ``raw`` and the report's
    ``language``."""
    found = head.date is not None
    gap, restated = _around_date(raw, head.date_evidence, head.title) if found else (-1, False)
    line = head.date_evidence.strip()
    if gap > MASTHEAD_LINES:
        flag = f"date “{line}” is {gap} lines above the headline (a masthead's?): not taken"
        return replace(head, date=None, date_evidence="", flags=(*head.flags, flag))
    # in another language than the report's it is the site's day, asked about below
    if gap >= 0 and not restated and _todays(line) and written_in(line, language) is not False:
        flag = f"date “{line}” above the headline names its weekday, not its hour (today's?)"
        return replace(head, date=None, date_evidence="", flags=(*head.flags, f"{flag}: not taken"))
    if gap == MASTHEAD_LINES and not has_label(line):  # a bare date over two lines
        flag = f"date “{line}” is {gap} lines above the headline: the report's or a masthead's?"
        head = replace(head, flags=(*head.flags, flag))
    framed = gap >= 0 and not restated
    if framed and language and written_in(line, language) is False:
        flag = f"date “{line}” above the headline is not in the report's language: check it"
        return replace(head, flags=(*head.flags, flag))
    if "no date found" not in head.flags or (foot := _foot_date(raw)) is None:
        return head
    stated, flag = foot
    kept = tuple(f for f in head.flags if f != "no date found")
    return replace(head, date=stated.date, date_evidence=stated.text, flags=(*kept, flag))


def _todays(line: str) -> bool:
    """A date line with its weekday and no time of day (``Sunday 8 December 2019``): the
    day a site's masthead shows, the day the page was viewed. A report's own dateline
    with its weekday gives the hour too (``Saturday 22 January 2022 - 13:40``)."""
    words = {word for word in _WORD.findall(fold(line)) if len(word) >= MIN_TELLING_NAME}
    return bool(words & WEEKDAYS) and _HOUR.search(line) is None


def _foot_date(raw: tuple[str, ...]) -> tuple[Dateline, str] | None:
    """The date a statement is signed with, else the date the page stamps as its last line,
    with the flag that asks about it; None when the foot states neither."""
    if (signed := signed_date(raw)) is not None:
        return signed, f"date read from the signature at the foot (“{signed.text}”); check it"
    if (stamped := stamped_date(raw)) is not None:
        return stamped, f"date read from the page's stamp at its foot (“{stamped.text}”); check it"
    return None


def _around_date(raw: tuple[str, ...], evidence: str, title: str) -> tuple[int, bool]:
    """How many lines stand between the date line ``evidence`` and the headline below it
    (-1 when the date is not a line above the headline); and whether the headline stands
    above the date line too (the page states its headline, its date, then the headline
    again: the report's own date, not the frame's)."""
    lines = [fold(line.strip()) for line in raw]
    date, headline = fold(evidence.strip()), fold(title.strip())
    start = next((i for i, line in enumerate(lines) if date and line.endswith(date)), -1)
    if start < 0 or not headline:
        return -1, False
    below = next((i for i in range(start + 1, len(lines)) if lines[i].endswith(headline)), -1)
    restated = any(line.endswith(headline) for line in lines[:start])
    return (below - start - 1 if below >= 0 else -1), restated
