"""Which context variables a template reads: what a page's digest must cover.

A template reads the variables it uses and does not define, in itself and in every
template it extends, includes or imports. Names a template defines at its top level
(``set``, ``import``, ``macro``) are reachable from its blocks through the context,
so they count as defined. A template that names another by an expression cannot be
followed: its inputs are unknown (None).
"""

from __future__ import annotations

from jinja2 import Environment, nodes
from jinja2.meta import find_referenced_templates, find_undeclared_variables


def template_reads(env: Environment, name: str) -> frozenset[str] | None:
    """The context variables template ``name`` and those it uses read; None if unknown."""
    reads: set[str] = set()
    defined: set[str] = set()
    seen: set[str] = set()
    pending = [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        assert env.loader is not None
        source, _, _ = env.loader.get_source(env, current)
        tree = env.parse(source)
        reads |= find_undeclared_variables(tree)
        defined |= _top_level_names(tree)
        for referenced in find_referenced_templates(tree):
            if referenced is None:
                return None
            pending.append(referenced)
    return frozenset(reads - defined)


def _top_level_names(tree: nodes.Template) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, nodes.Assign | nodes.AssignBlock):
            targets = [node.target, *node.target.find_all(nodes.Name)]
            names |= {n.name for n in targets if isinstance(n, nodes.Name)}
        elif isinstance(node, nodes.Macro):
            names.add(node.name)
        elif isinstance(node, nodes.Import):
            names.add(node.target)
        elif isinstance(node, nodes.FromImport):
            names |= {alias if isinstance(alias, str) else alias[1] for alias in node.names}
    return names
