"""Split a Markdown file into its YAML front-matter and body, strictly.

Front-matter is data, never code: it is parsed by a ``yaml.SafeLoader``
subclass that refuses anchors and aliases, duplicate keys and non-mapping
roots, and that keeps every scalar as text (``no`` stays ``"no"``, ``0123``
stays ``"0123"``); the content model decides what each field means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

FENCE = "---"
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


class FrontMatterError(Exception):
    """Raised inside the loader; turned into a :class:`Problem` by :func:`parse`."""

    def __init__(self, message: str, line: int | None, fix: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.fix = fix


class _TextLoader(yaml.SafeLoader):
    """SafeLoader that keeps scalars as strings (null excepted) and refuses aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise FrontMatterError(
                "YAML anchors and aliases (& and *) are not allowed in front-matter",
                event.start_mark.line + 1,
                "write each value out in full",
            )
        return super().compose_node(parent, index)


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split(text: str) -> tuple[str, str, int] | None:
    """Return (front-matter text, body, body's first line number), or None if absent."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != FENCE:
        return None
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n") in (FENCE, "..."):
            return "".join(lines[1:number]), "".join(lines[number + 1 :]), number + 2
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
    if len(raw.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
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
    loader = _TextLoader(raw)
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
        raise FrontMatterError(f"front-matter is not valid YAML ({error})", None) from None
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
        fields[key] = Field(value, line + 1)  # +1: the opening fence; a line of the file
    return fields
