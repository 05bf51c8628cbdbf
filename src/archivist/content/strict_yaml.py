"""The project's strict YAML: data, never code, for front-matter and the gazetteer alike.

A ``yaml.SafeLoader`` subclass that refuses anchors and aliases, explicit tags
(``!!int 0123`` would be 83, ``!!binary`` bytes), nesting deeper than
:data:`MAX_DEPTH` (the parser recurses per level) and duplicate keys in nested
mappings, and keeps every scalar as text (``no`` stays ``"no"``, ``0123`` stays
``"0123"``, ``36.5`` stays ``"36.5"``); ``null`` and empty values are ``None``.
What a value means is for the caller to decide. Mappings are read key by key
(:func:`mapping_items`) so that a duplicated key is an error with its line
instead of a silent overwrite.
"""

from __future__ import annotations

from typing import Any

import yaml


class YamlProblem(Exception):
    """Something wrong in a YAML text; ``line`` is 1-based within that text."""

    def __init__(self, message: str, line: int | None, fix: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.fix = fix


#: Lists in lists in ... deeper than this are refused.
MAX_DEPTH = 16


class TextLoader(yaml.SafeLoader):
    """SafeLoader keeping scalars as strings (null excepted); no aliases, tags or deep nests."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = mark_line(event.start_mark)
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(
                "YAML anchors and aliases (& and *) are not allowed",
                line,
                "write each value out in full",
            )
        if getattr(event, "tag", None) is not None:
            raise YamlProblem(
                f"YAML tags ({event.tag}) are not allowed",
                line,
                "remove the '!' tag and write the value as plain text",
            )
        if self._depth >= MAX_DEPTH:
            raise YamlProblem(
                f"values are nested more than {MAX_DEPTH} levels deep",
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
                raise YamlProblem(
                    f"key '{key}' appears twice in one mapping",
                    mark_line(key_node.start_mark),
                    "keep one of them",
                )
            if key is not None:
                seen.add(key)
        return super().construct_mapping(node, deep)


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def compose(text: str, what: str = "the file") -> yaml.Node | None:
    """Parse ``text`` into one YAML node (None when empty); raise :class:`YamlProblem`."""
    try:
        loader = TextLoader(text)
    except yaml.reader.ReaderError as error:  # control characters are refused up front
        raise YamlProblem(
            f"{what} holds a control character (#x{error.character:04x})",
            text.count("\n", 0, int(error.position)) + 1,
            "delete it; only printable text belongs in YAML",
        ) from None
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "invalid YAML"
        raise YamlProblem(
            f"{what} is not valid YAML ({reason})",
            mark_line(mark) if mark else None,
            "check quoting: put values containing ':' or '#' in double quotes",
        ) from None
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise YamlProblem(f"{what} is not valid YAML ({reason})", None) from None
    finally:
        loader.dispose()


def construct(node: yaml.Node) -> Any:
    """The Python value of ``node``: text, None, lists and dicts."""
    loader = TextLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlProblem(
            f"the value is not valid YAML ({error.problem or error.context})",
            mark_line(mark) if mark else None,
            "write plain text, lists [a, b] and 'key: value' lines only",
        ) from None
    finally:
        loader.dispose()


def line_of(node: yaml.Node) -> int:
    """The 1-based line a node starts on."""
    return mark_line(node.start_mark)


def mark_line(mark: yaml.Mark) -> int:
    """The 1-based line of ``mark``, counting ``\n`` only, as editors and ``grep -n`` do:
    YAML also breaks lines at U+2028, U+2029 and NEL, which would shift every line after."""
    if isinstance(mark.buffer, str):
        return mark.buffer.count("\n", 0, mark.index) + 1
    return int(mark.line) + 1


def mapping_items(node: yaml.MappingNode) -> list[tuple[str, int, yaml.Node]]:
    """``(key, line, value node)`` for each key; a duplicate key raises :class:`YamlProblem`."""
    seen: dict[str, int] = {}
    items = []
    for key_node, value_node in node.value:
        line = line_of(key_node)
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlProblem("a key must be a plain word", line)
        key = str(key_node.value)
        if key in seen:
            raise YamlProblem(
                f"key '{key}' appears twice (first on line {seen[key]})", line, "keep one of them"
            )
        seen[key] = line
        items.append((key, line, value_node))
    return items
