"""The kind of a capture's line in its report: prose, a paragraph cut off, a short sentence.

A report is written in one script, the one most of the capture's long lines are written
in (:func:`report_script`). In it, a line is

- **prose**, a line of the report: eight words or more ending like a sentence, or twenty-five
  words or more with a comma or a stop among them;
- **cut**, a paragraph cut off: twenty words or more ending in ``...`` (a paywall's cut),
  or the report's last line, eight words or more stopping at a word (the capture's last
  line, or its last long line after prose, above a signature: :func:`kinds_of`);
- a **short sentence**: a line that ends like a sentence but is short (a report's last
  short paragraph, a caption, a headline written with a full stop or ``!``);
- **other**: a label, a headline, a teaser cut off with ``...``, a line in another script,
  teasers run together by the capture (a ticker).

:mod:`archivist.importer.reportcore` scores the lines by their kinds to find the report's core.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from .sentences import CLOSED_END, PROSE_END, ending

PROSE_WORDS = 8
LONG_WORDS = 20  # a line cut off with "..." this long is a paragraph (a paywall's cut)
#: A line this long with a clause's end inside is a paragraph that lost its stop; shorter,
#: a headline (other stories' headlines run to twenty words, with commas).
UNSTOPPED_WORDS = 25
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[.?!؟。۔,،;؛:]")  # a clause's or sentence's end, anywhere
_TEASER = ending(r"\.\.\.|…")  # cut off: a teaser, or a paywall's cut
#: Teasers run together by the capture: a cut's dots between two words, no space.
_GLUED_CUT = re.compile(r"[^\W\d_](?:\.\.\.|…)[^\W\d_]")
GLUED_CUTS = 3  # a line with this many is a ticker of headlines, never prose
#: A line that stops at a word, perhaps before a quotation mark: cut off mid-sentence.
_AT_A_WORD = re.compile(r"\w[\s\"“”«„]*$")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")


class Kind(Enum):
    PROSE = "prose"
    CUT = "cut"
    SHORT = "short sentence"
    OTHER = "other"


def script_of(text: str) -> str:
    """``arabic`` when most of ``text``'s letters are Arabic-script ones, ``latin`` when
    some letters are and fewer than half, "" when it has no letters."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return ""
    return "arabic" if 2 * len(_ARABIC.findall(text)) > letters else "latin"


def report_script(blocks: tuple[str, ...]) -> str:
    """The script most of the capture's long lines (by words) are written in."""
    counts = {"arabic": 0, "latin": 0, "": 0}
    for block in blocks:
        words = len(_WORD.findall(block))
        if words >= PROSE_WORDS:
            counts[script_of(block)] += words
    return max(("arabic", "latin"), key=lambda script: counts[script])


def kind_of(block: str, script: str, last: bool = False) -> Kind:
    """Whether ``block`` (the capture's ``last`` line or not) is prose of a report written
    in ``script``, a paragraph cut off, a short sentence, or something else."""
    text = _bare(block)
    words = len(_WORD.findall(text))
    if script_of(text) != script or is_ticker(text):
        return Kind.OTHER  # another script's line, or teasers run together
    if _TEASER.search(text):
        return Kind.CUT if words >= LONG_WORDS else Kind.OTHER
    if words >= UNSTOPPED_WORDS and _CLAUSE.search(text):
        return Kind.PROSE  # a paragraph whose last sentence lacks its stop
    if PROSE_END.search(text) and words >= PROSE_WORDS:
        return Kind.PROSE
    if CLOSED_END.search(text):
        return Kind.SHORT  # "Tags:", "Share:" are labels, "...!" a headline's end too
    return Kind.CUT if last and words >= PROSE_WORDS and _AT_A_WORD.search(text) else Kind.OTHER


def kinds_of(blocks: tuple[str, ...], script: str) -> tuple[Kind, ...]:
    """Each line's kind in a report written in ``script``. The report's last paragraph may
    lack its stop: the capture's last line, or the last line of ``PROSE_WORDS`` words or
    more when it follows a line of prose and only short lines that are no sentences (a
    reporter's signature, a credit) follow it."""
    last = len(blocks) - 1
    kinds = [kind_of(block, script, i == last) for i, block in enumerate(blocks)]
    end = next((i for i in range(last, -1, -1) if len(_WORD.findall(blocks[i])) >= PROSE_WORDS), -1)
    signed = all(kind is Kind.OTHER for kind in kinds[end + 1 :])
    if 0 < end < last and kinds[end - 1] is Kind.PROSE and signed:
        kinds[end] = kind_of(blocks[end], script, last=True)
    return tuple(kinds)


def is_ticker(block: str) -> bool:
    """Teasers of other stories run together by the capture (``... bank deal in
    Erbil...Raqqa market reopens...``): ``GLUED_CUTS`` cuts or more between two words,
    without a space. Never prose, never a headline."""
    return len(_GLUED_CUT.findall(block)) >= GLUED_CUTS


def _bare(block: str) -> str:
    """The line on one line, without the symbols after its last word or stop (``🙂``)."""
    text = " ".join(block.split())
    end = len(text)
    while end and (text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] in "SM"):
        end -= 1
    return text[:end]
