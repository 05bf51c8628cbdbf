"""The formatter writes, for every citation the archive can hold, what citeproc-js writes.

citeproc-js (the CSL processor of Zotero and citation.js) rendering the vendored CSL
styles (``citeproc_oracle``) is the reference: each case below names one corner of a
citation (authors, dates, sources, titles, addresses), and all of them are rendered in
one node run.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from archivist.cite.citation import Citation, SiteInfo
from archivist.cite.item_types import TYPES
from archivist.cite.references import references
from archivist.content.dates import PartialDate
from citation_helpers import cite
from citeproc_oracle import citeproc_references

NO_URL = {"site": SiteInfo("ISIS archive"), "source_url": ""}
CASES = {
    "the usual article": {},
    "no author": {"authors": ()},
    "two authors": {"authors": ("A. One", "B. Two")},
    "six authors": {"authors": tuple(f"Writer {i}" for i in range(6))},
    "seven authors (Chicago's et al.)": {"authors": tuple(f"Writer {i}" for i in range(7))},
    "twenty authors": {"authors": tuple(f"Writer {i}" for i in range(20))},
    "21 authors (APA's ellipsis)": {"authors": tuple(f"Writer {i}" for i in range(21))},
    "authors ending in periods": {"authors": ("A. Jr.", "B. Sr.", "C,")},
    "year only": {"date": PartialDate(2019)},
    "an id starting with a letter": {"id": "ea55edad"},
    "an id starting with a letter, undated": {"id": "ea55edad", "date": None},
    "a year before 1000": {"date": PartialDate(999, 3, 1)},
    "year zero": {"date": None, "archived": PartialDate(0, 1)},
    "year and month": {"date": PartialDate(2022, 12)},
    "no date": {"date": None},
    "no date, archived": {"date": None, "archived": PartialDate(2024, 5, 9)},
    "no date, archived in a month": {"date": None, "archived": PartialDate(2024, 2)},
    "no date, archived in a year": {"date": None, "archived": PartialDate(2024)},
    "dated and archived": {"archived": PartialDate(2024, 5, 9)},
    "the original cited, undated, accessed": {
        "site": SiteInfo("ISIS archive"),
        "date": None,
        "archived": PartialDate(2024, 5, 9),
    },
    "the original cited, dated, accessed": {
        "site": SiteInfo("ISIS archive"),
        "archived": PartialDate(2024, 5),
    },
    "no address": NO_URL,
    "no address, no date, archived": {**NO_URL, "date": None, "archived": PartialDate(2024)},
    "only the original address": {"site": SiteInfo("ISIS archive")},
    "an address ending in a period": {"site": SiteInfo("A"), "source_url": "https://x.org/a."},
    "an address with & and <": {"site": SiteInfo("A"), "source_url": "https://x.org/?a&b=<i>"},
    "originally reported elsewhere": {"original_source": "Baladi News"},
    "unknown source": {"source": ""},
    "unknown source, no author": {"source": "", "authors": ()},
    "lower-case source": {"source": "the daily star of a town: news"},
    "source ending in a period": {"source": "Wire Inc.", "authors": ()},
    "Arabic": {"title": "هجوم على مدينة الرقة", "language": "ar", "source": "عنب بلدي"},
    "Kurdish title not title-cased": {"title": "êrîş li ser girtîgehê", "language": "ku"},
    "regional English": {"title": "the war of the words", "language": "en-GB"},
    "question": {"title": "Has ISIS returned to rural Aleppo?"},
    "apostrophes": {"title": "Turkey's war on the SDF's allies goes ahead", "authors": ()},
    "a quoted end, unknown source": {"title": "They call it “a new phase”", "source": ""},
    "Arabic with quotes inside": {
        "title": "قسد تطلق غرفة عمليات “حملة الانتقام لشهداء الرقة” لملاحقة خلايا",
        "language": "ar",
        "source": "",
        "authors": (),
    },
    "exclamation, no author": {"title": "They are back!", "authors": ()},
    "initials at the end": {"title": "Attack on U.S.", "authors": ()},
    "ellipsis": {"title": "Wait...", "authors": ()},
    "trailing comma and colon": {"title": "First, second,"},
    "quotes inside": {"title": "He said “no”, then “yes.” Then 'maybe'"},
    "HTML-special characters": {"title": '<script>alert("x")</script> R&D', "authors": ("A & B",)},
    "stop words and colons": {"title": "the of and a via: of the. the end of it"},
    "odd words": {"title": "self-made x-ray iPhone e.g. o'neil ñandú über ßtraße"},
    "runs of spaces and a line break": {"title": "attack  on\n the   city"},
    "archive name with a period": {"site": SiteInfo("Archive Inc.", "https://x.org")},
    "no archive name": {"site": SiteInfo("", "https://x.org")},
}


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[object, ...]]:
    return citeproc_references(_case(name, kind) for name in CASES for kind in TYPES)


def _case(name: str, kind: str) -> Citation:
    key = f"case{list(CASES).index(name)}{kind}"
    return replace(cite(**CASES[name]), key=key, kind=TYPES[kind])


@pytest.mark.parametrize("kind", TYPES)
@pytest.mark.parametrize("name", CASES)
def test_the_formatter_writes_what_citeproc_js_writes(
    name: str, kind: str, rendered: dict[str, tuple[object, ...]]
) -> None:
    """Every case as a news report, a press release and a statement."""
    c = _case(name, kind)
    assert references(c) == rendered[c.cite_key]


def test_a_press_release_is_a_report_of_its_issuer() -> None:
    chicago, apa, mla = references(cite(kind=TYPES["press-release"]))
    assert chicago.html.startswith(
        "A. Reporter. <i>Attack on a Prison in Hesekê</i>. Press release. Example Wire, 2022."
    )
    assert apa.html.startswith("A. Reporter. (2022). <i>Attack on a prison in Hesekê</i> [Press")
    assert (
        "Statement. Example Wire, 20 Jan. 2022,"
        in references(cite(kind=TYPES["statement"]))[2].html
    )
    assert mla.html.startswith("A. Reporter. <i>Attack on a Prison in Hesekê</i>. Press release.")


def test_an_unknown_source_is_never_printed_as_a_publication() -> None:
    chicago, apa, _ = references(cite(source="", authors=()))
    assert chicago.html.startswith("<i>Attack on a Prison in Hesekê</i>. January 20, 2022.")
    assert apa.html.startswith("<i>Attack on a prison in Hesekê</i>. (2022, January 20).")
    assert "unknown" not in chicago.text + apa.text
