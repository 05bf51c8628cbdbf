"""Typed access to an article's front-matter fields, and the checks of their values.

Each problem is collected with the line of its key (see :class:`Fields`), so that one
reading reports every problem of a file at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from archivist.errors import Problem

from .frontmatter import Field

_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class Fields:
    """Typed access to front-matter fields, collecting problems instead of raising."""

    def __init__(self, path: Path, fields: dict[str, Field]) -> None:
        self.path = path
        self.fields = fields
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str, fix: str) -> None:
        line = self.fields[key].line if key in self.fields else 1
        self.problems.append(Problem(self.path, line, message, fix))

    def text(self, key: str, required: bool = False) -> str:
        field = self.fields.get(key)
        value = "" if field is None or field.value is None else field.value
        if not isinstance(value, str):
            self.problem(key, f"'{key}' must be text", f"write '{key}: \"...\"' on one line")
            return ""
        value = unicodedata.normalize("NFC", value.strip())
        if required and not _visible(value):
            written = field is not None and bool(field.value)
            message = f"'{key}' shows nothing" if written else f"the article has no {key}"
            self.problem(key, message, f"add '{key}: \"...\"' with some words")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        field = self.fields.get(key)
        if field is None or field.value is None:
            return ()
        values = [field.value] if isinstance(field.value, str) else field.value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            self.problem(key, f"'{key}' must be a list of names", f"write '{key}: [first, second]'")
            return ()
        cleaned = (unicodedata.normalize("NFC", v.strip()) for v in values)
        return tuple(dict.fromkeys(v for v in cleaned if v))

    def checked(self, key: str, check: Callable[[str], Any], fix: str) -> Any:
        """The text of ``key`` passed through ``check``; None when absent or invalid."""
        value = self.text(key)
        if not value:
            return None
        try:
            return check(value)
        except ValueError as error:
            self.problem(key, f"'{key}' is not valid: {error}", fix)
            return None


def language_code(value: str) -> str:
    if not _LANGUAGE_TAG.match(value):
        raise ValueError(f"'{value}' is not a language code")
    return value


def web_address(value: str) -> str:
    if not _URL.match(value):
        raise ValueError(f"'{value}' is not a web address")
    return value


def _visible(text: str) -> bool:
    """True when ``text`` shows something: not only spaces and invisible format
    characters (zero-width spaces, direction marks)."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)
