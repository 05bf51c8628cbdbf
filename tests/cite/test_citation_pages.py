"""Citation data in built pages, read by independent readers (extruct, lxml, bibtexparser...)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import bibtexparser
import extruct
import pytest
import rispy
from lxml import html as lxml_html
from test_citation_formats import render_csl

from archivist.build.site import build
from archivist.cite.references import STYLES, finished
from citeproc_oracle import citeproc_js, entry
from conftest import FIXTURE_SITE, SETTINGS, settings_elsewhere

PUBLIC = "https://archive.example.org/isis"


@pytest.fixture(scope="session")
def public_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built with a public address, as a published archive is."""
    tmp = tmp_path_factory.mktemp("public")
    output = tmp / "output"
    build(
        settings_elsewhere(tmp, archive=f'"public_url": {PUBLIC!r}'),
        output,
        FIXTURE_SITE,
        locked=True,
    )
    return output


def read(site: Path, slug: str, name: str = "index.html") -> str:
    return (site / "articles" / slug / name).read_text(encoding="utf-8")


def meta(page: str) -> list[tuple[str, str]]:
    tree = lxml_html.fromstring(page)
    return [(m.get("name"), m.get("content")) for m in tree.xpath("//head/meta[@name]")]


def highwire(page: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for name, content in meta(page):
        if name.startswith("citation_"):
            tags.setdefault(name, []).append(content)
    return tags


def json_ld(page: str, url: str) -> dict[str, object]:
    [data] = extruct.extract(page, base_url=url, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert isinstance(data, dict)
    return data


def test_highwire_tags_as_zotero_reads_them(public_site: Path) -> None:
    tags = highwire(read(public_site, "haseke-prison-attack"))
    assert tags["citation_title"] == ["Attack on a prison in Hesekê"]
    assert tags["citation_author"] == ["A. Reporter"]
    assert tags["citation_publication_date"] == ["2022/01/20"]
    assert "citation_journal_title" not in tags  # it would make every report a journal article
    assert tags["citation_language"] == ["en"]
    assert tags["citation_public_url"] == [f"{PUBLIC}/articles/haseke-prison-attack/"]
    assert tags["citation_archive_name"] == ["ISIS in North-East Syria and Iraq: a report archive"]


def test_partial_and_unknown_dates_and_sources(public_site: Path) -> None:
    arabic = highwire(read(public_site, "raqqa-attack-arabic"))
    assert arabic["citation_publication_date"] == ["2022/12"]  # Google Scholar's form
    assert arabic["citation_date"] == ["2022-12"]  # what Zotero keeps as the date
    assert highwire(read(public_site, "year-only"))["citation_date"] == ["2019"]
    undated = highwire(read(public_site, "halab-undated"))
    assert "citation_date" not in undated and "citation_publication_date" not in undated


def test_no_placeholder_and_no_other_reports_date_for_a_reader(public_site: Path) -> None:
    """Zotero takes a page's first <time datetime> when the meta tags give no date."""
    for page_path in sorted((public_site / "articles").glob("*/index.html")):
        page = page_path.read_text(encoding="utf-8")
        assert "[source unknown]" not in [content for _, content in meta(page)]
        tree = lxml_html.fromstring(page)
        dates = tree.xpath("//time/@datetime")
        named = [content for name, content in meta(page) if name == "DC.date"]
        assert dates == [d.replace("/", "-") for d in named][: len(dates)], page_path
    for name in ("cite.bib", "cite.ris", "cite.json"):
        assert "source unknown" not in read(public_site, "halab-undated", name)


def test_json_ld_is_a_news_article_in_the_archive(public_site: Path) -> None:
    url = f"{PUBLIC}/articles/raqqa-attack-arabic/"
    data = json_ld(read(public_site, "raqqa-attack-arabic"), url)
    assert data["@type"] == ["NewsArticle", "ArchiveComponent"]
    assert data["headline"] == "هجوم على مدينة الرقة"
    assert data["datePublished"] == "2022-12"
    assert data["inLanguage"] == "ar"
    assert data["url"] == url
    assert data["isPartOf"] == {
        "@type": "Collection",
        "name": "ISIS in North-East Syria and Iraq: a report archive",
        "url": f"{PUBLIC}/",
    }
    assert data["contentLocation"] == [
        {
            "@type": "Place",
            "name": "Raqqa",  # the gazetteer's name for the place written الرقة
            "alternateName": "الرقة",
            "geo": {"@type": "GeoCoordinates", "latitude": 35.95, "longitude": 39.01},
        }
    ]


def test_dublin_core_names_the_publication_and_a_news_item(public_site: Path) -> None:
    page = read(public_site, "haseke-prison-attack")
    [dc] = extruct.extract(page, syntaxes=["dublincore"], uniform=False)["dublincore"]
    elements = {e["name"]: e["content"] for e in dc["elements"]}
    assert elements["DC.source"] == "Example Wire"  # Zotero's Publication
    assert elements["DC.type"] == "News Item"  # Zotero's Newspaper Article
    assert elements["DC.identifier"] == f"{PUBLIC}/articles/haseke-prison-attack/"
    unknown = extruct.extract(read(public_site, "halab-undated"), syntaxes=["dublincore"])
    assert "DC.source" not in {e["name"] for e in unknown["dublincore"][0]["elements"]}


def test_json_ld_keeps_the_original_apart_from_the_archived_copy(public_site: Path) -> None:
    url = f"{PUBLIC}/articles/haseke-prison-attack/"
    data = json_ld(read(public_site, "haseke-prison-attack"), url)
    assert "sameAs" not in data
    assert data["dateCreated"] == "2024-05-09"
    assert data["isBasedOn"] == {
        "@type": "NewsArticle",
        "headline": "Attack on a prison in Hesekê",
        "url": "https://example.org/reports/haseke",
        "publisher": {"@type": "Organization", "name": "Example Wire"},
        "datePublished": "2022-01-20",
        "archivedAt": url,
    }
    names = [place["name"] for place in data.get("contentLocation", [])]
    assert len(names) == len(set(names))


def test_the_cite_files_are_written_next_to_the_article(public_site: Path) -> None:
    library = bibtexparser.parse_string(read(public_site, "haseke-prison-attack", "cite.bib"))
    [entry] = library.entries
    assert entry.fields_dict["url"].value == f"{PUBLIC}/articles/haseke-prison-attack/"
    assert "urldate" not in entry.fields_dict  # the capture accessed the original, not this
    [record] = rispy.loads(read(public_site, "haseke-prison-attack", "cite.ris"))
    assert record["title"] == "Attack on a prison in Hesekê"
    csl = read(public_site, "haseke-prison-attack", "cite.json")
    [item] = json.loads(csl)
    assert item["issued"] == {"date-parts": [[2022, 1, 20]]}
    assert "accessed" not in item
    assert (item["archive"], item["archive_location"]) == (
        "ISIS in North-East Syria and Iraq: a report archive",
        "9f9a4cc4",
    )
    assert "Attack on a prison in Hesekê" in render_csl(csl)


def test_downloads_are_named_after_the_article(public_site: Path) -> None:
    tree = lxml_html.fromstring(read(public_site, "haseke-prison-attack"))
    names = tree.xpath("//p[@class='downloads']/a/@download")
    assert names == [
        "examplewire2022attack.bib",
        "examplewire2022attack.ris",
        "examplewire2022attack.json",
    ]
    [entry] = bibtexparser.parse_string(
        read(public_site, "haseke-prison-attack", "cite.bib")
    ).entries
    assert entry.key == "examplewire2022attack"


@pytest.mark.parametrize("site", ["seed_site", "public_site", "citation_site"])
def test_the_visible_references_are_what_citeproc_js_renders(
    site: str, request: pytest.FixtureRequest
) -> None:
    """Every article's "Cite this" references equal citeproc-js's rendering of its own
    CSL-JSON file with the archive's CSL styles: undated, unknown source, no author,
    several authors, a credited source, partial dates, Arabic and Kurdish titles."""
    output: Path = request.getfixturevalue(site)
    pages = sorted((output / "articles").glob("*/index.html"))
    items = [json.loads((p.parent / "cite.json").read_text(encoding="utf-8"))[0] for p in pages]
    rendered = citeproc_js(items)
    for page_path, item in zip(pages, items, strict=True):
        tree = lxml_html.fromstring(page_path.read_text(encoding="utf-8"))
        for style in STYLES:
            [shown] = tree.xpath(f"//p[@id='ref-{style}']")
            inner = html.escape(shown.text or "", quote=False) + "".join(
                lxml_html.tostring(child, encoding="unicode") for child in shown
            )
            assert inner == finished(style, entry(rendered[item["id"]][style])).html, page_path


def test_the_panel_shows_source_archived_date_and_permalinks(public_site: Path) -> None:
    tree = lxml_html.fromstring(read(public_site, "haseke-prison-attack"))
    panel = tree.xpath("//section[@class='cite']")[0]
    assert panel.xpath(".//a[@class='source-url']/@href") == ["https://example.org/reports/haseke"]
    assert panel.xpath(".//span[@class='archived']/@data-date") == ["2024-05-09"]
    assert panel.xpath(".//a[@class='archive-permalink']/text()") == [
        f"{PUBLIC}/articles/haseke-prison-attack/"
    ]
    assert panel.xpath(".//a[@class='short-link']/text()") == [f"{PUBLIC}/a/9f9a4cc4/"]
    references = [" ".join(p.text_content().split()) for p in panel.xpath(".//p[@id]")]
    assert references[0].startswith("A. Reporter. “Attack on a Prison in Hesekê.”")
    assert "[source unknown]" not in " ".join(references)
    assert references[1].startswith("A. Reporter. (2022, January 20).")


def test_a_relative_build_has_no_invented_address(fixture_site: Path) -> None:
    page = read(fixture_site, "haseke-prison-attack")
    assert "citation_public_url" not in highwire(page)
    assert "url" not in json_ld(page, "file:///")
    tree = lxml_html.fromstring(page)
    assert tree.xpath("//a[@class='archive-permalink']/text()") == [
        "articles/haseke-prison-attack/"
    ]
    assert tree.xpath("//dd[span[@class='archived']]") != []
    undated = lxml_html.fromstring(read(fixture_site, "halab-undated"))
    assert "date of capture not recorded" in undated.xpath("string(//section[@class='cite'])")


def test_json_ld_cannot_be_closed_by_the_text(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    title = "</script><script>alert(1)</script><!-- & more"
    (content / "x.md").write_text(
        f"---\ntitle: {json.dumps(title)}\nslug: tricky\n---\nText.\n", encoding="utf-8"
    )
    build(SETTINGS, tmp_path / "output", content)
    page = read(tmp_path / "output", "tricky")
    # offline-links.js, JSON-LD, cite.js's words, cite.js: nothing injected
    assert page.count("<script") == 4
    assert json_ld(page, "file:///")["headline"] == title


def test_paragraph_anchors_are_numbered_unique_and_linked(seed_site: Path) -> None:
    for page_path in sorted((seed_site / "articles").glob("*/index.html")):
        tree = lxml_html.fromstring(page_path.read_text(encoding="utf-8"))
        paragraphs = tree.xpath("//div[@class='article-body']//p")
        ids = [p.get("id") for p in paragraphs]
        assert ids == [f"p{n}" for n in range(1, len(ids) + 1)], page_path
        links = [p.xpath("./a[@class='para-link']")[0] for p in paragraphs]
        assert [a.get("href") for a in links] == [f"#{i}" for i in ids]
        assert all(a.get("aria-label") for a in links)
        all_ids = tree.xpath("//@id")
        assert len(all_ids) == len(set(all_ids)), page_path


def test_paragraph_anchors_are_stable_across_rebuilds(fixture_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(SETTINGS, again, FIXTURE_SITE, locked=True)
    for slug in ("haseke-prison-attack", "raqqa-attack-arabic"):
        first = lxml_html.fromstring(read(fixture_site, slug))
        second = lxml_html.fromstring(read(again, slug))
        pairs = [(p.get("id"), p.text_content()) for p in first.xpath("//p[@id]")]
        assert pairs == [(p.get("id"), p.text_content()) for p in second.xpath("//p[@id]")]


def test_a_published_build_cites_siteurl_and_redirects_to_clean_urls(tmp_path: Path) -> None:
    settings = settings_elsewhere(tmp_path, f"SITEURL = {PUBLIC!r}\nRELATIVE_URLS = False\n")
    output = tmp_path / "output"
    build(settings, output, FIXTURE_SITE, locked=True)
    article = f"{PUBLIC}/articles/haseke-prison-attack/"
    assert highwire(read(output, "haseke-prison-attack"))["citation_public_url"] == [article]
    short = (output / "a" / "9f9a4cc4" / "index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url={article}">' in short
    assert f'<link rel="canonical" href="{article}">' in short
