"""Fold text so that spellings of one word meet: the archive's one normalisation.

Used for place-name keys (gazetteer), for index and page names, and as the
first step of the search pipeline in Python; ``theme/static/js/`` carries its
JavaScript twin, held to the same behaviour by ``tests/vectors/fold.json``.

What folds, and why:
- case (``casefold``) and Latin diacritics: ``Serêkaniyê`` -> ``serekaniye``;
- Arabic harakat, hamza carriers and madda (dropped with the other combining
  marks after canonical decomposition): ``أ إ آ`` -> ``ا``, ``ؤ`` -> ``و``, ``ئ`` -> ``ي``;
- Arabic letter variants that are one letter to a reader: ``ى`` -> ``ي``, ``ة`` -> ``ه``,
  ``ٱ`` -> ``ا``, and the Persian/Kurdish forms ``ک`` -> ``ك``, ``ی`` -> ``ي``;
- tatweel (``ـ``) and zero-width joiners are removed; Arabic-Indic digits become ASCII;
- apostrophes and ayn/hamza signs in transliterations are removed (``Sina'a`` = ``Sina’a``);
- hyphens, underscores and runs of white space become one space.
"""

from __future__ import annotations

import re
import unicodedata

_LETTERS = str.maketrans(
    {
        "ى": "ي",
        "ة": "ه",
        "ٱ": "ا",
        "ک": "ك",
        "ی": "ي",
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "æ": "ae",
        "œ": "oe",
        "ـ": None,
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        "'": None,
        "’": None,
        "‘": None,
        "ʿ": None,
        "ʾ": None,
        "`": None,
        "´": None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_]+")


def fold(text: str) -> str:
    """Fold ``text`` for matching; see the module's docstring for the rules."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFC", bare).translate(_LETTERS)
    return _SEPARATORS.sub(" ", folded).strip()
