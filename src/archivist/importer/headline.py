"""The top of a capture: its headline, its dateline, and the body that follows them.

Only the head counts for the publication date: a line near the title that is a date and
little else (``9 May 2024   05:44``, ``Thursday, 9 May 2024``, ``Qamishlo, 9 May 2024 (ANHA)``)
or the page's ``article:published_time``. Dates in the report's sentences are dates of
events. A title repeated near the top, and the datelines, are removed from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.text.folding import fold

from .pageframe import is_label
from .pubdate import WEEKDAYS, find_dates, parse_timestamp

HEAD_BLOCKS = 8
TITLE_SEARCH = 5
MAX_TITLE = 200
MAX_DATELINE = 100
MAX_DATELINE_WORDS = 5
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:am|pm|a\.m\.|p\.m\.|ص|م)?")
_ZONE = re.compile(r"(?:\b(?:gmt|utc|ast|eest|eet|cet|trt)\b)|[+-]\d{2}:?\d{2}\b|\bz\b")
_LABELS = re.compile(
    r"\b(?:published|posted|date|on|at|yayınlanma|yayinlanma|tarihi?|tarih|weşandin|"
    r"dîrok|dirok)\b|نشر|بتاريخ|تاريخ|في"
)
_UPDATE = re.compile(
    r"\b(?:updated?|modified|last updated|güncelleme|guncelleme|nûkirin|nukirin)\b|تحديث|تعديل"
)
_WORD = re.compile(r"\w+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_ENDS_SENTENCE = re.compile(r"[.:؛]['\"”’»)\]]*$")  # also inside a closing quote
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|بقلم|كتب|yazan|nivîskar)\s*:?\s+(?P<name>[^\n]{2,60})$",
    re.IGNORECASE,
)
MAX_KICKER = 60
MIN_TITLE_PREFIX = 10
MAX_LABEL_WORDS = 4
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 18  # the longest headline of the blind sets has 15
LEDE_WORDS = 40
ENOUGH_SHARED = 3
LEAD_BLOCKS = 5  # a headline shares a word with the paragraphs that follow it
_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ب|ف)(?=\w{3})")
_COMMON = frozenset(
    (
        "with",
        "from",
        "that",
        "this",
        "have",
        "been",
        "were",
        "said",
        "their",
        "they",
        "after",
        "over",
        "into",
        "about",
        "what",
        "when",
        "will",
        "also",
        "more",
        "than",
    )
)


@dataclass(frozen=True)
class Head:
    title: str
    date: PartialDate | None
    date_evidence: str  # the dateline or meta value the date was read from
    flags: tuple[str, ...]
    body: tuple[str, ...]
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dateline:
    date: PartialDate | None  # None: a date is there but ambiguous
    text: str
    is_update: bool


def read_head(
    blocks: tuple[str, ...],
    meta_title: str = "",
    meta_published: str = "",
    headings: frozenset[str] = frozenset(),
) -> Head:
    """Split the cleaned paragraphs into title, publication date and body; ``headings``
    are the lines the page marks as headings, kept as the report's subheadings."""
    title, title_index = find_title(blocks, meta_title)
    flags: list[str] = [] if title else ["no title found"]
    flags += title_doubts(title, blocks[title_index + 1 :] if title_index >= 0 else blocks)
    start = max(title_index, 0)
    # kickers, section names and site names above the headline are not the report
    drop = {i for i in range(start) if len(blocks[i]) <= MAX_KICKER and "\n" not in blocks[i]}
    drop |= {title_index} if title_index >= 0 else set()
    datelines: list[Dateline] = []
    for index in sorted(drop - {title_index}):  # a date above the headline is read too
        if (found := dateline(blocks[index])) is not None:
            datelines.append(found)
        elif any(ch.isdigit() for ch in blocks[index]):
            flags.append(f"a line above the title was dropped unread: “{blocks[index].strip()}”")
    authors: list[str] = []
    # once the lede (a long paragraph) or a subheading the page marks below the title's
    # next line is passed, short lines are the report's, not labels under the title
    in_lede = False
    for index in range(start, min(start + HEAD_BLOCKS, len(blocks))):
        in_lede = in_lede or len(_WORD.findall(blocks[index])) >= LEDE_WORDS
        in_lede = in_lede or (index > title_index + 1 and blocks[index - 1] in headings)
        if index in drop:
            continue
        if title and fold(blocks[index]) == fold(title):
            drop.add(index)
        elif (found := dateline(blocks[index])) is not None:
            drop.add(index)
            datelines.append(found)
        elif byline := _BYLINE.match(blocks[index].strip()):
            drop.add(index)
            authors.append(byline.group("name"))
        elif not in_lede and _head_label(blocks[index]) and blocks[index] not in headings:
            drop.add(index)  # an author's name, a section, a box's label under the title
    date, evidence, date_flag = publication_date(datelines, meta_published)
    body = tuple(block for index, block in enumerate(blocks) if index not in drop)
    flags += [date_flag] if date_flag else []
    return Head(title, date, evidence, tuple(flags), body, tuple(authors))


