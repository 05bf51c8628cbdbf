"""Formatted references (Chicago, APA, MLA) as a reader sees them in the "Cite this" panel."""

from __future__ import annotations

from archivist.cite.citation import SiteInfo
from archivist.cite.references import reference, references
from citation_helpers import cite


def test_chicago_and_apa_references() -> None:
    chicago, apa, _ = references(cite())  # Chicago title-cases English headlines; APA does not
    assert chicago.text == (
        "A. Reporter. “Attack on a Prison in Hesekê.” Example Wire, January 20, 2022. "
        "9f9a4cc4. ISIS archive. https://archive.example.org/articles/haseke-prison-attack/."
    )
    assert apa.text == (
        "A. Reporter. (2022, January 20). Attack on a prison in Hesekê. Example Wire. "
        "ISIS archive (9f9a4cc4). https://archive.example.org/articles/haseke-prison-attack/"
    )
    assert "<i>Example Wire</i>" in chicago.html


def test_mla_reference() -> None:
    mla = reference("mla", cite())
    assert mla.text == (
        "A. Reporter. “Attack on a Prison in Hesekê.” Example Wire, 20 Jan. 2022, "
        "ISIS archive, 9f9a4cc4, https://archive.example.org/articles/haseke-prison-attack/."
    )


def test_without_date_source_or_author_the_title_leads() -> None:
    bare = cite(date=None, source="", authors=(), source_url="", site=SiteInfo("ISIS archive"))
    chicago, apa, _ = references(bare)
    assert chicago.text == "Attack on a Prison in Hesekê. n.d. 9f9a4cc4. ISIS archive."
    assert apa.text == "Attack on a prison in Hesekê. (n.d.). ISIS archive (9f9a4cc4)."
    assert reference("mla", bare).text == "Attack on a Prison in Hesekê. ISIS archive, 9f9a4cc4."


def test_reference_html_escapes_the_title_and_keeps_only_italics() -> None:
    html = reference("apa", cite(title="<script>alert(1)</script> R&D")).html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D" in html
    assert "<script>" not in html


def test_arabic_titles_survive() -> None:
    chicago, _, _ = references(cite(title="هجوم على مدينة الرقة", language="ar"))
    assert "“هجوم على مدينة الرقة.”" in chicago.text


def test_no_empty_labels_from_the_styles() -> None:
    assert "Edition" not in reference("chicago", cite()).text


def test_punctuation_is_american_and_not_doubled() -> None:
    chicago, apa, _ = references(cite(title="Has ISIS Returned to Rural Aleppo?"))
    assert "“Has ISIS Returned to Rural Aleppo?” Example Wire" in chicago.text
    assert "Has ISIS Returned to Rural Aleppo? Example Wire" in apa.text
