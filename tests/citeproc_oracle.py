"""The test oracle for :mod:`archivist.cite.references`: citeproc-js rendering the vendored styles.

citeproc-js (npm ``citeproc``, pinned in ``package.json``) is the CSL processor inside
Zotero and citation.js: what a researcher's reference manager prints from the archive's
CSL-JSON. It renders, under node, the very items :func:`archivist.cite.formats.csl_item`
writes, with the styles in ``archivist/cite/csl/`` and the CSL project's en-US locale
(as shipped by citeproc-py). One node run renders many citations: building the Chicago
style's engine alone takes seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

from archivist.cite.citation import Citation
from archivist.cite.formats import csl_item
from archivist.cite.references import STYLES, Reference, finished
from nodejs import JS_TESTS, run_node

_ENTRY = re.compile(r'^<div class="csl-entry">(.*)</div>$', re.DOTALL)


def _text(package: str, *path: str) -> str:
    return resources.files(package).joinpath(*path).read_text(encoding="utf-8")


def citeproc_js(items: Iterable[dict[str, object]]) -> dict[str, dict[str, str]]:
    """Each CSL-JSON item's entry in each style, as citeproc-js writes it (HTML), by id."""
    request = {
        "locale": _text("citeproc", "data", "locales", "locales-en-US.xml"),
        "styles": {name: _text("archivist.cite", "csl", file) for name, file in STYLES.items()},
        "items": list(items),
    }
    rendered: dict[str, dict[str, str]] = run_node(JS_TESTS / "citeproc_render.js", request)
    return rendered


def entry(html: str) -> str:
    """The entry inside citeproc-js's ``<div class="csl-entry">``."""
    match = _ENTRY.match(html)
    assert match, html
    return match.group(1)


def citeproc_references(citations: Iterable[Citation]) -> dict[str, tuple[Reference, ...]]:
    """The references citeproc-js writes for each citation, by citation key."""
    rendered = citeproc_js(csl_item(c) for c in citations)
    return {
        key: tuple(finished(style, entry(by_style[style])) for style in STYLES)
        for key, by_style in rendered.items()
    }
