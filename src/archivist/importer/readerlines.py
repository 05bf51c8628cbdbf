"""Lines that speak to the reader: the page's, never the report's.

A report tells of others and quotes them; the page around it addresses its reader, in the
second person or with an imperative: ``Please let us know if you're having issues with
commenting.``, ``SİZİN DÜŞÜNCELERİNİZ?`` ("your thoughts?"), ``You are replying to:``, ``تابع
أحدث الأخبار عبر ...`` ("follow the latest news on ..."), ``Tu jî dikarî bixwazî``. Such a
line goes when it is short, quotes no one, and lies outside the report's run of paragraphs
(not between two of its paragraphs, where a report's own sentence may address its reader).
A line with a second-person word goes only below the report's first paragraph, so that a
headline ("What you need to know about ...") stays; one that opens with an imperative to
the reader goes above it too.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .reportcore import Reading

MAX_WORDS = 20
_WORD = re.compile(r"\w+")
_QUOTES = re.compile(r"[\"“”«»„]|^['‘]")
#: The second person, folded, in the four languages: English, Turkish, Kurmanji, Arabic.
_YOU = re.compile(
    r"\b(?:you|your|yours|you're|youre|you've|siz|sizin|size|sizi|sizler|sen|senin|"
    r"tu|hun|انت|انتم)\b"
)
#: An imperative to the reader opening the line (folded): follow, subscribe.
_IMPERATIVE = re.compile(r"^(?:follow us|subscribe|تابع|تابعوا|تابعونا|اشترك|اشتركوا|takip edin)\b")


def reader_lines(reading: Reading) -> frozenset[int]:
    """The indices of the short lines outside the report's run that speak to the reader."""
    prose = [i for i in reading.prose if i in reading.core]
    if not prose:
        return frozenset()
    return frozenset(
        index
        for index, block in enumerate(reading.blocks)
        if not prose[0] < index < prose[-1] and _speaks_to_reader(block, index > prose[0])
    )


def _speaks_to_reader(block: str, below_first: bool) -> bool:
    text = fold(block.strip())
    if len(_WORD.findall(text)) > MAX_WORDS or _QUOTES.search(block.strip()):
        return False
    return bool(_IMPERATIVE.match(text) or (below_first and _YOU.search(text)))
