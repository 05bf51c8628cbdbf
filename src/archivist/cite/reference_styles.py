"""Chicago, APA and MLA references of a report, written without a CSL processor.

The archive cites two kinds of item, a newspaper article (CSL type
``article-newspaper``) and a press release or statement (CSL ``report`` with its
``genre``, :mod:`archivist.cite.item_types`), with the fields
:func:`archivist.cite.formats.csl_item` gives them. Of those, the vendored styles
(``csl/chicago-notes-bibliography.csl``, ``csl/apa.csl``,
``csl/modern-language-association.csl``) print the authors, title, genre, source,
date, the archive's name and the short id (its ``archive_location``), the address
and, when the original's address is cited, the date the capture accessed it; never
the language or note. This module writes those three styles for those item types as
citeproc-js renders them (the CSL processor of Zotero and citation.js): running
citeproc-js in a build costs seconds to load the Chicago style and milliseconds an
article, minutes at 10,000 articles. ``tests/cite/test_reference_styles.py`` and
``tests/cite/test_citation_pages.py`` hold every function here to citeproc-js itself
(``tests/citeproc_oracle.py``).

Text arrives as plain text and the result is HTML (``<i>`` only), sanitised in
:mod:`archivist.cite.references`. Habits of citeproc-js kept because its output is
the reference: pieces are joined with a doubled period at the seam dropped; English
titles (language ``en…``) are title-cased by :mod:`archivist.cite.title_case`; a
title in quotation marks has its inner double quotation marks made single.
"""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Sequence
from functools import reduce

from archivist.content.dates import PartialDate

from .citation import Citation
from .title_case import title_case

#: Characters that citeproc-js does not repeat where two pieces meet.
_SEAM = frozenset(".")
#: Chicago names seven or more authors as the first three and "et al.".
_CHICAGO_ET_AL_MIN, _CHICAGO_ET_AL_FIRST = 7, 3
#: MLA names three or more authors as the first and "et al.".
_MLA_ET_AL_MIN = 3
#: The en-US locale's short month names, which MLA prints.
_SHORT_MONTHS = (
    *("Jan.", "Feb.", "Mar.", "Apr.", "May", "June"),
    *("July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."),
)
#: APA names 21 or more authors as the first 19, an ellipsis and the last.
_APA_ET_AL_MIN, _APA_ET_AL_FIRST = 21, 19
NO_DATE = "n.d."


def _seam(left: str, right: str) -> str:
    """``left + right`` with a doubled period at the seam dropped; a period after closing
    quotation marks goes inside them (American style), inside the italics too."""
    if not (left and right and right[0] in _SEAM):
        return left + right
    bare = left.removesuffix("</i>")
    quoted = bare.rstrip("”’")
    if quoted[-1:] in ("?", "!", "."):
        return left + right[1:]
    if quoted != bare:
        return f"{quoted}.{bare[len(quoted) :]}{left[len(bare) :]}{right[1:]}"
    return left + right


def _chain(*pieces: str) -> str:
    return reduce(_seam, pieces, "")


def _sentences(pieces: Sequence[str]) -> str:
    """The non-empty pieces, each closed by a period, separated by spaces."""
    return " ".join(_seam(p, ".") for p in pieces if p)


def _names(names: Sequence[str], and_term: str) -> str:
    """ "A", "A and B", "A, B, and C": the serial comma from three names on."""
    if len(names) == 1:
        return names[0]
    if len(names) == 2:  # two names take no comma
        return f"{names[0]} {and_term} {names[1]}"
    return ", ".join(names[:-1]) + f", {and_term} {names[-1]}"


def _month_day_year(date: PartialDate) -> str:
    """``January 20, 2022``, ``May 2022`` or ``2022``."""
    if date.month is None:
        return str(date.year)
    month = calendar.month_name[date.month]
    return f"{month} {date.day}, {date.year}" if date.day else f"{month} {date.year}"


