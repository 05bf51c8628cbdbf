"""What the field's libraries read from a saved page: its main text, and its metadata
where the page's own markup is silent.

The article's paragraphs are ``trafilatura``'s main text: on Zyte's article-extraction
benchmark it finds the report where the page's own article element is a cookie notice or
a teaser (see ``bench/blind/import/RESULTS.md``). It leaves out the dateline under the
headline, which the importer's own rules read, so a dateline that the page's article
element holds above a line trafilatura also has is put back in its place;
:mod:`archivist.importer.headline` then reads the date from it and leaves it out of the
body. The lines trafilatura marks as headings (``<head>``) are kept apart, so that the
draft writes them as Markdown headings. A page trafilatura reads nothing from keeps the
article element's paragraphs.

:mod:`archivist.importer.htmlpage` reads what a page states plainly (its ``<h1>``,
``og:site_name``, ``article:published_time``...). Where that finds nothing, ``htmldate``
reads the publication date from the rest of the markup (``<time>``, ``parsely-pub-date``,
date classes; never from the text, whose dates are dates of events), and
``trafilatura``'s metadata gives the title, site name and authors.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

import trafilatura
from htmldate import find_date
from lxml import etree

from .datelines import dateline
from .headline import HEAD_BLOCKS
from .htmlpage import PageMeta
from .pubdate import parse_timestamp

_SPACE = re.compile(r"\s+")
#: trafilatura's XML elements that hold one block of text each (a table's row, its cells
#: apart by " | ").
_BLOCKS = ("p", "head", "item", "quote", "row", "code")
_XML = etree.XMLParser(remove_blank_text=True)  # not the indentation between elements

# trafilatura and htmldate log every page they cannot read; the importer reports instead.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class MainText:
    """A page's main text: its lines, and those of them that are headings."""

    blocks: tuple[str, ...]
    headings: frozenset[str] = frozenset()


def fill_meta(html: str, meta: PageMeta) -> PageMeta:
    """``meta`` with its empty fields filled from htmldate and trafilatura, if they know;
    a stated date that is no date (``0001-01-01T00:00:00Z``, a CMS's empty value) is
    empty."""
    stated = meta.published if parse_timestamp(meta.published) is not None else ""
    found = trafilatura.extract_metadata(html)
    published = stated or _markup_date(html)
    return replace(
        meta,
        published=published,
        title=meta.title or (found.title if found and found.title else ""),
        site_name=meta.site_name or (found.sitename if found and found.sitename else ""),
        author=meta.author or (found.author if found and found.author else ""),
    )


def _markup_date(html: str) -> str:
    try:
        return find_date(html, extensive_search=False, original_date=True) or ""
    except ValueError:  # htmldate refuses what it cannot parse as a page
        return ""


def main_text(html: str, own: tuple[str, ...] = ()) -> MainText:
    """trafilatura's paragraphs of the page's main text (no comments), with the datelines
    of ``own`` (the page's article element, as :func:`~.htmlpage.extract_page` reads it)
    that trafilatura leaves out above a line both hold at the head; ``own`` itself when
    trafilatura reads nothing (it refuses a page with an escape character, ``&#27;``)."""
    found, headings = _paragraphs(
        trafilatura.extract(html, output_format="xml", include_comments=False)
    )
    if not found:
        return MainText(own)
    head = own[:HEAD_BLOCKS]
    matcher = SequenceMatcher(
        None, [_key(line) for line in head], [_key(line) for line in found[:HEAD_BLOCKS]], False
    )
    merged: list[str] = []
    in_own = in_found = 0
    for shared in matcher.get_matching_blocks()[:-1]:  # the last one is empty
        merged += [line for line in head[in_own : shared.a] if dateline(line) is not None]
        merged += found[in_found : shared.b + shared.size]
        in_own, in_found = shared.a + shared.size, shared.b + shared.size
    return MainText((*merged, *found[in_found:]), headings)


def _paragraphs(xml: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """The lines of trafilatura's XML in document order: one per paragraph, heading, list
    item, quote and table row, and per line of one cut by ``<lb/>``, as the page's own
    reading has them (trafilatura's plain text would mark list items and tables up); and
    the headings among them, each of one line."""
    main = etree.fromstring(xml.encode("utf-8"), _XML).find("main") if xml else None
    if main is None:
        return (), frozenset()
    heads = {_key("".join(head.itertext())) for head in main.iter("head")}
    for block in main.iter(*_BLOCKS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    for cut in main.iter("lb"):
        cut.tail = "\n" + (cut.tail or "")
    for cell in main.iter("cell"):
        if cell.getnext() is not None:
            cell.tail = " | " + (cell.tail or "")
    lines = (_key(line) for line in "".join(main.itertext()).split("\n"))
    found = tuple(line for line in lines if line)
    return found, frozenset(heads.intersection(found))


def _key(line: str) -> str:
    return _SPACE.sub(" ", line).strip()