def find_title(blocks: tuple[str, ...], meta_title: str = "") -> tuple[str, int]:
    """The headline and its index in ``blocks`` (-1 when it is not one of them)."""
    if meta_title:
        key = fold(meta_title)
        index = next((i for i, b in enumerate(blocks[:HEAD_BLOCKS]) if fold(b) == key), -1)
        if index >= 0:
            return meta_title.strip(), index
        # a <title> is often "Headline | Site": the headline is the paragraph it starts with
        for index, block in enumerate(blocks[:HEAD_BLOCKS]):
            if len(fold(block)) >= MIN_TITLE_PREFIX and key.startswith(fold(block)):
                return block.strip(), index
        return meta_title.strip(), -1
    candidates = [i for i, block in enumerate(blocks[:TITLE_SEARCH]) if _title_like(block)]
    if not candidates:
        return "", -1
    # a headline shares words with the report under it; "Logo Wide", a site's name, a
    # photo's label share none or one by chance: the headline is the first line that
    # shares at least half as many word stems as the line sharing most (counted up to
    # three, so that a long standfirst does not outweigh a short headline)
    shared = [
        min(_shared(blocks[i], blocks[i + 1 : i + 1 + LEAD_BLOCKS]), ENOUGH_SHARED)
        for i in candidates
    ]
    chosen = next(i for i, n in zip(candidates, shared, strict=True) if 2 * n >= max(shared))
    return _MARKDOWN_HEADING.sub("", blocks[chosen].strip()), chosen


def title_doubts(title: str, after: tuple[str, ...]) -> list[str]:
    """Why a title may not be the headline: too short, or no word in common with the report."""
    if not title:
        return []
    words = _WORD.findall(fold(title))
    if len(words) < MIN_TITLE_WORDS:
        return [f"title “{title}” is only {len(words)} word(s): is it the headline?"]
    if len(words) > MAX_TITLE_WORDS:  # a site's sentence around the headline, a lede
        return [f"title “{title}” is {len(words)} words long: is it the headline?"]
    if after and not _shares_words(title, after[:LEAD_BLOCKS]):
        return [f"title “{title}” shares no word with the report: is it the headline?"]
    return []


def _stems(text: str) -> set[str]:
    """Word stems for comparing a headline with a report: the first five letters of each
    word of four letters or more, without an Arabic article or conjunction in front."""
    words = (_ARTICLE.sub("", word) for word in _WORD.findall(fold(text)))
    return {w[:5] for w in words if len(w) >= 4 and not w.isdigit() and w not in _COMMON}


def _shares_words(title: str, following: tuple[str, ...]) -> bool:
    return _shared(title, following) > 0


def _shared(title: str, following: tuple[str, ...]) -> int:
    """How many of the title's word stems the following paragraphs hold."""
    return len(_stems(title) & _stems("\n".join(following)))


def _head_label(block: str) -> bool:
    """A line of at most four words, not a sentence, just under the title."""
    return is_label(block) and len(_WORD.findall(block)) <= MAX_LABEL_WORDS


def _title_like(block: str) -> bool:
    """A headline: one line of a few words, not a sentence, a site name, a label or a date."""
    text = block.strip()
    words = _WORD.findall(fold(text))
    return (
        "\n" not in text
        and 3 <= len(text) <= MAX_TITLE
        and len(words) >= 2
        and not _ENDS_SENTENCE.search(text)
        and not any(separator in text for separator in (" | ", " :: ", " » "))
        and not (" / " in text and len(words) <= MAX_LABEL_WORDS)  # "Raqqa / ANHA"
        and not (" - " in text and len(words) <= MAX_LABEL_WORDS)  # "Site - Section"
        and not (text.isupper() and len(words) <= MAX_LABEL_WORDS)
        and _BYLINE.match(text) is None
        and dateline(text) is None
    )


def dateline(block: str) -> Dateline | None:
    """The date of a line that is a date and little else; None for anything else."""
    text = block.strip()
    if "\n" in text or len(text) > MAX_DATELINE:
        return None
    found = find_dates(text)
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