def _day_month_year(date: PartialDate) -> str:
    """``20 Jan. 2022``, ``May 2022`` or ``2022`` (MLA's dates)."""
    if date.month is None:
        return str(date.year)
    month = f"{_SHORT_MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {month}" if date.day else month


def _year_month_day(date: PartialDate) -> str:
    """``2022, January 20``, ``2022, May`` or ``2022`` (APA's issued date)."""
    if date.month is None:
        return str(date.year)
    month = calendar.month_name[date.month]
    return f"{date.year}, {month} {date.day}" if date.day else f"{date.year}, {month}"


def _text(c: Citation, cased: bool) -> tuple[tuple[str, ...], str, str, str]:
    """Authors, title (in title case if ``cased``), source ("" if unknown) and archive
    name, HTML-escaped."""
    title = " ".join(c.title.split())
    return (
        tuple(html.escape(a, quote=False) for a in c.authors),
        html.escape(title_case(title, c.language) if cased else title, quote=False),
        html.escape(title_case(c.source, c.language), quote=False),
        html.escape(c.site.name, quote=False),
    )


def _italic(text: str) -> str:
    return f"<i>{text}</i>"


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE = re.compile(r'"([^"]*)"')
_SINGLE = re.compile(r"(?<!\w)'([^']*)'(?!\w)")


def _quotes(text: str, nested: bool) -> str:
    """Typographic quotation marks, as citeproc-js prints them: an apostrophe inside a word
    is ``’``; quoted passages, in straight or curly marks, take double marks, or single
    ones inside a quoted title (``nested``)."""
    opener, closer = ("‘", "’") if nested else ("“", "”")
    text = _APOSTROPHE.sub("’", text)
    text = _DOUBLE.sub(rf"{opener}\1{closer}", text)
    text = _SINGLE.sub(rf"{opener}\1{closer}", text)
    return text.replace("“", opener).replace("”", closer) if nested else text


def chicago(c: Citation) -> str:
    """Chicago 18th edition, bibliography entry."""
    if not c.kind.is_news:
        return _chicago_report(c)
    authors, title, source, archive = _text(c, cased=True)
    title_piece = f"“{_quotes(title, nested=True)}”" if source else _italic(_quotes(title, False))
    byline = _chicago_byline(authors)
    if not byline and source:
        byline, source = _italic(source), ""
    elif not byline:
        byline, title_piece = title_piece, ""
    issued = _month_day_year(c.date) if c.date else NO_DATE
    published = f"{_italic(source)}, {issued}" if source else issued
    return _sentences((byline, title_piece, published, *_chicago_end(c, archive)))


def _chicago_byline(authors: Sequence[str]) -> str:
    if len(authors) >= _CHICAGO_ET_AL_MIN:
        return ", ".join([*authors[:_CHICAGO_ET_AL_FIRST], "et al."])
    return _names(authors, "and") if authors else ""


def _chicago_end(c: Citation, archive: str) -> tuple[str, ...]:
    """Chicago's last sentences: the short id, the archive, when the original was
    accessed (undated only), the address."""
    accessed = ""
    if c.archived and c.url_is_original and not c.date:
        accessed = f"Accessed {_month_day_year(c.archived)}"
    location = c.id[:1].upper() + c.id[1:]  # a sentence: its first letter capitalised
    return (location, archive, accessed, html.escape(c.url, quote=False))


def apa(c: Citation) -> str:
    """APA 7th edition, reference-list entry; an article without authors is led by its title."""
    if not c.kind.is_news:
        return _apa_report(c)
    authors, title, source, archive = _text(c, cased=False)
    title = _quotes(title, nested=False)
    title_piece = title if source else _italic(title)
    byline = _apa_byline(authors)
    if not byline:
        byline, title_piece = title_piece, ""
    issued = _year_month_day(c.date) if c.date else NO_DATE
    pieces = (byline, f"({issued})", title_piece, _italic(source) if source else "")
    return _apa_end(c, archive, pieces)


