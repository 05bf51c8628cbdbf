"""Word stems for telling whether two lines of a page speak of the same thing: a headline
and the report under it, a label and the report around it, a line and the page's address.

A word's stem (:func:`stem`) is its first five letters, folded, without an Arabic article
or conjunction in front (``والهجوم`` and ``الهجوم`` meet on ``هجوم``). The stems of a line
(:func:`stems`) are those of its words of four letters or more, but for numbers and a few
English words every report holds: what two passages of prose must share. An address's words
(``addresstitle``) mirror its headline word by word, so every one of them counts there.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

STEM = 5  # "killed" and "kills", "ارهابه" and "ارهاب" meet on their first letters
MIN_LETTERS = 4  # a shorter word tells nothing of what a line speaks of
_WORD = re.compile(r"\w+")
_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ب|ف)(?=\w{3})")
# fmt: off
_COMMON = frozenset((
    "with", "from", "that", "this", "have", "been", "were", "said", "their", "they",
    "after", "over", "into", "about", "what", "when", "will", "also", "more", "than",
))
# fmt: on


def stem(word: str) -> str:
    """The stem of one folded word: its first ``STEM`` letters, without an Arabic article."""
    return _ARTICLE.sub("", word)[:STEM]


def stems(text: str) -> set[str]:
    """The stems of the words of ``text`` that tell what it speaks of (see the module's
    docstring)."""
    return {stem(word) for word in _WORD.findall(fold(text)) if _telling(word)}


def _telling(word: str) -> bool:
    bare = _ARTICLE.sub("", word)
    return len(bare) >= MIN_LETTERS and not bare.isdigit() and bare not in _COMMON
