"""CSL ``text-case="title"`` as citeproc-js does it, for English titles only.

The text is cut at punctuation, quotation marks and brackets; in each piece, every
word of two letters or more that is in lower case and not a stop word (citeproc-js's
list of prepositions, articles and conjunctions) is capitalised, and so is the first
word and the first after ``:``, ``?`` or ``!``, stop word or not. A word with a
capital letter is left as written. A quotation mark that closes nothing, or opens
inside another of a different kind, keeps the first letter after it as written, and
a stop word ending the title is capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: citeproc-js's ``CSL.SKIP_WORDS`` that are one word (only those can match one word).
_STOP_WORDS_TEXT = """about above across afore after against al along alongside amid amidst
among amongst anenst apropos apud around as aside astride at athwart atop barring before behind
below beneath beside besides between beyond but by circa despite down during et except for
forenenst from given in inside into lest like modulo near next notwithstanding of off on onto
out over per plus pro qua sans since than through throughout thruout till to toward towards
under underneath until unto up upon versus vs. v. vs v via vis-à-vis with within without or yet
so and nor a an the de d' von van c ca"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_TAG = re.compile(r"(‘|’|“|”| \"| '|\"|'|[-–—/.,;?!:]|\[|\]|\(|\))")
_SPACE = re.compile(r"([\u00a0 \u2000-\u200b\u205f\u3000]+)")
_OPENERS = {"“": ("“", "”"), "‘": ("‘", "’"), ' "': (" '", '"'), " '": (' "', "'")}
_QUOTE = re.compile(r"(^(?:‘|’|“|”|\"|')|(?: \"| ')$)")


@dataclass
class _State:
    first: bool = True
    after_punct: bool = False
    last_word: tuple[int, int] | None = None
    quotes: list[tuple[str, str, int | None]] = field(default_factory=list)


def _capitalise(word: str) -> str:
    head = word[0]
    if "\u0370" <= head <= "\u03ff" and len(word) == 1:
        return word
    return head.upper() + word[1:]


def _words(text: str, index: int, state: _State, following: str | None) -> str:
    if not text.strip():
        return text
    parts = _SPACE.split(text)
    words = parts[::2]
    for j, word in enumerate(words):
        if not word:
            continue
        lower = word.lower()
        capitalise = (
            (len(word) > 1 and lower not in STOP_WORDS)
            or (j == len(words) - 1 and following == "-")
            or state.first
            or state.after_punct
        )
        if capitalise and word == lower:
            words[j] = _capitalise(word)
        state.first = state.after_punct = False
        state.last_word = (index, j)
    parts[::2] = words
    return "".join(parts)


def _quote(tag: str, position: int, state: _State) -> int | None:
    """The piece whose first letter stays as written, if this quotation mark is unmatched."""
    match = _QUOTE.search(tag)
    if not match:
        return None
    mark = match.group(1)
    if mark in _OPENERS:
        opener, closer = _OPENERS[mark]
        if not state.quotes or mark == state.quotes[-1][0]:
            state.quotes.append((opener, closer, position))
            return None
        previous = state.quotes.pop()[2]
        state.quotes.append((opener, closer, None))
        return previous
    if state.quotes and mark == state.quotes[-1][1]:
        state.quotes.pop()
        return None
    return position


def _capitalise_last(strings: list[str], at: int, j: int) -> None:
    """A stop word that ends the title is capitalised."""
    parts = _SPACE.split(strings[at])
    word = parts[2 * j]
    if len(word) > 1 and word.lower() in STOP_WORDS:
        parts[2 * j] = _capitalise(word)
    strings[at] = "".join(parts)


def title_case(text: str, language: str) -> str:
    """``text`` in title case when ``language`` is English (``en…``), else as it is."""
    if language[:2] != "en" or not text:
        return text
    pieces = _TAG.split(text)
    strings, tags = pieces[::2], pieces[1::2]
    original = list(strings)
    state = _State()
    if strings[0].strip():
        strings[0] = _words(strings[0], 0, state, tags[0] if tags else None)
    for i, tag in enumerate(tags):
        if tag[-1] in "!?:":
            state.after_punct = True
        piece = strings[i + 1]
        strings[i + 1] = _words(piece, i + 1, state, None)
        kept = _quote(tag, i, state)
        if kept is not None:
            strings[kept + 1] = original[kept + 1][:1] + strings[kept + 1][1:]
            state.last_word = None
        if piece.strip():
            state.first = state.after_punct = False
    for _, _, position in state.quotes:
        if position is not None:
            strings[position + 1] = original[position + 1][:1] + strings[position + 1][1:]
    if state.last_word:
        _capitalise_last(strings, *state.last_word)
    pieces[::2] = strings
    return "".join(pieces)
