"""Names in the order a reader of the interface's language expects them.

The order is the Unicode Collation Algorithm's (pyuca, with the Unicode default table):
letters in each script's alphabetical order, accents and case after the letter
("Ömer" beside "Omar", not after "Z"), Arabic letters in Arabic order whatever their
joining form. Two things are taken from CLDR's tailoring for Arabic, which the default
table lacks: an alef with hamza or madda (أ إ آ ٱ) is an alef, so "إيران" comes after
"العراق" as in an Arabic dictionary; and an interface written in the Arabic script lists
Arabic-script names first, where other interfaces list Latin first.
"""

from __future__ import annotations

import functools
import unicodedata

from pyuca import Collator

from archivist.text.languages import base

#: Interfaces whose own script comes first, by the Unicode name of its letters.
_OWN_SCRIPT = {"ar": "ARABIC", "ckb": "ARABIC", "fa": "ARABIC", "ur": "ARABIC"}

SortKey = tuple[int, tuple[int, ...], str]
#: The alef's forms with hamza, madda or wasla, each sorted as the alef (CLDR's "ar").
_ALEF_FORMS = str.maketrans("أإآٱ", "اااا")


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
    letters = text.translate(_ALEF_FORMS)
    return (0 if script_of(text) == own else 1, _collator().sort_key(letters), text)
