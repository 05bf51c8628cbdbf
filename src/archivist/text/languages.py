"""Language codes the archive displays: names and writing direction."""

from __future__ import annotations

NAMES = {
    "ar": "Arabic",
    "ckb": "Central Kurdish (Sorani)",
    "de": "German",
    "en": "English",
    "fa": "Persian",
    "fr": "French",
    "ku": "Kurdish (Kurmanji)",
    "tr": "Turkish",
}
NATIVE_NAMES = {"ar": "العربية", "ckb": "کوردی", "fa": "فارسی", "ku": "Kurdî", "tr": "Türkçe"}
RTL = frozenset({"ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})


def base(code: str) -> str:
    return code.split("-", maxsplit=1)[0].lower()


def name(code: str) -> str:
    """English name of a language, e.g. ``Arabic``; the code itself when unknown."""
    return NAMES.get(base(code), code)


def direction(code: str) -> str:
    """``rtl`` for right-to-left scripts, else ``ltr``."""
    return "rtl" if base(code) in RTL else "ltr"
