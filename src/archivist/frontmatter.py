"""Split a Markdown file into its YAML front-matter and body, strictly.

Front-matter is data, never code: it is parsed by a ``yaml.SafeLoader``
subclass that refuses anchors and aliases, explicit tags (``!!int``,
``!!binary``, ...), nesting deeper than a few levels, duplicate keys and
non-mapping roots, and that keeps every scalar as text (``no`` stays ``"no"``,
``0123`` stays ``"0123"``); the content model decides what each field means.
Its size is checked before the YAML parser sees it, so time and memory stay bounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

FENCE = "---"
MAX_FRONT_MATTER_BYTES = 64 * 1024
#: Lists of lists of ... deeper than this are refused (the parser recurses per level).
MAX_DEPTH = 8


@dataclass(frozen=True)
class Field:
    value: Any
    line: int


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, Field]
    body: str
    body_line: int


class FrontMatterError(Exception):
    """Raised inside the loader; turned into a :class:`Problem` by :func:`parse`."""

    def __init__(self, message: str, line: int | None, fix: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.fix = fix


class _TextLoader(yaml.SafeLoader):
    """SafeLoader that keeps scalars as strings (null excepted); no aliases, tags or deep nests."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise FrontMatterError(
                "YAML anchors and aliases (& and *) are not allowed in front-matter",
                line,
                "write each value out in full",
            )
        if getattr(event, "tag", None) is not None:
            raise FrontMatterError(
                f"YAML tags ({event.tag}) are not allowed in front-matter",
                line,
                "remove the '!' tag and write the value as plain text",
            )
        if self._depth >= MAX_DEPTH:
            raise FrontMatterError(
                f"front-matter is nested more than {MAX_DEPTH} levels deep",
                line,
                "use flat 'key: value' lines and simple lists",
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """Mappings nested in a value refuse duplicate keys too (PyYAML keeps the last)."""
        seen: set[str] = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key in seen:
                raise FrontMatterError(
                    f"key '{key}' appears twice in one mapping",
                    key_node.start_mark.line + 1,
                    "keep one of them",
                )
            if key is not None:
                seen.add(key)
        return super().construct_mapping(node, deep)


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
    try:
        loader = _TextLoader(raw)
    except yaml.reader.ReaderError as error:  # control characters are refused up front
        raise FrontMatterError(
            f"front-matter holds a control character (#x{error.character:04x})",
            raw.count("\n", 0, int(error.position)) + 1,
            "delete it; only printable text belongs in front-matter",
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise FrontMatterError("front-matter is empty", 1, "add at least 'title: ...'")
        if not isinstance(node, yaml.MappingNode):
            raise FrontMatterError(
                "front-matter must be a mapping of 'key: value' lines",
                node.start_mark.line + 1,
                "write one 'key: value' per line",
            )
        return _fields(loader, node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        reason = error.problem or error.context or "invalid YAML"
        raise FrontMatterError(
            f"front-matter is not valid YAML ({reason})",
            line,
            "check quoting: put values containing ':' or '#' in double quotes",
        ) from None
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise FrontMatterError(f"front-matter is not valid YAML ({reason})", None) from None
    finally:
        loader.dispose()


def _fields(loader: _TextLoader, node: yaml.MappingNode) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1  # 1-based, within the front-matter
        if not isinstance(key_node, yaml.ScalarNode):
            raise FrontMatterError("a front-matter key must be a plain word", line)
        key = str(key_node.value)
        if key in fields:
            raise FrontMatterError(
                f"key '{key}' appears twice (first on line {fields[key].line})",
                line,
                "keep one of them",
            )
        value = loader.construct_object(value_node, deep=True)
        if not _encodable(key) or not _encodable(value):
            raise FrontMatterError(
                f"{key!a} holds an escape that is not a character (a lone surrogate)",
                line,
                "write the character itself instead of a \\u escape",
            )
        fields[key] = Field(value, line + 1)  # +1: the opening fence; a line of the file
    return fields


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
