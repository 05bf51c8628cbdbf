"""The citation fixture archive (``tests/fixtures/citations``) read by independent readers.

Every article's exports are read back by bibtexparser, rispy and json; its page's
Highwire and Dublin Core tags by lxml and its JSON-LD by extruct. The archive holds
several authors (three, two in Arabic, seven), a credited original source (with and
without a known publication), full, month-only, year-only and unknown dates, unknown
sources, English, Arabic and Kurdish titles, news, a statement and a press release.
citeproc-js renders every one of them in
``test_citation_pages.test_the_visible_references_are_what_citeproc_js_renders``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import bibtexparser
import extruct
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from lxml import html as lxml_html

from conftest import CITATION_PUBLIC_URL, CITATION_SITE

#: What each article of the fixture archive says: title, authors, date as known
#: (CSL date-parts), publication, credited original source.
ARTICLES: dict[str, tuple[str, list[str], list[int], str, str]] = {
    "qamishlo-cell-several-authors": (
        "Intelligence units say they broke up a cell in Qamishlo",
        ["Jane Example", "Rêber Nimûne", "Ahmad al-Mithal"],
        [2021, 6, 14],
        "Example Wire",
        "Example News Agency",
    ),
    "kobani-undated-credited": (
        "Êrîşa li ser gundekî Kobanî",
        [],
        [],
        "",
        "Ajansa Nûçeyan a Mînak",
    ),
    "raqqa-two-authors-month": (
        'بيان حول "الهجوم" على الرقة',
        ["أحمد مثال", "ليلى نموذج"],
        [2023, 3],
        "وكالة مثال",
        "",
    ),
    "year-only-seven-authors": (
        "A joint report known only by its year",
        ["A. One", "B. Two", "C. Three", "D. Four", "E. Five", "F. Six", "G. Seven"],
        [2019],
        "",
        "",
    ),
    "undated-unknown-source": ("A report with no date, no source and no author", [], [], "", ""),
    "press-release-issued": (
        "Security forces end an operation in the camp",
        [],
        [2022, 9, 18],
        "Example Security Office",
        "",
    ),
}
#: The articles whose front-matter says what kind of item they are (the others are news).
KINDS = {"raqqa-two-authors-month": "statement", "press-release-issued": "press-release"}
#: What each format calls each kind: Zotero's item type and report type, CSL type and
#: genre, BibTeX entry type, RIS type, and the field of each that names the source.
FORMATS = {
    "news": ("newspaperArticle", "News Item", "article-newspaper", "", "article", "NEWS"),
    "statement": ("report", "Statement", "report", "Statement", "report", "RPRT"),
    "press-release": ("report", "Press release", "report", "Press release", "report", "RPRT"),
}


def read(site: Path, slug: str, name: str = "index.html") -> str:
    return (site / "articles" / slug / name).read_text(encoding="utf-8")


def meta_tags(page: str, name: str) -> list[str]:
    return lxml_html.fromstring(page).xpath(f"//head/meta[@name='{name}']/@content")


def bib_entry(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    [entry] = library.entries
    return {f.key: f.value for f in entry.fields}


def test_the_archive_holds_every_case_the_citations_must_cover() -> None:
    slugs = sorted(p.stem for p in CITATION_SITE.glob("*.md"))
    assert slugs == sorted(ARTICLES)


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_bibtex_as_bibtexparser_reads_it(citation_site: Path, slug: str) -> None:
    title, authors, date, source, credited = ARTICLES[slug]
    text = read(citation_site, slug, "cite.bib")
    fields = bib_entry(text)
    _, _, _, genre, entry_type, _ = FORMATS[KINDS.get(slug, "news")]
    [entry] = bibtexparser.parse_string(text).entries
    assert entry.entry_type == entry_type
    assert fields.get("type", "") == genre
    assert fields["title"] == title
    assert (fields["author"].split(" and ") if authors else []) == authors
    assert fields.get("date", "") == "-".join(f"{p:02d}" for p in date)
    assert "year" not in fields  # biblatex's date says all that is known, never "n.d."
    assert fields.get("institution" if genre else "journaltitle", "") == source
    assert fields.get("origpublisher", "") == credited


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_ris_as_rispy_reads_it(citation_site: Path, slug: str) -> None:
    title, authors, date, source, credited = ARTICLES[slug]
    [record] = rispy.loads(read(citation_site, slug, "cite.ris"))
    [item] = json.loads(read(citation_site, slug, "cite.json"))
    _, _, _, genre, _, ris_type = FORMATS[KINDS.get(slug, "news")]
    assert record["type_of_reference"] == ris_type
    assert record.get("type_of_work", "") == genre
    assert record["title"] == title
    assert record.get("authors", []) == authors
    known = [f"{p:02d}" for p in date] + [""] * (3 - len(date))
    assert record.get("date", "///") == "/".join(known) + "/"  # RIS leaves unknown parts empty
    assert record.get("publisher" if genre else "secondary_title", "") == source
    assert (f"Originally reported by {credited}" in record["notes"]) == bool(credited)
    assert (record["name_of_database"], record["accession_number"]) == (
        item["archive"],
        item["archive_location"],
    )


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_csl_json_as_json_reads_it(citation_site: Path, slug: str) -> None:
    title, authors, date, source, credited = ARTICLES[slug]
    [item] = json.loads(read(citation_site, slug, "cite.json"))
    _, _, csl_type, genre, _, _ = FORMATS[KINDS.get(slug, "news")]
    assert (item["type"], item.get("genre", "")) == (csl_type, genre)
    assert item["title"] == title
    assert [a["literal"] for a in item.get("author", [])] == authors
    assert item.get("issued", {"date-parts": [[]]}) == {"date-parts": [date]}
    assert item.get("publisher" if genre else "container-title", "") == source
    assert ("Originally reported by" in item["note"]) == bool(credited)


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_every_author_is_its_own_tag_in_order(citation_site: Path, slug: str) -> None:
    """Zotero makes one creator of each ``citation_author``."""
    page = read(citation_site, slug)
    authors = ARTICLES[slug][1]
    assert meta_tags(page, "citation_author") == authors
    assert meta_tags(page, "DC.creator") == authors
    url = f"{CITATION_PUBLIC_URL}/articles/{slug}/"
    [data] = extruct.extract(page, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert [a["name"] for a in data.get("author", [])] == authors


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_json_ld_credits_the_original_source(citation_site: Path, slug: str) -> None:
    """The report the archived one is based on, and the report that one credits."""
    _, _, date, source, credited = ARTICLES[slug]
    url = f"{CITATION_PUBLIC_URL}/articles/{slug}/"
    page = read(citation_site, slug)
    [data] = extruct.extract(page, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"]
    original: dict[str, Any] = data.get("isBasedOn", {})
    if credited:
        assert original["isBasedOn"]["publisher"] == {"@type": "Organization", "name": credited}
        assert original["archivedAt"] == url
        assert original.get("datePublished", "") == "-".join(f"{p:02d}" for p in date)
        assert original.get("publisher", {}).get("name", "") == source
    else:
        assert "isBasedOn" not in original


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_what_zotero_reads_beyond_highwire(citation_site: Path, slug: str) -> None:
    """Zotero's Embedded Metadata translator: ``z.itemType`` is the item type,
    ``DC.coverage`` its *Loc. in Archive*, ``DC.description`` (with ``z.itemType``) its
    *Extra*; the page's description its abstract; an element of class ``byline`` its
    authors when no tag names any."""
    page = read(citation_site, slug)
    [item] = json.loads(read(citation_site, slug, "cite.json"))
    credited = ARTICLES[slug][4]
    zotero_type, dc_type, _, genre, _, _ = FORMATS[KINDS.get(slug, "news")]
    assert meta_tags(page, "z.itemType") == [zotero_type]
    assert meta_tags(page, "DC.type") == [dc_type]  # also Zotero's report type
    source = ARTICLES[slug][3]
    assert meta_tags(page, "DC.publisher" if genre else "DC.source") == ([source] if source else [])
    assert meta_tags(page, "DC.coverage") == [item["archive_location"]]
    assert meta_tags(page, "DC.description") == (
        [f"Originally reported by {credited}"] if credited else []
    )
    assert meta_tags(page, "description") == ([item["abstract"]] if "abstract" in item else [])
    assert lxml_html.fromstring(page).xpath("//*[contains(@class, 'byline')]") == []
