"""Word stems for telling whether two lines of a page speak of the same thing: a headline
and the report under it, a label and the report around it.

A stem is the first five letters of a word of four letters or more, folded, without an
Arabic article or conjunction in front (``والهجوم`` and ``الهجوم`` meet on ``هجوم``), and
not one of a few English words every report holds.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

_WORD = re.compile(r"\w+")
_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ب|ف)(?=\w{3})")
# fmt: off
_COMMON = frozenset((
    "with", "from", "that", "this", "have", "been", "were", "said", "their", "they",
    "after", "over", "into", "about", "what", "when", "will", "also", "more", "than",
))
# fmt: on


def stems(text: str) -> set[str]:
    """The word stems of ``text`` (see the module's docstring)."""
    words = (_ARTICLE.sub("", word) for word in _WORD.findall(fold(text)))
    return {w[:5] for w in words if len(w) >= 4 and not w.isdigit() and w not in _COMMON}
