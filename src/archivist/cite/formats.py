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

from .citation import NO_DATE, Citation

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
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def date_parts(date: PartialDate) -> list[list[int]]:
    return [[p for p in (date.year, date.month, date.day) if p is not None]]


def csl_item(c: Citation) -> dict[str, Any]:
    """The CSL-JSON item (the format of Zotero, Mendeley and citeproc)."""
    item: dict[str, Any] = {
        "id": c.id,
        "type": "article-newspaper",
        "title": c.title,
        "container-title": c.source_label,
        "language": c.language,
        "archive": c.site.name,
    }
    if c.authors:
        item["author"] = [{"literal": name} for name in c.authors]
    if c.date:
        item["issued"] = {"date-parts": date_parts(c.date)}
    if c.archived:
        item["accessed"] = {"date-parts": date_parts(c.archived)}
    if c.url:
        item["URL"] = c.url
    notes = _notes(c)
    if notes:
        item["note"] = "; ".join(notes)
    return item


def csl_json(c: Citation) -> str:
    return json.dumps([csl_item(c)], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _notes(c: Citation) -> list[str]:
    notes = []
    if c.original_source:
        notes.append(f"Originally reported by {c.original_source}")
    if c.source_url and c.source_url != c.url:
        notes.append(f"Original: {c.source_url}")
    notes.append(f"Archived in {c.site.name}" + (f": {c.short_link}" if c.short_link else ""))
    return notes


def tex_escape(text: str) -> str:
    """Text for a brace-delimited BibTeX value: LaTeX specials escaped, one line."""
    return _TEX.sub(lambda m: _TEX_SPECIAL[m.group(0)], " ".join(text.split()))


def _bib_url(url: str) -> str:
    """URLs are verbatim in BibTeX; only braces, backslashes and spaces need encoding."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def bibtex(c: Citation) -> str:
    """One ``@article`` entry: the source is the journal, the archive goes in the note."""
    fields: list[tuple[str, str]] = [("title", "{" + tex_escape(c.title) + "}")]
    if c.authors:
        fields.append(("author", " and ".join("{" + tex_escape(a) + "}" for a in c.authors)))
    fields.append(("journal", tex_escape(c.source_label)))
    if c.date:
        fields.append(("year", str(c.date.year)))
        if c.date.month:
            fields.append(("month", _MONTHS[c.date.month - 1]))
        fields.append(("date", c.date.iso))
    else:
        fields.append(("year", NO_DATE))
    fields.append(("language", c.language))
    if c.url:
        fields.append(("url", _bib_url(c.url)))
    if c.archived:
        fields.append(("urldate", c.archived.iso))
    fields.append(("note", tex_escape(". ".join(_notes(c)))))
    body = ",\n".join(
        f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
        for name, value in fields
    )
    return f"@article{{{c.id},\n{body}\n}}\n"


def _ris_date(date: PartialDate) -> str:
    """RIS dates are ``YYYY/MM/DD/`` with unknown parts left empty."""
    month = f"{date.month:02d}" if date.month else ""
    day = f"{date.day:02d}" if date.day else ""
    return f"{date.year:04d}/{month}/{day}/"


def ris(c: Citation) -> str:
    """One ``NEWS`` record; RIS has no escaping, so values are kept on one line."""
    lines: list[tuple[str, str]] = [("TY", "NEWS"), ("TI", c.title)]
    lines += [("AU", name) for name in c.authors]
    lines.append(("T2", c.source_label))
    if c.date:
        lines += [("PY", f"{c.date.year:04d}"), ("DA", _ris_date(c.date))]
    lines.append(("LA", c.language))
    lines += [("UR", url) for url in dict.fromkeys(u for u in (c.url, c.source_url) if u)]
    if c.archived:
        lines.append(("Y2", _ris_date(c.archived)))
    lines += [("DB", c.site.name), ("AN", c.id)]
    lines += [("N1", note) for note in _notes(c)]
    if not c.date:
        lines.append(("N1", "Publication date unknown (n.d.)"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines)
