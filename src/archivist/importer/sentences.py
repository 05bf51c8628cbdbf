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
  headline never ends with (it may end with ``?``, ``!`` or ``…``, also written with
  stops: ``.. يتبنى العملية..``); a line ending with ``؛`` runs on, it is no headline.

:func:`ending` builds the same end for another stop (a teaser's ``...``).
:data:`SENTENCE_BREAK` finds the same closed stops inside a paragraph, before the next
sentence (an abbreviation's full stop is the caller's to tell apart). :func:`cut_off`
tells a capture's last line cut off mid-sentence where the capture ends.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .inflection import KURMANJI_ENDINGS, is_arabic

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
#: A full stop after another is an ellipsis written with stops (``..``, ``...``).
NOT_HEADLINE_END = ending(
    rf"(?<!\.)\.|{_marks(FULL_STOPS.replace('.', ''), COLON, ARABIC_SEMICOLON)}"
)
SENTENCE_BREAK = re.compile(
    rf"{_marks(FULL_STOPS, QUESTION_MARKS, EXCLAMATION, ELLIPSIS)}{_CLOSERS}(?=\s+\S)"
)

#: Endings a name takes in the report without being cut: Kurmanji obliques, Turkish cases,
#: English plurals (``Rûdawê``, ``Ajansına``, ``AFPs``).
_ENDINGS = frozenset(
    (*KURMANJI_ENDINGS, "s", "es", "nin", "in", "na", "ne", "da", "de", "ta", "te")
)


def cut_off(line: str, blocks: tuple[str, ...]) -> bool:
    """Whether ``line``, the capture's last, is a sentence cut off where the capture ends,
    not a credit: it ends in a lowercase word (``Margaret Griffis is``, ``Di se``), a
    single letter (``وأوردت أ``) or the start of a longer word of the report (``Ami`` of
    ``Amid``, ``komku`` of ``komkujiyê``; an ending such as Kurmanji ``Rûdawê`` is no cut)."""
    if not line or not blocks or line not in blocks[-1]:
        return False
    last = re.findall(r"\w+", line)[-1]
    if len(last) == 1 or (last.isalpha() and last.islower() and not is_arabic(last)):
        return True
    report = {word for block in blocks[:-1] for word in re.findall(r"\w+", fold(block))}
    stem = fold(last)
    return any(
        word.startswith(stem) and word[len(stem) :] not in _ENDINGS
        for word in report
        if len(word) > len(stem)
    )
