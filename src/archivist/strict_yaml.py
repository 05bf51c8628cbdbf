"""The project's strict YAML: data, never code, for front-matter and the gazetteer alike.

A ``yaml.SafeLoader`` subclass that refuses anchors and aliases and keeps every
scalar as text (``no`` stays ``"no"``, ``0123`` stays ``"0123"``, ``36.5`` stays
``"36.5"``); ``null`` and empty values are ``None``. What a value means is for the
caller to decide. Mappings are read key by key (:func:`mapping_items`) so that a
duplicated key is an error with its line instead of a silent overwrite.
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


class TextLoader(yaml.SafeLoader):
    """SafeLoader that keeps scalars as strings (null excepted) and refuses aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlProblem(
                "YAML anchors and aliases (& and *) are not allowed",
                event.start_mark.line + 1,
                "write each value out in full",
            )
        return super().compose_node(parent, index)


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def compose(text: str, what: str = "the file") -> yaml.Node | None:
    """Parse ``text`` into one YAML node (None when empty); raise :class:`YamlProblem`."""
    loader = TextLoader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = error.problem or error.context or "invalid YAML"
        raise YamlProblem(
            f"{what} is not valid YAML ({reason})",
            mark.line + 1 if mark else None,
            "check quoting: put values containing ':' or '#' in double quotes",
        ) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"{what} is not valid YAML ({error})", None) from None
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
            mark.line + 1 if mark else None,
            "write plain text, lists [a, b] and 'key: value' lines only",
        ) from None
    finally:
        loader.dispose()


def line_of(node: yaml.Node) -> int:
    """The 1-based line a node starts on."""
    return int(node.start_mark.line) + 1


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
