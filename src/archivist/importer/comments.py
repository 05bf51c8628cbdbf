"""Reader comments at the foot of a page: where they begin, so that none reaches the body.

Comments are written as sentences, so the rules for labels do not catch them; their frame
does. A comment section begins, in the second half of a capture and after the report's
first sentence, at:

- a heading that counts or names the comments: ``3 Comments``, ``Comments (2)``,
  ``التعليقات``, ``Yorumlar``, ``Şîrove``, ``2 thoughts on “...”``;
- a reply button alone on its line: ``Reply``, ``رد``, ``Yanıtla``, ``Bersiv``;
- a commenter's line: a name, a date or a time, and perhaps ``says``/``Reply``, and
  nothing of a sentence (``Jane Doe 12 May 2024 at 10:15 pm Reply``).
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .pageframe import is_sentence
from .pubdate import find_dates

_REPLY = r"(?:reply|replies|رد|الرد|yanitla|cevapla|cevap ver|bersiv|bersiv bide)"
_HEADING = re.compile(
    rf"^(?:{_REPLY}"
    r"|(?:\d+\s+)?(?:comments?|responses?|تعليقات?|التعليقات|تعليق|yorumlar?|sirove)"
    r"(?:\s*\(\d+\))?\s*:?"
    r"|\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to)\b.*)$"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d+ (?:minutes?|hours?|days?) ago\b")
_SAYS = re.compile(rf"\b(?:says|wrote|yazdi|كتب)\s*:|(?:^|\s){_REPLY}$")
MAX_HEAD_WORDS = 12
_WORD = re.compile(r"\w+")


def is_comment_head(block: str) -> bool:
    """A comment section's heading, a reply button, or a commenter's name-and-date line."""
    text = block.strip()
    folded = fold(text)
    if "\n" in text or not folded:
        return False
    if _HEADING.match(folded):
        return True
    if len(_WORD.findall(folded)) > MAX_HEAD_WORDS or text.endswith((".", "!", "?", "؟")):
        return False
    dated = bool(find_dates(text)) or bool(_TIME.search(folded))
    return dated and bool(_SAYS.search(folded))


def comments_start(blocks: tuple[str, ...]) -> int:
    """Index where the reader comments begin, or ``len(blocks)`` when there are none."""
    first_sentence = next((i for i, b in enumerate(blocks) if is_sentence(b)), len(blocks))
    start = max(len(blocks) // 2, first_sentence + 1)
    return next((i for i in range(start, len(blocks)) if is_comment_head(blocks[i])), len(blocks))
