"""Slugs: the frozen, URL-safe names that make an article's permalink."""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG_LENGTH = 80
#: Names Windows refuses for a file or folder, whatever the extension: never a slug.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``Hesekê prison`` -> ``heseke-prison``.

    Returns an empty string when nothing usable is left (e.g. Arabic-only text
    that transliterates to nothing); callers decide what to do with that.
    """
    slug = _ascii_words(text)
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return slug


def is_valid_slug(slug: str) -> bool:
    return (
        len(slug) <= MAX_SLUG_LENGTH
        and bool(SLUG_PATTERN.match(slug))
        and slug not in RESERVED_NAMES
    )


def _ascii_words(text: str) -> str:
    ascii_text = unidecode(unicodedata.normalize("NFC", text)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))
