"""The lines a report's head holds, by their shape: a headline, a byline, a dateline.

A headline is one line of a few words that is not a sentence, a site's name, a label, a
ticker or a date (:func:`title_like`); a kicker may stand before it behind a bar
(``ISIS resurgence | Cells attack ...``, :func:`kicked`). A byline names the reporter
(``By Name``, ``بقلم ...``, ``Yazan: ...``). :mod:`archivist.importer.headline` reads the
head with these; the furniture rules ask them which lines above a report may stay.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .captions import is_credit_line
from .datelines import dateline
from .linekinds import is_ticker
from .pageframe import is_label, is_tag_row
from .sentences import NOT_HEADLINE_END

MAX_TITLE = 200
MAX_LABEL_WORDS = 4
REPEAT_RUN = 3
_WORD = re.compile(r"\w+")
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|بقلم|كتب|yazan|nivîskar)\s*:?\s+(?P<name>[^\n]{2,60})$",
    re.IGNORECASE,
)
#: A market's or the weather's ticker: a name and a price or a temperature ("Euro 34.9437",
#: "Lefkoşa 14 °C"); "Raqqa 2019" may be a headline.
_TICKER = re.compile(r"^[^\d\n]{1,25}\s[-+]?\d[\d.,]*[.,]\d+\s*%?$|^[^\d\n]{1,25}\s-?\d+\s*°")


def byline_name(block: str) -> str:
    """The reporter a byline names (``Jane Doe`` of ``By Jane Doe``), or "" for another line."""
    found = _BYLINE.match(block.strip())
    return found.group("name") if found else ""


def is_byline(block: str) -> bool:
    """A reporter's line: ``By Name``, ``بقلم ...``, ``Yazan: ...``."""
    return _BYLINE.match(block.strip()) is not None


def head_label(block: str) -> bool:
    """A line of at most four words, not a sentence, just under the title."""
    return is_label(block) and len(_WORD.findall(block)) <= MAX_LABEL_WORDS


def is_head_field(block: str) -> bool:
    """A line the head of a report may hold: a headline, a dateline (``Raqqa / ANHA`` too)
    or a byline."""
    text = block.strip()
    if " / " in text and len(_WORD.findall(text)) <= MAX_LABEL_WORDS:
        return True  # a place and an agency: a dateline without its date
    return title_like(text) or kicked(text) or dateline(text) is not None or is_byline(text)


def kicked(block: str) -> bool:
    """A kicker, a bar and a headline twice as long (``ISIS resurgence | Cells attack ...``),
    not ``Headline | Site``: read when no line is a headline, and flagged."""
    kicker, bar, headline = block.strip().partition(" | ")
    longer = len(_WORD.findall(headline)) > 2 * len(_WORD.findall(kicker))
    return bool(bar) and longer and title_like(headline)


def title_like(block: str) -> bool:
    """A headline: one line of a few words, not a sentence, a site name, a label or a date."""
    text = block.strip()
    words = _WORD.findall(fold(text))
    return (
        "\n" not in text
        and 3 <= len(text) <= MAX_TITLE
        and len(words) >= 2
        and not _TICKER.match(text)
        and not NOT_HEADLINE_END.search(text)
        and not any(separator in text for separator in (" | ", " :: ", " » "))
        and not (" / " in text and len(words) <= MAX_LABEL_WORDS)  # "Raqqa / ANHA"
        and not (" - " in text and len(words) <= MAX_LABEL_WORDS)  # "Site - Section"
        and not (text.isupper() and len(words) <= MAX_LABEL_WORDS)
        and not _said_twice(words)
        and _BYLINE.match(text) is None
        and not is_credit_line(text)
        and not is_tag_row(text)
        and not is_ticker(text)
        and dateline(text) is None
    )


def _said_twice(words: list[str]) -> bool:
    """Whether a run of ``REPEAT_RUN`` words comes twice in a line: a masthead or a menu
    printed twice over (``رئيس التحرير ... رئيس التحرير ...``); a headline never says
    the same three words twice."""
    runs = [tuple(words[i : i + REPEAT_RUN]) for i in range(len(words) - REPEAT_RUN + 1)]
    return len(set(runs)) < len(runs)
