"""Identify a capture's language with py3langid (langid.py's model, shipped in its wheel).

The model covers Kurmanji (``ku``, Latin script) and Turkish (``tr``) and tells them apart
on report-length text; its ``ku`` is Kurmanji only, so Kurdish written in Arabic script
(Sorani) that it labels ``ku`` is reported as ``ckb``. Its regional Arabic labels (Egyptian
``arz``, Moroccan ``ary``) are reported as ``ar``, the archive's code for Arabic, and
``zxx`` (no linguistic content) as no language. Low confidence is flagged.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from babel import Locale
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from archivist.text.folding import fold

#: The languages a site's language switch may name, besides the archive's four.
_SWITCHED = ("ar", "en", "tr", "ku", "ckb", "fa", "fr", "de", "ru")
MIN_CONFIDENCE = 0.6
SAMPLE_CHARS = 4000
_CODES = {"arz": "ar", "ary": "ar", "zxx": ""}


@dataclass(frozen=True)
class Identified:
    code: str  # BCP 47 primary subtag, or "" when there is no text to judge
    confidence: float


@functools.cache
def _identifier() -> Any:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The language of ``text``: a code such as ``en``, ``ar``, ``ku``, ``tr``."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return Identified("", 0.0)
    code, confidence = _identifier().classify(sample)
    code = _CODES.get(str(code), str(code))
    if code == "ku" and _mostly_arabic_script(sample):
        code = "ckb"
    return Identified(code, round(float(confidence), 3) if code else 0.0)


def _mostly_arabic_script(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return arabic * 2 > len(letters)


def is_uncertain(found: Identified) -> bool:
    return not found.code or found.confidence < MIN_CONFIDENCE


@functools.cache
def _language_names() -> frozenset[str]:
    """The names of :data:`_SWITCHED`'s languages in each of the archive's four (Babel's
    CLDR data), folded: "english", "العربيه", "turkce", "kurdi"."""
    names = (
        Locale.parse(locale).languages.get(code, "")
        for locale in ("en", "ar", "tr", "ku")
        for code in _SWITCHED
    )
    return frozenset(fold(name.split(" (")[0]) for name in names if name)


def names_a_language(text: str) -> bool:
    """Whether ``text`` ends with a language's name (``English``, ``اللغة العربية``,
    ``Türkçe``): a site's language switch, not a publication or a place."""
    words = fold(text).split()
    return bool(words) and words[-1] in _language_names()
