"""Write a draft as a new article file: front-matter the strict loader reads back exactly.

Keys come in one fixed order; text values are double-quoted YAML scalars (JSON string
syntax, which YAML's double-quoted style accepts, with line separators and characters a
YAML reader refuses escaped), lists are flow sequences of quoted strings, and the date,
slug and language are plain. Files are created exclusively: an existing file is never
overwritten, and a slug already taken gets ``-2``, ``-3``...
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from archivist.content.frontmatter import CONTROL
from archivist.content.model import KNOWN_KEYS
from archivist.content.slugs import MAX_SLUG_LENGTH

#: The model's keys in its order, then where the draft came from.
FIELD_ORDER = (
    *KNOWN_KEYS,
    "original_source",
    "status",
    "imported_from",
    "archived",
    "capture_method",
    "capture_file",
    "raw_sha256",
    "capture_sha256",
)
PLAIN_KEYS = frozenset(
    {"slug", "date", "archived", "language", "status", "raw_sha256", "capture_sha256"}
)
_YAML_UNSAFE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
FieldValue = str | tuple[str, ...]


def quote(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that reads back unchanged."""
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def render(fields: Mapping[str, FieldValue], body: tuple[str, ...]) -> str:
    """The article file: front-matter in :data:`FIELD_ORDER` (empty values left out), body;
    control characters (a form feed, an ESC: no part of a report's text, and refused by the
    check) are left out of both."""
    fields = {key: _printable(value) for key, value in fields.items()}
    body = tuple(CONTROL.sub("", paragraph) for paragraph in body)
    unknown = set(fields) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(f"unknown front-matter keys: {sorted(unknown)}")
    lines = ["---"]
    for key in FIELD_ORDER:
        value = fields.get(key)
        if not value:
            continue
        if isinstance(value, tuple):
            lines.append(f"{key}: [{', '.join(quote(item) for item in value)}]")
        elif key in PLAIN_KEYS:
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {quote(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n"


def _printable(value: FieldValue) -> FieldValue:
    if isinstance(value, tuple):
        return tuple(CONTROL.sub("", item) for item in value)
    return CONTROL.sub("", value)


def unique_slug(base: str, taken: set[str], directory: Path) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever no article and no file has."""
    number = 1
    slug = base
    while slug in taken or (directory / f"{slug}.md").exists():
        number += 1
        suffix = f"-{number}"
        slug = base[: MAX_SLUG_LENGTH - len(suffix)].rstrip("-") + suffix
    return slug


def write_new(directory: Path, slug: str, text: str) -> Path:
    """Create ``directory/slug.md``; raise FileExistsError rather than overwrite anything."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{slug}.md"
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return path
