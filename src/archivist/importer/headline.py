"""The top of a capture: its headline, its dateline, and the body that follows them.

Only the head counts for the publication date: a line near the title that is a date and
little else (``9 May 2024   05:44``, ``Thursday, 9 May 2024``, ``Qamishlo, 9 May 2024 (ANHA)``)
or the page's ``article:published_time``. Dates in the report's sentences are dates of
events. A title repeated near the top, and the datelines, are removed from the body. What
shape a headline, a byline or a label under the title has is :mod:`headfields`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.text.folding import fold

from .captions import caption_lines, ends_with_credit, is_credit_line
from .datelines import Dateline, dateline, publication_date
from .headfields import byline_name, head_label, kicked, title_like
from .linekinds import Kind, kind_of, report_script
from .plaintext import BULLETS
from .sentences import CLOSED_END
from .wordstems import stems as _stems

HEAD_BLOCKS = 8
TITLE_SEARCH = 5
_WORD = re.compile(r"\w+")
#: a Markdown heading's hashes, or a list's bullet or dash, in front of a headline
_MARKDOWN_HEADING = re.compile(rf"^\s*(?:#{{1,6}}|[{re.escape(BULLETS)}])\s+")
#: " - Site", " | Site", " – tag line": what follows a headline in a page's <title>.
_SEPARATOR = re.compile(r"\s+[-|–—]\s+")
MAX_TAIL_WORDS = 4
_QUOTES = "\"'“”‘’«»„"
REPORT_WORDS = 12  # a paragraph of this many words that ends a sentence is the report's
MAX_KICKER = 60
MIN_TITLE_PREFIX = 10
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 18  # the longest headline of the blind sets has 15
LEDE_WORDS = 40
ENOUGH_SHARED = 3
LEAD_BLOCKS = 5  # a headline shares a word with the paragraphs that follow it


@dataclass(frozen=True)
class Head:
    title: str
    date: PartialDate | None
    date_evidence: str  # the dateline or meta value the date was read from
    flags: tuple[str, ...]
    body: tuple[str, ...]
    authors: tuple[str, ...] = ()


def read_head(
    blocks: tuple[str, ...],
    meta_title: str = "",
    meta_published: str = "",
    headings: frozenset[str] = frozenset(),
) -> Head:
    """Split the cleaned paragraphs into title, publication date and body; ``headings``
    are the lines the page marks as headings, kept as the report's subheadings."""
    title, title_index, start, flags = _settle_title(blocks, meta_title)
    # kickers, section names and site names above the headline are not the report
    drop = {
        i
        for i in range(start)
        if (len(blocks[i]) <= MAX_KICKER and "\n" not in blocks[i])
        or (
            title_index >= 0 and (_repeats_title(blocks[i], title) or _ends(fold(blocks[i]), title))
        )
    }
    drop |= {title_index} if title_index >= 0 else set()
    day_first = report_script(blocks) == "arabic"  # "9-7-2017" on an Arabic page
    datelines: list[Dateline] = []
    for index in sorted(drop - {title_index}):  # a date above the headline is read too
        if (found := dateline(blocks[index], day_first)) is not None:
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
        if (title_index >= 0 and _repeats_title(blocks[index], title)) or is_credit_line(
            blocks[index]
        ):
            drop.add(index)  # the headline again, or a photo's credit under it
        elif (found := dateline(blocks[index], day_first)) is not None:
            drop.add(index)
            datelines.append(found)
        elif name := byline_name(blocks[index]):
            drop.add(index)
            authors.append(name)
        elif not in_lede and head_label(blocks[index]) and blocks[index] not in headings:
            drop.add(index)  # an author's name, a section, a box's label under the title
    date, evidence, date_flag = publication_date(datelines, meta_published)
    body = tuple(block for index, block in enumerate(blocks) if index not in drop)
    flags += [date_flag] if date_flag else []
    return Head(title, date, evidence, tuple(flags), body, tuple(authors))