def _apa_byline(authors: Sequence[str]) -> str:
    if len(authors) >= _APA_ET_AL_MIN:
        return ", ".join([*authors[:_APA_ET_AL_FIRST], f"… {authors[-1]}"])
    return _names(authors, "&amp;") if authors else ""


def _apa_end(c: Citation, archive: str, pieces: Sequence[str]) -> str:
    """APA's pieces, then the archive and short id, and the address ("Retrieved" when
    undated)."""
    location = f"{archive} ({c.id})" if archive else f"({c.id})"
    url = html.escape(c.url, quote=False)
    retrieved = ""
    if url and not c.date:
        accessed = _month_day_year(c.archived) if c.archived and c.url_is_original else ""
        retrieved = f"Retrieved {accessed}, from {url}" if accessed else f"Retrieved {url}"
    return " ".join(p for p in (_sentences((*pieces, location)), retrieved or url) if p)


def mla(c: Citation) -> str:
    """MLA 9th edition, works-cited entry: the container's elements joined by commas."""
    if not c.kind.is_news:
        return _mla_report(c)
    authors, title, source, archive = _text(c, cased=True)
    byline = _mla_byline(authors)
    title_piece = f"“{_quotes(title, nested=True)}”" if source else _italic(_quotes(title, False))
    return _sentences(
        (byline, title_piece, *_mla_end(c, _italic(source) if source else "", archive))
    )


def _mla_byline(authors: Sequence[str]) -> str:
    if len(authors) >= _MLA_ET_AL_MIN:
        return f"{authors[0]}, et al."
    return _names(authors, "and") if authors else ""


def _mla_end(c: Citation, source: str, archive: str) -> tuple[str, str]:
    """MLA's container (source, date, archive, short id, address) and the access date."""
    url = html.escape(c.url, quote=False)
    dated = _day_month_year(c.date) if c.date else ""
    container = ", ".join(p for p in (source, dated, archive, c.id, url) if p)
    accessed = ""
    if c.archived and c.url_is_original and not c.date:
        accessed = f"Accessed {_day_month_year(c.archived)}"
    return container, accessed


# A press release or a statement (CSL ``report``): the title in italics, then its genre,
# the source as the issuer (not title-cased), and Chicago and APA give only the year.


def _report_text(c: Citation, cased: bool) -> tuple[tuple[str, ...], str, str, str, str]:
    """Authors, title in italics, issuer, archive name and genre, HTML-escaped."""
    authors, title, _, archive = _text(c, cased)
    issuer = html.escape(c.source, quote=False)
    return authors, _italic(_quotes(title, False)), issuer, archive, html.escape(c.kind.genre)


def _chicago_report(c: Citation) -> str:
    authors, title, _, archive, genre = _report_text(c, cased=True)
    issuer = html.escape(c.source[:1].upper() + c.source[1:], quote=False)  # starts a sentence
    issued = str(c.date.year) if c.date else NO_DATE
    published = f"{issuer}, {issued}" if issuer else issued
    pieces = (_chicago_byline(authors), title, genre, published)
    return _sentences((*pieces, *_chicago_end(c, archive)))


def _apa_report(c: Citation) -> str:
    authors, title, issuer, archive, genre = _report_text(c, cased=False)
    issued = f"({c.date.year})" if c.date else f"({NO_DATE})"
    byline = _apa_byline(authors)
    if byline:
        return _apa_end(c, archive, (byline, issued, f"{title} [{genre}]", issuer))
    return _apa_end(c, archive, (title, issued, f"[{genre}]", issuer))


def _mla_report(c: Citation) -> str:
    authors, title, issuer, archive, genre = _report_text(c, cased=True)
    return _sentences((_mla_byline(authors), title, genre, *_mla_end(c, issuer, archive)))
