"""Citation files read back by independent readers: bibtexparser, rispy and citeproc-py."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

from archivist.cite.citation import Citation, SiteInfo
from archivist.cite.formats import bibtex, csl_json, ris
from archivist.content.dates import PartialDate
from citation_helpers import cite as example_citation

TRICKY = "Ransom {demands} of 50% & \"quotes\" 'single' $5 #1 a_b ~ \\ — هجوم على مدينة الرقة"
SITE = SiteInfo("ISIS archive", "https://archive.example.org/isis")


def cite(**changes: object) -> Citation:
    """The helpers' example citation with every field these files write filled in."""
    return example_citation(
        **{
            "id": "ea55edad",
            "authors": ("A. Reporter", "وكالة مثال"),
            "source_url": "https://example.org/reports/haseke?id=1&lang=en",
            "original_source": "Baladi News",
            "archived": PartialDate(2024, 5, 9),
            "site": SITE,
            **changes,
        }
    )


def bib_fields(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    [entry] = library.entries
    return {f.key: f.value for f in entry.fields}


def test_bibtex_round_trips_special_characters_and_arabic() -> None:
    fields = bib_fields(bibtex(cite(title=TRICKY, source="R&D {Weekly} 100%")))
    assert fields["title"] == TRICKY
    assert fields["journaltitle"] == "R&D {Weekly} 100%"
    assert fields["entrysubtype"] == "newspaper"
    assert fields["author"] == "A. Reporter and وكالة مثال"
    assert fields["date"] == "2022-01-20"
    assert fields["origpublisher"] == "Baladi News"
    assert "urldate" not in fields  # the permalink is cited; the capture accessed the original


def test_bibtex_gives_the_access_date_with_the_original_address() -> None:
    [entry] = bibtexparser.parse_string(bibtex(cite(site=SiteInfo("ISIS archive")))).entries
    assert entry.fields_dict["url"].value == "https://example.org/reports/haseke?id=1&lang=en"
    assert entry.fields_dict["urldate"].value == "2024-05-09"


def test_bibtex_urls_are_verbatim() -> None:
    library = bibtexparser.parse_string(bibtex(cite()))
    [entry] = library.entries
    assert entry.fields_dict["url"].value == (
        "https://archive.example.org/isis/articles/haseke-prison-attack/"
    )
    assert entry.key == "ea55edad"  # no readable key given: the id
    assert entry.entry_type == "article"
    assert (
        bibtexparser.parse_string(bibtex(cite(key="examplewire2022attack"))).entries[0].key
        == "examplewire2022attack"
    )


def test_bibtex_of_an_article_without_date_or_source() -> None:
    fields = bib_fields(bibtex(cite(date=None, source="", authors=(), source_url="")))
    assert not {"year", "date", "month", "journal", "journaltitle", "author"} & set(fields)
    assert "n.d." not in str(fields) and "unknown" not in str(fields)


def test_ris_is_read_back_by_rispy() -> None:
    [record] = rispy.loads(ris(cite(title=TRICKY)))
    assert record["type_of_reference"] == "NEWS"
    assert record["title"] == " ".join(TRICKY.split())
    assert record["authors"] == ["A. Reporter", "وكالة مثال"]
    assert record["secondary_title"] == "Example Wire"
    assert record["date"] == "2022/01/20/"
    assert "access_date" not in record
    assert record["urls"] == ["https://archive.example.org/isis/articles/haseke-prison-attack/"]
    assert "Original: https://example.org/reports/haseke?id=1&lang=en" in record["notes"]
    assert record["name_of_database"] == "ISIS archive"  # Zotero's Archive
    assert record["accession_number"] == "ea55edad"  # Zotero's Loc. in Archive


def test_ris_of_an_article_without_date_or_source() -> None:
    [record] = rispy.loads(ris(cite(date=None, source="", archived=None)))
    assert "secondary_title" not in record
    assert "year" not in record and "date" not in record


def test_ris_keeps_each_value_on_one_line() -> None:
    text = ris(cite(title="Line one\nline two\r\nthree"))
    assert "TI  - Line one line two three\n" in text


def render_csl(text: str, style: str = "harvard-cite-them-right") -> str:
    """Render a CSL-JSON file with citeproc-py's own bundled style, as any CSL processor would."""
    items = json.loads(text)
    bibliography = CitationStylesBibliography(
        CitationStylesStyle(style, validate=False), CiteProcJSON(items), formatter.plain
    )
    bibliography.register(CslCitation([CitationItem(items[0]["id"])]))
    return str(bibliography.bibliography()[0])


def test_csl_json_is_rendered_by_citeproc() -> None:
    text = render_csl(csl_json(cite(title=TRICKY)))
    assert TRICKY.split(" — ")[1] in text
    assert "2022" in text
    assert "Example Wire" in text


def test_csl_json_of_an_undated_article_renders_no_date() -> None:
    [item] = json.loads(csl_json(cite(date=None, source="")))
    assert "issued" not in item and "container-title" not in item
    text = render_csl(csl_json(cite(date=None, source="")))
    assert "(no date)" in text  # this Harvard style's term for n.d.
    assert "unknown" not in text


@pytest.mark.parametrize("date", [PartialDate(2019), PartialDate(2022, 12)])
def test_partial_dates_keep_only_what_is_known(date: PartialDate) -> None:
    [item] = json.loads(csl_json(cite(date=date)))
    assert item["issued"] == {"date-parts": [[p for p in (date.year, date.month) if p]]}


def test_a_relative_build_cites_the_original_address() -> None:
    [item] = json.loads(csl_json(cite(site=SiteInfo("ISIS archive"))))
    assert item["URL"] == "https://example.org/reports/haseke?id=1&lang=en"
    assert item["accessed"] == {"date-parts": [[2024, 5, 9]]}  # when the capture was made
    assert item["archive"] == "ISIS archive"
    assert item["archive_location"] == "ea55edad"
