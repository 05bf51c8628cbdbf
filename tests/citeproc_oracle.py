"""The test oracle for :mod:`archivist.cite.references`: the CSL styles rendered by citeproc-py.

This is how the archive rendered its references before it had its own formatter,
kept so that tests hold the formatter to a real CSL processor. Two shortcomings of
citeproc-py are worked around here, each without changing what the style means:

- it prints a ``<label>`` even when its variable is empty ("Edition."): such
  labels are wrapped in ``<choose><if variable="...">`` as the CSL spec implies;
- it repeats a title that stood in for a missing author (APA): for a reference
  without authors, APA gets the title as the author, as the style would print it.

Its HTML is finished as the formatter's is (:func:`archivist.cite.references.finished`:
punctuation, sanitiser, plain text), so the two are compared on what they write.
"""

from __future__ import annotations

import html
import io
import re
from functools import cache
from importlib import resources
from typing import Any

from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from archivist.cite.citation import UNKNOWN_SOURCE, Citation
from archivist.cite.formats import csl_item
from archivist.cite.references import STYLES, Reference, finished

_LABEL = re.compile(r'<label\b[^>]*\bvariable="(?!locator")([a-z-]+)"[^>]*/>')
#: A placeholder the styles' title-casing leaves alone, put back as "[source unknown]"
#: (wherever it stands: the generated text never contains it; the formatter has no such token).
_UNKNOWN_TOKEN = "SOURCEUNKNOWN"


@cache
def _style(name: str) -> Any:
    xml = (
        resources.files("archivist.cite").joinpath("csl", STYLES[name]).read_text(encoding="utf-8")
    )
    xml = _LABEL.sub(lambda m: f'<choose><if variable="{m.group(1)}">{m[0]}</if></choose>', xml)
    return CitationStylesStyle(io.BytesIO(xml.encode("utf-8")), validate=False)


def _item_for(style: str, c: Citation) -> dict[str, Any]:
    item = csl_item(c)
    if item["container-title"] == UNKNOWN_SOURCE:
        item["container-title"] = _UNKNOWN_TOKEN
    if style == "apa" and "author" not in item:
        item["author"] = [{"literal": item.pop("title")}]
    return item


def _render(style: str, item: dict[str, Any], output: Any) -> str:
    bibliography = CitationStylesBibliography(_style(style), CiteProcJSON([item]), output)
    bibliography.register(CslCitation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def citeproc_reference(style: str, c: Citation) -> Reference:
    """The reference as citeproc-py renders it with the vendored style."""
    rendered = _render(style, _escaped(_item_for(style, c)), formatter.html)
    return finished(style, rendered.replace(_UNKNOWN_TOKEN, UNKNOWN_SOURCE))


def _escaped(item: dict[str, Any]) -> dict[str, Any]:
    """The item with its text HTML-escaped: citeproc's HTML output does not escape it."""
    for key in ("title", "container-title", "archive", "note"):
        if isinstance(item.get(key), str):
            item[key] = html.escape(item[key], quote=False)
    for name in item.get("author", []):
        name["literal"] = html.escape(name["literal"], quote=False)
    return item
