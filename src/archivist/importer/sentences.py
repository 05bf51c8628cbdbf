"""A sentence's end: one notion for every rule that asks whether a line ends like one.

A line ends like a sentence when it ends with a stop, perhaps followed by closing quotes
and brackets, and then perhaps by the agency's credit in brackets: ``... kaydedildi.
(İLKHA)``, ``... the ministry said." (AFP)``. The stops are the full stop (``.``, and
``。``, ``۔`` in other scripts), the question mark (``?``, ``؟``), ``!``, ``…`` and ``:``.

Which stops count depends on the question asked, and each difference is a real one:

- :data:`SENTENCE_END`, every stop: a line of the report (``pageframe.is_sentence``);
  ``:`` introduces a quotation or a list.
- :data:`CLOSED_END`, every stop but ``:``: a sentence closed on its own line. A short
  line ending in ``:`` is a label (``Tags:``, ``Share:``), not a sentence.
- :data:`PROSE_END`, every stop but ``!`` and ``…``: a paragraph of the report's prose.
  ``!`` ends a headline as often as a sentence (``Car bomb hits market in Qamishli!``),
  ``…`` a teaser or a paragraph cut off.
- :data:`NOT_HEADLINE_END`, a full stop, ``:`` or the Arabic semicolon ``؛``: what a
  headline never ends with (it may end with ``?``, ``!`` or ``…``); a line ending with
  ``؛`` runs on, it is no headline.

:func:`ending` builds the same end for another stop (a teaser's ``...``).
:data:`SENTENCE_BREAK` finds the same closed stops inside a paragraph, before the next
sentence (an abbreviation's full stop is the caller's to tell apart).
"""

from __future__ import annotations

import re

FULL_STOPS = ".。۔"
QUESTION_MARKS = "?؟"
EXCLAMATION = "!"
ELLIPSIS = "…"
COLON = ":"
ARABIC_SEMICOLON = "؛"
#: A name in brackets, an agency's or a photographer's credit: ``(İLKHA)``, ``(Reuters)``,
#: ``(رويترز)``; ``(2014/2015)`` is no name. ``captions.ends_with_credit`` asks it of a line.
CREDIT_IN_BRACKETS = r"\([^()\d\n]{2,24}\)"
_CLOSERS = r"['\"”’»)\]]*"  # closing quotes and brackets
#: What may follow a sentence's stop: closing quotes and brackets, then perhaps an agency's
#: credit in brackets, then the line's end.
TAIL = rf"{_CLOSERS}(?:\s+{CREDIT_IN_BRACKETS})?$"


def ending(stop: str) -> re.Pattern[str]:
    """The end of a line at ``stop`` (a pattern), followed by what may follow a stop."""
    return re.compile(rf"(?:{stop}){TAIL}")


def _marks(*marks: str) -> str:
    return f"[{re.escape(''.join(marks))}]"


SENTENCE_END = ending(_marks(FULL_STOPS, QUESTION_MARKS, EXCLAMATION, ELLIPSIS, COLON))
CLOSED_END = ending(_marks(FULL_STOPS, QUESTION_MARKS, EXCLAMATION, ELLIPSIS))
PROSE_END = ending(_marks(FULL_STOPS, QUESTION_MARKS, COLON))
NOT_HEADLINE_END = ending(_marks(FULL_STOPS, COLON, ARABIC_SEMICOLON))
SENTENCE_BREAK = re.compile(
    rf"{_marks(FULL_STOPS, QUESTION_MARKS, EXCLAMATION, ELLIPSIS)}{_CLOSERS}(?=\s+\S)"
)
