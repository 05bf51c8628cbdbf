"""Which context variables a template reads: what a page's digest must cover.

A template reads the variables it uses and does not define, in itself and in every
template it extends, includes or imports. Names a template defines at its top level
(``set``, ``import``, ``macro``) are reachable from its blocks through the context,
so they count as defined. A template that names another by an expression cannot be
followed: its inputs are unknown (None).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from jinja2 import Environment, Template, nodes
from jinja2.meta import find_referenced_templates, find_undeclared_variables
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

from archivist.reuse.fingerprint import Adapters

#: Pelican's own parameters of a page (``Writer.write_file``): they change how it is
#: written whether its template reads them or not.
_WRITER_PARAMETERS = frozenset(
    {"relative_urls", "paginated", "template_name", "override_output", "url"}
)


#: What every page shares, in the site's fingerprint instead of each page's.
_WHOLE_SITE = ("settings", "_context")


def _content_as_data(content: Content) -> dict[str, Any]:
    """What a template can reach through an article or page, as plain data.

    The settings are in the site's fingerprint. Of the build's context, a text reads
    only the addresses its links to other files (``{filename}...``) are replaced by.
    """
    data = {key: value for key, value in vars(content).items() if key not in _WHOLE_SITE}
    if content._get_intrasite_link_regex().search(content._content or ""):
        context = content._context
        sources = {**context.get("generated_content", {}), **context.get("static_content", {})}
        data["addresses"] = {source: linked.url for source, linked in sources.items()}
    return data


#: How a page's digest takes Pelican's objects (:class:`~archivist.reuse.fingerprint.Fingerprints`).
PELICAN_OBJECTS: Adapters = MappingProxyType(
    {Content: _content_as_data, URLWrapper: lambda wrapper: (wrapper.name, wrapper.slug)}
)


def page_inputs(
    template: Template, kwargs: Mapping[str, Any], context: Mapping[str, Any]
) -> dict[str, Any] | None:
    """What a page made with ``template`` from its variables ``kwargs`` depends on beside
    the site (settings and template globals), or None if that is not known.

    A template may read its page's variables, the settings (upper case), the template
    globals and names nothing defines; a template reading anything else of the build's
    ``context`` (say, every article), or naming a template by an expression, is rendered
    every time. Of the page's variables, those its template never reads are left out
    (Pelican hands the search page every article, and it reads none), but not the
    writer's own.
    """
    env = template.environment
    reads = _reads(env, template.name)
    if reads is None or any(
        n in context and not n.isupper() and n not in kwargs and n not in env.globals for n in reads
    ):
        return None
    return {k: v for k, v in kwargs.items() if k in reads or k in _WRITER_PARAMETERS}


@functools.lru_cache(maxsize=64)
def _reads(env: Environment, name: str) -> frozenset[str] | None:
    return template_reads(env, name)


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
