"""Chicago and APA references of a newspaper article, written without a CSL processor.

The archive cites one kind of item, a newspaper article (CSL type
``article-newspaper``) with the fields :func:`archivist.cite.formats.csl_item`
gives it. Of those, the vendored styles (``csl/chicago-notes-bibliography.csl``,
``csl/apa.csl``) print the authors, title, source, date, the archive's name, the
address and, for an undated article, the date it was archived; never the
language, id or note. This module implements those two styles for that one item
type as citeproc-py renders them: running citeproc-py itself took about 33 ms an
article (it searches the styles' 8,000 lines of XML again for every item),
minutes of a 10,000-article build. ``tests/test_reference_styles.py`` holds
every function here to citeproc-py on generated citations
(``tests/citeproc_oracle.py``), so the two cannot drift apart.

Text arrives HTML-escaped and the result is HTML (``<i>`` only), before the
punctuation tidying and sanitising in :mod:`archivist.cite.references`. Three habits
of citeproc-py are kept because its output is the reference:

- pieces are joined with a doubled space or punctuation mark at the seam
  dropped (``"Jr." + "."`` is ``"Jr."``), but not across markup (``</i>.``);
- English titles (language ``en…``) are title-cased word by word, on the escaped
  text, and their whitespace is collapsed on the way;
- both styles give a period and comma after every piece, even after a ``?``.
"""

from __future__ import annotations

import calendar
import html
from collections.abc import Sequence
from functools import reduce

from archivist.content.dates import PartialDate

from .citation import NO_DATE, UNKNOWN_SOURCE, Citation

#: Characters that citeproc-py does not repeat where two pieces meet.
_SEAM = frozenset(" .,;:!?")
#: Words citeproc-py's title case leaves lower-case, except first or after ``:`` or ``.``.
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "down",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "onto",
        "or",
        "over",
        "so",
        "the",
        "till",
        "to",
        "up",
        "via",
        "with",
        "yet",
    ]
)
#: Chicago names seven or more authors as the first three and "et al.".
_CHICAGO_ET_AL_MIN, _CHICAGO_ET_AL_FIRST = 7, 3
#: APA names 21 or more authors as the first 19, an ellipsis and the last.
_APA_ET_AL_MIN, _APA_ET_AL_FIRST = 21, 19
#: The ``ad`` term after a year before 1000: the en-US locale's, and APA's own.
_CHICAGO_ERA, _APA_ERA = " AD", " C.E."


def _seam(left: str, right: str) -> str:
    """``left + right`` as citeproc-py concatenates: a doubled mark at the seam is dropped."""
    if left and right and left[-1] == right[0] and right[0] in _SEAM:
        right = right[1:]
    return left + right


def _chain(*pieces: str) -> str:
    return reduce(_seam, pieces, "")


def _joined(pieces: Sequence[str], delimiter: str) -> str:
    """The non-empty pieces with ``delimiter`` between them, seam by seam."""
    out = ""
    for piece in (p for p in pieces if p):
        out = _chain(out, delimiter, piece) if out else piece
    return out


def title_case(text: str, language: str) -> str:
    """CSL ``text-case="title"`` as citeproc-py does it: only for English, word by word.

    A word in lower case is capitalised unless it is a stop word (which stays lower
    case except first or after a colon or period); other words are left alone.
    """
    if language[:2] != "en":
        return text
    words, previous = [], ":"
    for word in text.split():
        capitalise = word.islower() and (word not in _STOP_WORDS or previous in ":.")
        words.append(word[0].upper() + word[1:] if capitalise else word)
        previous = words[-1][-1]
    return " ".join(words)


def _names(names: Sequence[str], and_term: str) -> str:
    """Literal names as citeproc-py lists them: "A, B, and C" (comma before the last, always)."""
    if len(names) == 1:
        return names[0]
    return _chain(_joined(names[:-1], ", "), ", ", f"{and_term} ", names[-1])


def _year(date: PartialDate, era: str) -> str:
    """CSL marks a year before 1000 with the style's ``ad`` term: ``999 AD``."""
    return f"{date.year}{era}" if date.year < 1000 else str(date.year)


def _month_day_year(date: PartialDate, era: str) -> str:
    """``January 20, 2022``, ``May 2022`` or ``2022`` (Chicago's dates, APA's accessed)."""
    if date.month is None:
        return _year(date, era)
    month = calendar.month_name[date.month]
    return f"{month} {date.day}, {_year(date, era)}" if date.day else f"{month} {_year(date, era)}"


def _year_month_day(date: PartialDate, era: str) -> str:
    """``2022, January 20``, ``2022, May`` or ``2022`` (APA's issued date)."""
    if date.month is None:
        return _year(date, era)
    month = calendar.month_name[date.month]
    return f"{_year(date, era)}, {month} {date.day}" if date.day else f"{_year(date, era)}, {month}"


def _escaped(c: Citation) -> tuple[tuple[str, ...], str, str, str]:
    """Authors, title, source ("" if unknown) and archive name, HTML-escaped."""
    authors = tuple(html.escape(a, quote=False) for a in c.authors)
    return (
        authors,
        html.escape(c.title, quote=False),
        html.escape(c.source, quote=False),
        html.escape(c.site.name, quote=False),
    )


def _source(source: str, language: str) -> str:
    """The source in italics, title-cased; the unknown-source label as it is."""
    return f"<i>{title_case(source, language) if source else UNKNOWN_SOURCE}</i>"


def chicago(c: Citation) -> str:
    """Chicago 18th edition, bibliography entry."""
    authors, title, source, archive = _escaped(c)
    if len(authors) >= _CHICAGO_ET_AL_MIN:
        byline = _joined([*authors[:_CHICAGO_ET_AL_FIRST], "et al."], ", ")
    else:
        byline = _names(authors, "and") if authors else _source(source, c.language)
    issued = _month_day_year(c.date, _CHICAGO_ERA) if c.date else NO_DATE
    accessed = (
        f"Accessed {_month_day_year(c.archived, _CHICAGO_ERA)}"
        if c.archived and c.url and not c.date
        else ""
    )
    pieces = (
        byline,
        f"“{title_case(title, c.language)}”",
        f"{_source(source, c.language)}, {issued}",
        archive,
        accessed,
        c.url,
    )
    return _joined([_seam(p, ".") for p in pieces if p], " ")


def apa(c: Citation) -> str:
    """APA 7th edition, reference-list entry; an article without authors is led by its title."""
    authors, title, source, archive = _escaped(c)
    if len(authors) >= _APA_ET_AL_MIN:
        byline = _joined([*authors[:_APA_ET_AL_FIRST], f"… {authors[-1]}"], ", ")
    else:
        byline = _names(authors, "&amp;") if authors else title
    issued = _year_month_day(c.date, _APA_ERA) if c.date else NO_DATE
    retrieved = ""
    if c.url and not c.date:
        accessed = f"{_month_day_year(c.archived, _APA_ERA)}, from " if c.archived else ""
        retrieved = f"Retrieved {accessed}{c.url}"
    pieces = (byline, f"({issued})", title if authors else "", _source(source, c.language), archive)
    return _joined([*(_seam(p, ".") for p in pieces if p), retrieved or c.url], " ")
