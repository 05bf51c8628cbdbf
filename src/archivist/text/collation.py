"""Names in the order a reader of the interface's language expects them.

The order is the Unicode Collation Algorithm's (pyuca, with the Unicode default table):
letters in each script's alphabetical order, accents and case after the letter
("Ömer" beside "Omar", not after "Z"), Arabic letters in Arabic order whatever their
hamza or joining form. Like CLDR's tailoring for Arabic, an interface written in the
Arabic script lists Arabic-script names first; other interfaces list Latin first.
"""

from __future__ import annotations

import functools
import unicodedata

from pyuca import Collator

from archivist.text.languages import base

#: Interfaces whose own script comes first, by the Unicode name of its letters.
_OWN_SCRIPT = {"ar": "ARABIC", "ckb": "ARABIC", "fa": "ARABIC", "ur": "ARABIC"}

SortKey = tuple[int, tuple[int, ...], str]


@functools.cache
def _collator() -> Collator:
    """The default collation table, read once a process (about 0.4 s)."""
    return Collator()


def script_of(text: str) -> str:
    """The script of ``text``'s first letter (``LATIN``, ``ARABIC``...); "" if none."""
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "").partition(" ")[0]
    return ""


def sort_key(name: str, language: str = "en") -> SortKey:
    """The key that sorts ``name`` in the order of interface ``language``; ties (names
    that collate alike) are broken by the text itself, so the order is total."""
    text = unicodedata.normalize("NFC", name.strip())
    own = _OWN_SCRIPT.get(base(language), "LATIN")
    return (0 if script_of(text) == own else 1, _collator().sort_key(text), text)
