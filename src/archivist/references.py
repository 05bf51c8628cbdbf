"""Formatted references (Chicago, APA) rendered by citeproc-py from the CSL-JSON item.

The CSL styles ship in ``archivist/csl/`` (from the official CSL style
repository, CC BY-SA 3.0, see ``csl/README.md``); citeproc-py ships the locale
files, so formatting works offline. Two shortcomings of citeproc-py are worked
around here, each without changing what the style means:

- it prints a ``<label>`` even when its variable is empty ("Edition."): such
  labels are wrapped in ``<choose><if variable="...">`` as the CSL spec implies;
- it repeats a title that stood in for a missing author (APA): for a reference
  without authors, APA gets the title as the author, as the style would print it.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import nh3
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from .citation import UNKNOWN_SOURCE, Citation
from .citation_formats import csl_item

STYLES = {"chicago": "chicago-notes-bibliography.csl", "apa": "apa.csl"}
STYLE_NAMES = {"chicago": "Chicago (18th ed., bibliography)", "apa": "APA (7th ed.)"}
_LABEL = re.compile(r'<label\b[^>]*\bvariable="(?!locator")([a-z-]+)"[^>]*/>')
#: A placeholder the styles' title-casing leaves alone, put back as "[source unknown]".
_UNKNOWN_TOKEN = "SOURCEUNKNOWN"
_DOUBLED = re.compile(r"([?!.])((?:</i>|”)*)\.")
_OUTSIDE_QUOTE = re.compile(r"”([.,])")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Reference:
    style: str
    name: str
    html: str
    text: str


@cache
def _style(name: str) -> Any:
    xml = resources.files("archivist").joinpath("csl", STYLES[name]).read_text(encoding="utf-8")
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


def reference(style: str, c: Citation) -> Reference:
    """One formatted reference: safe HTML (italics only) and the same as plain text.

    citeproc-py renders once, to HTML from escaped text (rendering takes tens of
    milliseconds with these large styles); the plain text is that HTML's text.
    """
    marked = _tidy(_render(style, _escaped(_item_for(style, c)), formatter.html))
    safe = nh3.clean(marked, tags={"i", "b"}, attributes={})
    text = html.unescape(_TAG.sub("", safe))
    return Reference(style, STYLE_NAMES[style], safe, text)


def _escaped(item: dict[str, Any]) -> dict[str, Any]:
    """The item with its text HTML-escaped: citeproc's HTML output does not escape it."""
    for key in ("title", "container-title", "archive", "note"):
        if isinstance(item.get(key), str):
            item[key] = html.escape(item[key], quote=False)
    for name in item.get("author", []):
        name["literal"] = html.escape(name["literal"], quote=False)
    return item


def _tidy(rendered: str) -> str:
    """Put the unknown-source label back, then the punctuation citeproc-py leaves undone.

    Both styles are American: a period or comma goes inside closing quotes
    (CSL's ``punctuation-in-quote``), and no period follows a ``?`` or ``!``.
    """
    text = rendered.replace(_UNKNOWN_TOKEN, UNKNOWN_SOURCE)
    return _DOUBLED.sub(r"\1\2", _OUTSIDE_QUOTE.sub(r"\1”", text))


def references(c: Citation) -> tuple[Reference, ...]:
    return tuple(reference(style, c) for style in STYLES)
