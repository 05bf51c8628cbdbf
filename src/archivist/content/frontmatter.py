"""Split a Markdown file into its YAML front-matter and body, strictly.

Front-matter is data, never code: it is parsed by the project's strict YAML
(:mod:`archivist.content.strict_yaml`), which refuses anchors and aliases, explicit tags
and deep nesting, and keeps every scalar as text (``no`` stays ``"no"``, ``0123``
stays ``"0123"``); this module also refuses duplicate keys, non-mapping roots
and lone-surrogate escapes. Its size is checked before the YAML parser sees it,
so time and memory stay bounded. The content model decides what each field means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from archivist.errors import Problem, one_line

from . import strict_yaml
from .strict_yaml import YamlProblem

FENCE = "---"
#: Control characters (tab and line end excepted): never printable, and not XML. In
#: front-matter only an escape (``"\\x1b"``) brings one past the YAML reader.
CONTROL = re.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]")
MAX_FRONT_MATTER_BYTES = 64 * 1024


@dataclass(frozen=True)
class Field:
    value: Any
    line: int


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, Field]
    body: str
    body_line: int


FrontMatterError = YamlProblem  # the name this module's callers know


def split(text: str) -> tuple[str, str, int] | None:
    """Return (front-matter text, body, body's first line number), or None if absent.

    Only the first 64 KiB (and a little) are searched for the closing fence, so an
    unclosed or huge front-matter costs no more than a small one: what is returned
    then is longer than the limit, and :func:`parse` refuses it before parsing.
    """
    head = text[: MAX_FRONT_MATTER_BYTES + 16]
    lines = head.split("\n")
    if lines[0].rstrip("\r") != FENCE:
        return None
    complete = lines[1:] if len(head) == len(text) else lines[1:-1]
    offset = len(lines[0]) + 1
    start = offset
    for number, line in enumerate(complete, start=2):
        if line.rstrip("\r") in (FENCE, "..."):
            return text[start:offset], text[offset + len(line) + 1 :], number + 1
        offset += len(line) + 1
    if len(head) < len(text):
        return text[start : start + MAX_FRONT_MATTER_BYTES + 1], "", 0
    return None


def parse(text: str, path: Path) -> FrontMatter | Problem:
    """Parse a whole article file; a :class:`Problem` names the line and the fix."""
    parts = split(text)
    if parts is None:
        return Problem(
            path,
            1,
            "no front-matter found",
            "start the file with a '---' line, then 'title: ...', then a closing '---' line",
        )
    raw, body, body_line = parts
    if len(raw) > MAX_FRONT_MATTER_BYTES or (
        len(raw.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES
    ):
        return Problem(
            path,
            2,
            f"front-matter is larger than {MAX_FRONT_MATTER_BYTES // 1024} KiB",
            "keep metadata short and move long text into the body",
        )
    try:
        fields = _load_mapping(raw)
    except FrontMatterError as error:
        line = error.line + 1 if error.line is not None else None  # +1: the opening fence
        return Problem(path, line, str(error), error.fix)
    return FrontMatter(fields, body, body_line)


def _load_mapping(raw: str) -> dict[str, Field]:
    node = strict_yaml.compose(raw, "front-matter")
    if node is None:
        raise FrontMatterError("front-matter is empty", 1, "add at least 'title: ...'")
    if not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(
            "front-matter must be a mapping of 'key: value' lines",
            strict_yaml.line_of(node),
            "write one 'key: value' per line",
        )
    return _fields(node)


def _fields(node: yaml.MappingNode) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for key_node, value_node in node.value:
        line = strict_yaml.line_of(key_node)  # 1-based, within the front-matter
        if not isinstance(key_node, yaml.ScalarNode):
            raise FrontMatterError("a front-matter key must be a plain word", line)
        key = str(key_node.value)
        if key in fields:
            raise FrontMatterError(
                f"key '{key}' appears twice (first on line {fields[key].line})",
                line,
                "keep one of them",
            )
        value = strict_yaml.construct(value_node)
        if not _encodable(key) or not _encodable(value):
            raise FrontMatterError(
                f"{key!a} holds an escape that is not a character (a lone surrogate)",
                line,
                "write the character itself instead of a \\u escape",
            )
        control = _control(key) or _control(value)
        if control:
            raise FrontMatterError(
                f"{key!a} holds a control character ({one_line(control)})",
                line,
                "delete it (it may be written as an escape such as \\0, \\x1b or \\b); "
                "only printable text belongs in front-matter",
            )
        fields[key] = Field(value, line + 1)  # +1: the opening fence; a line of the file
    return fields


def _control(value: Any) -> str:
    """The first control character in any text of ``value`` (tab and line end excepted,
    which block scalars hold), or ""."""
    if isinstance(value, str):
        found = CONTROL.search(value)
        return found.group() if found else ""
    if isinstance(value, list):
        return next((c for c in map(_control, value) if c), "")
    if isinstance(value, dict):
        return next((c for k, v in value.items() for c in (_control(k), _control(v)) if c), "")
    return ""


def _encodable(value: Any) -> bool:
    """True when every text in ``value`` can be written as UTF-8 (no lone surrogates)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, list):
        return all(_encodable(item) for item in value)
    if isinstance(value, dict):
        return all(_encodable(k) and _encodable(v) for k, v in value.items())
    return True
