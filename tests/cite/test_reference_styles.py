"""The formatter writes, for every citation the archive can hold, what citeproc-py writes.

citeproc-py rendering the vendored CSL styles (``citeproc_oracle``) is the reference:
explicit examples name the cases one by one, and a property test (hypothesis) draws
citations from every field's range: 0 to 25 authors, English titles that title-case,
Arabic, HTML-special characters, quotes and closing punctuation, partial and missing
dates, known and unknown sources, with and without an address.
"""

from __future__ import annotations

import calendar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archivist.cite.citation import Citation, SiteInfo
from archivist.cite.reference_styles import title_case
from archivist.cite.references import STYLES, reference
from archivist.content.dates import PartialDate
from citation_helpers import cite
from citeproc_oracle import citeproc_reference

#: Each example renders both styles with citeproc-py (about 30 ms): 400 take ~15 s.
EXAMPLES = 400


def assert_as_citeproc(c: Citation) -> None:
    for style in STYLES:
        assert reference(style, c) == citeproc_reference(style, c), style


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
    "a year before 1000": {"date": PartialDate(999, 3, 1)},
    "year zero": {"date": None, "archived": PartialDate(0, 1)},
    "year and month": {"date": PartialDate(2022, 12)},
    "no date": {"date": None},
    "no date, archived": {"date": None, "archived": PartialDate(2024, 5, 9)},
    "no date, archived in a month": {"date": None, "archived": PartialDate(2024, 2)},
    "no date, archived in a year": {"date": None, "archived": PartialDate(2024)},
    "dated and archived": {"archived": PartialDate(2024, 5, 9)},
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


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_the_formatter_writes_what_citeproc_writes(changes: dict[str, object]) -> None:
    assert_as_citeproc(cite(**changes))


def test_chicago_title_cases_english_only() -> None:
    assert title_case("the end: of an era", "en") == "The End: Of an Era"
    assert title_case("the end: of an era", "ar") == "the end: of an era"


# Text from every corner the archive meets: English words (title case), stop words,
# Arabic, HTML specials, quotes and the punctuation that collapses at seams.
ENGLISH = ["the", "of", "and", "a", "via", "so", "yet", "on", "war", "city", "attack"]
ODD_WORDS = ["iPhone", "U.S.", "e.g.", "x-ray", "ßtraße", "ǆemal", "İzmir", "Hesekê", "êrîş"]
ARABIC = ["هجوم", "على", "مدينة", "الرقة"]
MARKS = ["&", "&amp;", "<", ">", "<i>", "</i>", '"', "'", "“", "”", "‘", "’", "…", "—"]
PUNCTUATION = ["(", ")", "[", "]", ";", ":", ",", ".", "?", "!", "..", ""]
WORDS = st.sampled_from(ENGLISH + ODD_WORDS + ARABIC + MARKS + PUNCTUATION)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", ": ", ". ", ", ", "", "\u00a0"])
TEXT = st.one_of(
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=8).map(
        lambda ws: "".join(a + b for a, b in ws)
    ),
    st.text(max_size=30),
).map(str.strip)
NAME = TEXT.filter(bool)
DATE = st.builds(
    lambda y, m, d: PartialDate(y, m, min(d, calendar.monthrange(y, m)[1]) if d and m else None),
    st.integers(0, 9999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 31),
)
URL = st.sampled_from(["https://example.org/a", "http://x.org/a.", "https://x.org/?a=1&b=<i>"])
CITATIONS = st.builds(
    cite,
    title=NAME,
    authors=st.lists(NAME, max_size=25, unique=True).map(tuple),
    source=TEXT,
    date=st.none() | DATE,
    archived=st.none() | DATE,
    source_url=st.just("") | URL,
    original_source=TEXT,
    language=st.sampled_from(["en", "ar", "ku", "tr", "en-US", "eng", "fr"]),
    site=st.builds(SiteInfo, TEXT, st.sampled_from(["", "https://archive.example.org/isis"])),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CITATIONS)
def test_any_citation_is_formatted_as_citeproc_formats_it(c: Citation) -> None:
    assert_as_citeproc(c)