def _settle_title(blocks: tuple[str, ...], meta_title: str) -> tuple[str, int, int, list[str]]:
    """(title, its index or -1 when it stays in the body, where the head starts, flags)."""
    title, title_index = find_title(blocks, meta_title)
    flags: list[str] = [] if title else ["no title found"]
    lede = report_start(blocks, title_index) if title_index > 0 and not meta_title else -1
    above = next((i for i in range(lede) if title_like(blocks[i])), -1) if lede > 0 else -1
    if above >= 0:  # a headline above the report beats a line from inside it
        title = _MARKDOWN_HEADING.sub("", blocks[above].strip())
        return title, above, above, [f"title “{title}” is a line above the report; check it"]
    if lede >= 0:
        flags.append(f"no headline in the capture: write the title (“{title}” is in the report)")
        # a subheading shares words with the paragraph it opens: it stays in the body;
        # a teaser of another page does not, and goes; so does the capture's last line,
        # unless it is the report's prose (often cut off mid-sentence by the capture)
        following = blocks[title_index + 1 : title_index + 2]
        prose = kind_of(title, report_script(blocks), last=True) in (Kind.PROSE, Kind.CUT)
        teaser = not (_shares_words(title, following) if following else prose)
        return title, (title_index if teaser else -1), lede, flags
    after = blocks[title_index + 1 :] if title_index >= 0 else blocks
    flags += title_doubts(title, after) + _tail_doubt(title, after)
    if not meta_title and len(_WORD.findall(fold(title))) > MAX_TITLE_WORDS:
        # a line longer than any headline, in a text capture, is the report's lede: it
        # stays in the body as well as standing in (flagged) for the title
        return title, -1, max(title_index, 0), flags
    return title, title_index, max(title_index, 0), flags


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
    captions = caption_lines(blocks)
    candidates = [
        i
        for i, block in enumerate(blocks[:TITLE_SEARCH])
        if title_like(block) and i not in captions
    ]
    if not candidates:  # "ISIS resurgence | Cells attack ...": a kicker, then the headline
        return next(
            (
                (blocks[i].strip(), i)
                for i in range(len(blocks[:TITLE_SEARCH]))
                if kicked(blocks[i])
            ),
            ("", -1),
        )
    # a headline shares words with the report under it; "Logo Wide", a site's name, a
    # photo's label share none or one by chance: the headline is the first line that
    # shares at least half as many word stems as the line sharing most (counted up to
    # three, so that a long standfirst does not outweigh a short headline)
    shared = [
        min(_shared(blocks[i], blocks[i + 1 : i + 1 + LEAD_BLOCKS]), ENOUGH_SHARED)
        for i in candidates
    ]
    chosen = next(i for i, n in zip(candidates, shared, strict=True) if 2 * n >= max(shared))
    # "Headline - Site": the page also states the headline alone, further down
    head = _SEPARATOR.split(blocks[chosen].strip())[:-1]
    if head:
        key = fold(" - ".join(head))
        chosen = next((i for i in candidates if fold(blocks[i]) == key), chosen)
    # "Home News Kobani: Headline", then "Kobani: Headline": a breadcrumb before the headline
    key = fold(blocks[chosen])
    chosen = next((i for i in candidates if i > chosen and _ends(key, blocks[i])), chosen)
    return _MARKDOWN_HEADING.sub("", blocks[chosen].strip()), chosen


def report_start(blocks: tuple[str, ...], index: int) -> int:
    """The report's first paragraph when it comes before the title at ``index`` (the capture
    starts with the report, so the title is a subheading), else -1."""
    return next(
        (
            i
            for i, block in enumerate(blocks[:index])
            if CLOSED_END.search(block.strip())
            and len(_WORD.findall(block)) >= REPORT_WORDS
            and not _repeats_title(block, blocks[index])
        ),
        -1,
    )


def title_doubts(title: str, after: tuple[str, ...]) -> list[str]:
    """Why a title may not be the headline, the first that holds: a bar or a credit in it,
    too short or too long, or no word in common with the report."""
    if not title:
        return []
    words = len(_WORD.findall(fold(title)))
    doubts = (
        (kicked(title), "holds a bar (“ | ”): is all of it the headline?"),
        # "Syrian Democratic Forces (Reuters)": a photo's caption above the report
        (ends_with_credit(title), "ends with a name in brackets: a photo's caption?"),
        (words < MIN_TITLE_WORDS, f"is only {words} word(s): is it the headline?"),
        # a site's sentence around the headline, a lede
        (words > MAX_TITLE_WORDS, f"is {words} words long: is it the headline?"),
        (
            bool(after) and not _shares_words(title, after[:LEAD_BLOCKS]),
            "shares no word with the report: is it the headline?",
        ),
    )
    return next(([f"title “{title}” {doubt}"] for holds, doubt in doubts if holds), [])


def _repeats_title(block: str, title: str) -> bool:
    """The headline again, alone or with a site's name after a separator."""
    parts = _SEPARATOR.split(block.strip())
    key = fold(title)
    return fold(block) == key or (len(parts) > 1 and fold(" - ".join(parts[:-1])) == key)


def _tail_doubt(title: str, after: tuple[str, ...]) -> list[str]:
    """A short last part after " - " or " | " that the report never mentions: a site's name
    or tag line kept on the headline."""
    parts = _SEPARATOR.split(title.strip())
    tail = parts[-1] if len(parts) > 1 else ""
    if not tail or len(_WORD.findall(tail)) > MAX_TAIL_WORDS:
        return []
    if _quoted(tail, after):  # "Exclusive – Raqqa Today", the report quoting "Raqqa Today"
        return [f"title ends with “{tail}”, a name the report quotes: a byline, not the headline?"]
    if _shares_words(tail, after):
        return []
    if set(_WORD.findall(fold(tail))) & set(_WORD.findall(fold("\n".join(after)))):
        return []  # a short name the report uses too ("– SDF")
    return [f"title ends with “{tail}”, which the report never names: is it the site's?"]


def _ends(line: str, title: str) -> bool:
    """Whether the folded ``line`` is some words, then ``title``: a breadcrumb's trail and
    the headline."""
    return line.endswith(" " + fold(title).strip())


def _quoted(name: str, following: tuple[str, ...]) -> bool:
    """Whether the paragraphs write ``name`` between quotation marks, as a name."""
    quoted = re.compile(rf"[{_QUOTES}]\s*{re.escape(fold(name))}\s*[{_QUOTES}]")
    return quoted.search(fold("\n".join(following))) is not None


def _shares_words(title: str, following: tuple[str, ...]) -> bool:
    return _shared(title, following) > 0


def _shared(title: str, following: tuple[str, ...]) -> int:
    """How many of the title's word stems the following paragraphs hold."""
    return len(_stems(title) & _stems("\n".join(following)))
