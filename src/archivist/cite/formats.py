"""Citation files reference managers import: CSL-JSON, BibTeX and RIS.

Each is written from a :class:`~archivist.cite.citation.Citation`, deterministically
(sorted keys, no timestamps). BibTeX escapes LaTeX's special characters
(``{ } % & $ # _ ~ ^ \\``) and keeps every other character, Arabic included, as
UTF-8; RIS is one ``TAG  - value`` per line, so values are kept on one line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from archivist.content.dates import PartialDate

from .citation import Citation

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_TEX = re.compile("|".join(re.escape(c) for c in _TEX_SPECIAL))


def date_parts(date: PartialDate) -> list[list[int]]:
    return [[p for p in (date.year, date.month, date.day) if p is not None]]


def csl_item(c: Citation) -> dict[str, Any]:
    """The CSL-JSON item (the format of Zotero, Mendeley and citeproc).

    Only what is known is written: no container for an unknown source, no date for an
    undated report. ``URL`` is the address cited (the archive's permalink, else the
    original), ``accessed`` only when that is the original the capture was made from;
    the archive is ``archive`` with the short id as ``archive_location``. The credited
    original source is in the note: as ``original-publisher`` APA prints it as
    "(Original work published Baladi News)".
    """
    item: dict[str, Any] = {
        "id": c.cite_key,
        "citation-key": c.cite_key,
        "type": c.kind.csl,
        "title": " ".join(c.title.split()),
        "language": c.language,
        "archive": c.site.name,
        "archive_location": c.id,
    }
    if c.kind.genre:
        item["genre"] = c.kind.genre
    if c.source:  # the publication a news report is in; the issuer of the others
        item["container-title" if c.kind.is_news else "publisher"] = c.source
    if c.authors:
        item["author"] = [{"literal": name} for name in c.authors]
    if c.date:
        item["issued"] = {"date-parts": date_parts(c.date)}
    if c.url:
        item["URL"] = c.url
    if c.archived and c.url_is_original:
        item["accessed"] = {"date-parts": date_parts(c.archived)}
    if c.summary:
        item["abstract"] = c.summary
    notes = _notes(c)
    if notes:
        item["note"] = "; ".join(notes)
    return item


def csl_json(c: Citation) -> str:
    return json.dumps([csl_item(c)], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _notes(c: Citation) -> list[str]:
    """What no field of the formats holds: the credited source, the original address when
    the permalink is cited, and when the archived copy was captured."""
    notes = []
    if c.credit:
        notes.append(c.credit)
    if c.source_url and c.source_url != c.url:
        notes.append(f"Original: {c.source_url}")
    archived = f"Archived in {c.site.name}" + (f": {c.short_link}" if c.short_link else "")
    if c.archived and not c.url_is_original:
        archived += f" (captured {c.archived.iso})"
    notes.append(archived)
    return notes


def tex_escape(text: str) -> str:
    """Text for a brace-delimited BibTeX value: LaTeX specials escaped, one line."""
    return _TEX.sub(lambda m: _TEX_SPECIAL[m.group(0)], " ".join(text.split()))


def _bib_url(url: str) -> str:
    """URLs are verbatim in BibTeX; only braces, backslashes and spaces need encoding."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def bibtex(c: Citation) -> str:
    """One biblatex ``@article`` with ``entrysubtype = {newspaper}`` (biblatex's own type
    for a newspaper article, which citation.js reads as ``article-newspaper``), its source
    the ``journaltitle``; or, for a press release or statement, a ``@report`` of that
    ``type`` with its source as the ``institution``. The date is written as known (no
    ``year`` when unknown), and the archive goes in the note."""
    news = c.kind.is_news
    fields: list[tuple[str, str]] = [
        ("entrysubtype", "newspaper") if news else ("type", tex_escape(c.kind.genre)),
        ("title", "{" + tex_escape(c.title) + "}"),
    ]
    if c.authors:
        fields.append(("author", " and ".join("{" + tex_escape(a) + "}" for a in c.authors)))
    if c.source:
        fields.append(("journaltitle" if news else "institution", tex_escape(c.source)))
    if c.original_source:
        fields.append(("origpublisher", tex_escape(c.original_source)))
    if c.date:
        fields.append(("date", c.date.iso))
    fields.append(("language", c.language))
    if c.url:
        fields.append(("url", _bib_url(c.url)))
    if c.archived and c.url_is_original:
        fields.append(("urldate", c.archived.iso))
    fields.append(("note", tex_escape(". ".join(_notes(c)))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{c.kind.bibtex}{{{c.cite_key},\n{body}\n}}\n"


def _ris_date(date: PartialDate) -> str:
    """RIS dates are ``YYYY/MM/DD/`` with unknown parts left empty."""
    month = f"{date.month:02d}" if date.month else ""
    day = f"{date.day:02d}" if date.day else ""
    return f"{date.year:04d}/{month}/{day}/"


def ris(c: Citation) -> str:
    """One ``NEWS`` record (its source the ``T2``), or an ``RPRT`` of its genre (``M3``)
    issued by its source (``PB``); RIS has no escaping, so values are kept on one line."""
    lines: list[tuple[str, str]] = [("TY", c.kind.ris), ("TI", c.title)]
    lines += [("AU", name) for name in c.authors]
    if c.kind.genre:
        lines.append(("M3", c.kind.genre))
    if c.source:
        lines.append(("T2" if c.kind.is_news else "PB", c.source))
    if c.date:
        lines += [("PY", f"{c.date.year:04d}"), ("DA", _ris_date(c.date))]
    lines.append(("LA", c.language))
    if c.url:
        lines.append(("UR", c.url))
    if c.archived and c.url_is_original:
        lines.append(("Y2", _ris_date(c.archived)))
    if c.summary:
        lines.append(("AB", c.summary))
    lines += [("DB", c.site.name), ("AN", c.id)]
    lines += [("N1", note) for note in _notes(c)]
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines)
