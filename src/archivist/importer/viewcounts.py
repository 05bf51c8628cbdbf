"""A page's view counter: how often the page was seen or read, never a line of the report.

News sites print the count by the date, often behind a bullet or an eye icon, in words
that say "seen" or "read" and a number:

- English: ``981 views``, ``Viewed 981 times``, ``Views: 1,204``, ``Read 981 times``;
- Turkish: ``981 kez görüntülendi``, ``981 kez okundu``, ``Okunma: 981``, ``Okunma sayısı:
  981``, ``981 görüntülenme``;
- Arabic: ``981 مشاهدة``, ``عدد المشاهدات: 981``, ``المشاهدات 981``, ``قرئ 981 مرة``;
- Kurmanji: ``981 caran hate dîtin`` ("seen 981 times"), ``981 caran hate xwendin``,
  ``Dîtin: 981``.

A bare number on its line is the frame's too (``boilerplate``); here the number has its
word. A report's sentence that counts views says more than the count.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .plaintext import BULLET

_NUMBER = r"\d{1,3}(?:[,. ]\d{3})*|\d+"
#: The words a counter puts after its number (folded): "views", "kez görüntülendi".
_AFTER = (
    r"views?|reads?|times (?:viewed|read)|(?:kez|kere|defa) (?:goruntulendi|okundu|izlendi)"
    r"|goruntulenme|okunma|izlenme|مشاهده|مشاهدات|قراءه|قراءات|مره"
    r"|(?:car|caran) (?:hat|hate|hatiye) (?:ditin|xwendin)|ditin|xwendin"
)
#: The words a counter puts before its number (folded): "Viewed", "Okunma sayısı:".
_BEFORE = (
    r"views?|viewed|read|hits|okunma(?: sayisi)?|goruntulenme(?: sayisi)?|izlenme"
    r"|(?:عدد )?(?:المشاهدات|القراءات|مرات المشاهده|مرات القراءه)|المشاهدات|قرئ|قرات"
    r"|ditin|hatiye xwendin|hat xwendin"
)
_COUNTER = re.compile(
    rf"^(?:{_NUMBER}) (?:{_AFTER})"
    rf"|^(?:{_BEFORE})\s*:?\s*(?:{_NUMBER})(?: (?:times|kez|kere|مره|caran?))?$"
)


def is_view_count(block: str) -> bool:
    """A line that counts the page's views or reads and says nothing else, perhaps behind
    a bullet and with a full stop: ``• 981 kez görüntülendi.``, ``Viewed 1,204 times``."""
    text = BULLET.sub("", block.strip(), count=1)
    folded = fold(text).rstrip(". ")
    found = _COUNTER.match(folded)
    return "\n" not in text and found is not None and found.end() == len(folded)
