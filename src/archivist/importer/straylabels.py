"""Labels inside the report's run that share no word with it.

The report's core (``reportcore``) keeps a short line between two of its paragraphs: a
subheading speaks of what follows (``Reluctant repatriation``, ``تفاصيل الهجوم``, ``KAMPA
ROJ``), and shares a word with the report. A line that shares none is the page's, set in the
report's run by its layout: a byline in capitals (``SIBELIA EL-IBRAHIM``), a section's name
and an embedded box's label (``MENA``, ``Live Story``), a summary box's title, a read-time
line. Such a line goes when it is short, holds no digit (a date, a time or a count may be a
timeline's or the head's date, read later), is not over a line that holds one (``Update``
over its date) and is no byline (its author is read later).
"""

from __future__ import annotations

import re

from .headfields import is_byline
from .linekinds import Kind
from .reportcore import Reading
from .wordstems import stems

LABEL_WORDS = 6
_WORD = re.compile(r"\w+")


def stray_labels(reading: Reading) -> frozenset[int]:
    """The indices of the short labels inside the report's core that share no word stem
    with its prose (see the module's docstring)."""
    blocks, kinds, span = reading.blocks, reading.kinds, reading.core
    prose = stems("\n".join(blocks[i] for i in span if kinds[i] is Kind.PROSE))
    return frozenset(
        i
        for i in span
        if kinds[i] is Kind.OTHER and _stray(blocks[i], prose) and not _dated(blocks, i + 1)
    )


def _dated(blocks: tuple[str, ...], index: int) -> bool:
    """The line at ``index`` is a short one with a digit: the label above it is its date's
    (``Update`` over ``13 May 2024 10:15``, a timeline's heading)."""
    if index >= len(blocks) or len(_WORD.findall(blocks[index])) > LABEL_WORDS:
        return False
    return any(ch.isdigit() for ch in blocks[index])


def _stray(block: str, prose: set[str]) -> bool:
    text = block.strip()
    words = _WORD.findall(text)
    own = stems(text)
    if not own or len(words) > LABEL_WORDS or any(ch.isdigit() for ch in text):
        return False
    if is_byline(text):
        return False
    return not any(p.startswith(s) or s.startswith(p) for s in own for p in prose)
