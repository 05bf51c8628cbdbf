"""What the field's libraries read from a saved page, where the page's own markup is silent.

:mod:`archivist.importer.htmlpage` reads what a page states plainly (its ``<h1>``,
``og:site_name``, ``article:published_time``...). Where that finds nothing, ``htmldate``
reads the publication date from the rest of the markup (``<time>``, ``parsely-pub-date``,
date classes; never from the text, whose dates are dates of events), ``trafilatura``'s
metadata gives the title, site name and author, and its main-text extraction gives the
paragraphs of a page whose article element could not be found.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import trafilatura
from htmldate import find_date

from .htmlpage import PageMeta

# trafilatura and htmldate log every page they cannot read; the importer reports instead.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def fill_meta(html: str, meta: PageMeta) -> PageMeta:
    """``meta`` with its empty fields filled from htmldate and trafilatura, if they know."""
    if meta.published and meta.title and meta.site_name:
        return meta
    found = trafilatura.extract_metadata(html)
    published = meta.published or _markup_date(html)
    return replace(
        meta,
        published=published,
        title=meta.title or (found.title if found and found.title else ""),
        site_name=meta.site_name or (found.sitename if found and found.sitename else ""),
    )


def _markup_date(html: str) -> str:
    try:
        return find_date(html, extensive_search=False, original_date=True) or ""
    except ValueError:  # htmldate refuses what it cannot parse as a page
        return ""


def main_text(html: str) -> tuple[str, ...]:
    """trafilatura's paragraphs of the page's main text (no comments, no tables)."""
    text = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=False, favor_recall=True
    )
    return tuple(line.strip() for line in (text or "").split("\n") if line.strip())
