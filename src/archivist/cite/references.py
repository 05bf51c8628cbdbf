"""Formatted references (Chicago, APA, MLA) for the "Cite this" panel, as HTML and plain text.

:mod:`archivist.cite.reference_styles` writes each style's entry from the citation;
this module finishes it the same way for both: a sanitiser that keeps italics
only, then the plain text as that HTML's text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

import nh3

from .citation import Citation
from .reference_styles import apa, chicago, mla

#: The CSL style each reference follows (vendored in ``csl/`` for the tests and the credits).
STYLES = {
    "chicago": "chicago-notes-bibliography.csl",
    "apa": "apa.csl",
    "mla": "modern-language-association.csl",
}
STYLE_NAMES = {
    "chicago": "Chicago (18th ed., bibliography)",
    "apa": "APA (7th ed.)",
    "mla": "MLA (9th ed.)",
}
_FORMATTERS: dict[str, Callable[[Citation], str]] = {"chicago": chicago, "apa": apa, "mla": mla}
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Reference:
    style: str
    name: str
    html: str
    text: str


def reference(style: str, c: Citation) -> Reference:
    """One formatted reference: safe HTML (italics only) and the same as plain text."""
    return finished(style, _FORMATTERS[style](c))


def finished(style: str, marked: str) -> Reference:
    """The reference from a style's HTML: sanitised, and as text."""
    safe = nh3.clean(marked, tags={"i", "b"}, attributes={})
    return Reference(style, STYLE_NAMES[style], safe, html.unescape(_TAG.sub("", safe)))


def references(c: Citation) -> tuple[Reference, ...]:
    return tuple(reference(style, c) for style in STYLES)
