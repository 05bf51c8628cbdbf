"""Web archives: each HTML page of a WARC or WACZ file becomes a draft with its provenance."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.importer.batch import DUPLICATE, FAILED, WRITTEN, Target, collect, import_captures

PAGE = (
    "<html><head><title>{title} | Hawar News</title>"
    '<meta property="og:site_name" content="Hawar News"></head><body>'
    "<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
    "<p>{text} Gunmen attacked a checkpoint near Raqqa on Monday, local sources said.</p>"
    "<p>The Syrian Democratic Forces said two of their fighters were wounded.</p>"
    "</article><footer>© Hawar News</footer></body></html>"
)


def page(title: str, text: str = "") -> bytes:
    return PAGE.format(title=title, text=text).encode("utf-8")


def write_warc(
    out: io.BufferedIOBase | io.BytesIO, records: list[tuple[str, str, bytes]], gzipped: bool = True
) -> None:
    """A real WARC, as a crawler writes it: request and response records, gzipped (each
    record a gzip member) or not."""
    writer = WARCWriter(out, gzip=gzipped)
    for uri, content_type, body in records:
        request = writer.create_warc_record(
            uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        response = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-09T10:11:12Z"},
        )
        writer.write_record(response)


PAGES = [
    (
        "https://example.org/news/raqqa-checkpoint",
        "text/html; charset=utf-8",
        page("Checkpoint attacked near Raqqa"),
    ),
    ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
    (
        "https://example.org/news/hasakah-cell",
        "text/html",
        page("Cell arrested in Hasakah", "A second report."),
    ),
]


def articles(outcomes: list) -> list[Article]:  # type: ignore[type-arg]
    found = []
    for outcome in outcomes:
        if outcome.status == WRITTEN:
            article = read_article(outcome.target)
            assert isinstance(article, Article), article
            found.append(article)
    return found


def test_each_html_page_of_a_warc_becomes_a_draft_with_its_address_and_capture_time(
    tmp_path: Path,
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        write_warc(out, PAGES)
    outcomes = import_captures([warc], Target(tmp_path / "content", None))
    assert [o.status for o in outcomes] == [WRITTEN, WRITTEN]
    first, second = articles(outcomes)
    assert first.title == "Checkpoint attacked near Raqqa"
    assert first.source_url == "https://example.org/news/raqqa-checkpoint"
    assert second.source_url == "https://example.org/news/hasakah-cell"
    assert first.extra["archived"] == "2024-05-09"
    assert first.extra["imported_from"] == "crawl.warc.gz#1"
    assert first.extra["capture_method"] == "web archive record"
    assert "Home" not in first.body and "©" not in first.body


def kept_record(content: Path, article: Article) -> tuple[ArcWarcRecord, bytes]:
    """The capture kept for ``article`` read back as a WARC file by warcio, digests checked:
    its one record, and the page it holds."""
    raw = (content / article.extra["capture_file"]).read_bytes()
    assert article.extra["capture_file"].endswith(".warc")
    assert hashlib.sha256(raw).hexdigest() == article.extra["raw_sha256"]
    records = ArchiveIterator(io.BytesIO(raw), check_digests="raise")
    record = next(records)
    page = record.content_stream().read()
    assert next(records, None) is None
    return record, page


@pytest.mark.parametrize("gzipped", [True, False])
def test_the_capture_kept_is_the_whole_warc_record_byte_for_byte(
    tmp_path: Path, gzipped: bool
) -> None:
    warc = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    with warc.open("wb") as out:
        write_warc(out, PAGES, gzipped)
    outcomes = import_captures([warc], Target(tmp_path / "content", None))
    first, _ = articles(outcomes)
    kept = (tmp_path / "content" / first.extra["capture_file"]).read_bytes()
    record, served = kept_record(tmp_path / "content", first)
    assert record.rec_type == "response"
    assert record.rec_headers.get_header("WARC-Target-URI") == PAGES[0][0]
    assert record.rec_headers.get_header("WARC-Date") == "2024-05-09T10:11:12Z"
    assert record.rec_headers.get_header("WARC-Payload-Digest", "").startswith("sha1:")
    assert record.http_headers.get_statuscode() == "200"
    assert record.http_headers.get_header("Content-Type") == PAGES[0][1]
    assert served == PAGES[0][2]  # the page as served
    original = list(_records(warc.read_bytes(), gzipped))  # the archive's own bytes
    assert kept in original


def _records(data: bytes, gzipped: bool) -> list[bytes]:
    """Each record of a WARC as ISO 28500 writes it, cut at its WARC/1.0 line."""
    text = gzip.decompress(data) if gzipped else data
    return [b"WARC/1.0" + part for part in text.split(b"WARC/1.0")[1:]]


def test_a_wacz_package_is_read_through_its_warc_files(tmp_path: Path) -> None:
    data = io.BytesIO()
    write_warc(data, PAGES)
    wacz = tmp_path / "collection.wacz"
    with zipfile.ZipFile(wacz, "w") as package:
        package.writestr("archive/data.warc.gz", data.getvalue())
        package.writestr(
            "datapackage.json", json.dumps({"profile": "data-package", "resources": []})
        )
        package.writestr("pages/pages.jsonl", "")
    files, _ = collect([tmp_path])
    assert files == [wacz]
    outcomes = import_captures([tmp_path], Target(tmp_path / "content", None))
    assert [o.status for o in outcomes] == [WRITTEN, WRITTEN]
    found = articles(outcomes)
    assert [a.source_url for a in found] == [PAGES[0][0], PAGES[2][0]]
    kept, served = kept_record(tmp_path / "content", found[1])  # the second, from the zip
    assert kept.rec_headers.get_header("WARC-Target-URI") == PAGES[2][0]
    assert served == PAGES[2][2]


def test_importing_the_same_archive_again_finds_duplicates(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        write_warc(out, PAGES)
    content = tmp_path / "content"
    import_captures([warc], Target(content, None))
    again = import_captures([warc], Target(content, None))
    assert [o.status for o in again] == [DUPLICATE, DUPLICATE]
    assert len(list(content.glob("*.md"))) == 2


def test_a_truncated_warc_keeps_the_pages_before_the_damage_and_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    data = io.BytesIO()
    write_warc(data, PAGES)
    warc = tmp_path / "cut.warc.gz"
    warc.write_bytes(data.getvalue()[: len(data.getvalue()) - 200])
    outcomes = import_captures([warc], Target(tmp_path / "content", None))
    assert [o.status for o in outcomes] == [WRITTEN, FAILED]
    problem = str(outcomes[-1].problem)
    assert "breaks off after its page 1" in problem and "\n" not in problem
    assert problem.endswith("import a complete copy; its first 1 page(s) are read as the others")
    assert len(list((tmp_path / "content").glob("*.md"))) == 1


def test_a_file_that_is_no_archive_and_an_archive_without_pages_are_one_line_each(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.warc").write_text("not a web archive at all\n", encoding="utf-8")
    images = tmp_path / "images.warc.gz"
    with images.open("wb") as out:
        write_warc(out, [PAGES[1]])
    (tmp_path / "broken.wacz").write_bytes(b"PK\x03\x04 cut short")
    outcomes = import_captures([tmp_path], Target(tmp_path / "content", None))
    messages = {o.path.name: o.problem.message for o in outcomes if o.problem}
    assert [o.status for o in outcomes] == [FAILED, FAILED, FAILED]
    assert "holds no HTML page" in messages["images.warc.gz"]
    assert "not a web archive" in messages["notes.warc"]
    advice = next(o.problem.fix for o in outcomes if o.problem and o.path.name == "notes.warc")
    assert advice == "import a complete copy"  # no page was read: none is said to be
    assert "not a web archive" in messages["broken.wacz"]
    assert not (tmp_path / "content").exists()
