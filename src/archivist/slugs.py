"""Slugs: the frozen, URL-safe names that make an article's permalink, and page names."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from unidecode import unidecode

from .folding import fold

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG_LENGTH = 80
#: Names Windows refuses for a file or folder, whatever the extension: never a slug.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
)
_DIGEST_LENGTH = 8


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


def name_slug(name: str) -> str:
    """The page name of a tag, place or source: never empty, one per folded spelling.

    ``Hesekê`` (composed or not), ``hesekê`` and ``Heseke`` share ``heseke``; when
    the ASCII words lose something (Arabic script, punctuation, a reserved or a very
    long name) a short digest of the folded name is added, so ``ك``/``ک`` spellings of
    one word meet while two different names never share a page. Idempotent.
    """
    folded = fold(unicodedata.normalize("NFC", name))
    words = _ascii_words(folded)
    if words == folded.replace(" ", "-") and is_valid_slug(words):
        return words
    digest = hashlib.sha256(folded.encode("utf-8", "surrogatepass")).hexdigest()[:_DIGEST_LENGTH]
    limit = MAX_SLUG_LENGTH - _DIGEST_LENGTH - 1
    stem = words if len(words) <= limit else words[:limit].rsplit("-", 1)[0]
    return f"{stem or 'n'}-{digest}"


def _ascii_words(text: str) -> str:
    ascii_text = unidecode(unicodedata.normalize("NFC", text)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text))
