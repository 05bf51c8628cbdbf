"""Provenance: an imported report is published with its raw capture, byte for byte, and
its page shows where, when and how it was captured and links that capture."""

from __future__ import annotations

import gzip
import hashlib
import io
import shutil
from pathlib import Path

import extruct
import lxml.html
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archivist.build.site import build
from archivist.errors import ContentError
from archivist.importer.batch import Target, import_captures
from conftest import FIXTURE_SITE, archivist, build_into, settings_elsewhere

PUBLIC = "https://archive.example.org/isis"

CAPTURE = b"""Gunmen attack a checkpoint near Raqqa

Gunmen attacked a checkpoint near Raqqa on Monday, killing two guards, local sources said.

Share
"""


def _imported(tmp_path: Path) -> tuple[Path, Path]:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    capture = tmp_path / "raqqa.txt"
    capture.write_bytes(CAPTURE)
    job = Target(content, None, source_url="https://example.org/news/raqqa")
    (outcome,) = import_captures([capture], job)
    assert outcome.target is not None
    article = outcome.target
    article.write_text(article.read_text("utf-8").replace("status: draft\n", ""), "utf-8")
    return content, article


def test_a_published_import_carries_its_raw_capture_and_the_page_shows_the_chain(
    tmp_path: Path,
) -> None:
    content, article = _imported(tmp_path)
    site = build_into(tmp_path / "output", content)
    digest = hashlib.sha256(CAPTURE).hexdigest()
    assert (site / "captures" / f"{digest}.txt").read_bytes() == CAPTURE
    (page,) = (site / "articles").glob(f"{article.stem}*/index.html")
    html = page.read_text("utf-8")
    assert f'href="../../captures/{digest}.txt"' in html
    assert digest in html and "page text" in html and "raqqa.txt" in html
    in_arabic = (site / "ar" / page.relative_to(site)).read_text("utf-8")  # the same capture
    assert f'href="../../../captures/{digest}.txt"' in in_arabic


def test_a_raw_capture_edited_after_the_import_stops_the_build_in_one_line(
    tmp_path: Path,
) -> None:
    content, _ = _imported(tmp_path)
    (raw,) = (content / "captures").iterdir()
    raw.write_bytes(CAPTURE.replace(b"two", b"three"))
    with pytest.raises(ContentError) as error:  # found with the content, before any page
        build_into(tmp_path / "output", content)
    (line,) = error.value.lines()
    assert "no longer has its SHA-256 (raw_sha256); restore the bytes as captured" in line
    assert not (tmp_path / "output").exists()  # nothing half-written


def _web_archive(path: Path) -> bytes:
    """A WARC of one captured page, as a crawler writes it; the response record's bytes."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = b"<html><body><article><h1>Gunmen attack a checkpoint near Raqqa</h1>" + (
            CAPTURE.split(b"\n\n")[1].join([b"<p>", b"</p>"]) + b"</article></body></html>"
        )
        response = writer.create_warc_record(
            "https://example.org/news/raqqa",
            "response",
            payload=io.BytesIO(page),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-09T10:11:12Z"},
        )
        writer.write_record(response)
    return gzip.decompress(path.read_bytes())


def test_the_json_ld_names_the_warc_record_it_is_based_on_and_its_sha256(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    record = _web_archive(tmp_path / "crawl.warc.gz")
    (outcome,) = import_captures([tmp_path / "crawl.warc.gz"], Target(content, None))
    assert outcome.target is not None
    text = outcome.target.read_text("utf-8").replace("status: draft\n", "")
    outcome.target.write_text(text, "utf-8")
    site = tmp_path / "output"
    settings = settings_elsewhere(tmp_path, archive=f'"public_url": {PUBLIC!r}')
    build(settings, site, content, locked=False)
    digest = hashlib.sha256(record).hexdigest()
    assert (site / "captures" / f"{digest}.warc").read_bytes() == record
    (page,) = (site / "articles").glob(f"{outcome.target.stem}*/index.html")
    html = page.read_text("utf-8")
    (data,) = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert data["dateCreated"] == "2024-05-09"  # archived: the day of the record's WARC-Date
    original, capture = data["isBasedOn"]
    assert original["url"] == "https://example.org/news/raqqa"
    assert capture == {
        "@type": "MediaObject",
        "name": f"captures/{digest}.warc",
        "sha256": digest,
        "encodingFormat": "application/warc",
        "contentUrl": f"{PUBLIC}/captures/{digest}.warc",
        "dateCreated": "2024-05-09",
    }
    link = lxml.html.fromstring(html).xpath("//a[@class='raw-capture']")[0]
    assert link.get("type") == "application/warc"
    assert link.get("href").endswith(f"captures/{digest}.warc")


def test_check_finds_a_missing_or_edited_capture_one_line_each_and_exits_1(
    tmp_path: Path,
) -> None:
    content, article = _imported(tmp_path)
    draft_capture = tmp_path / "hasakah.txt"
    draft_capture.write_bytes(CAPTURE.replace(b"Raqqa", b"Hasakah"))
    (draft,) = import_captures([draft_capture], Target(content, None))
    assert draft.target is not None
    published, unpublished = (
        content / f"captures/{hashlib.sha256(raw).hexdigest()}.txt"
        for raw in (CAPTURE, draft_capture.read_bytes())
    )
    ok = archivist("check", "--content", str(content))
    assert ok.returncode == 0, ok.stderr
    published.write_bytes(CAPTURE.replace(b"two", b"three"))
    unpublished.unlink()
    result = archivist("check", "--content", str(content))
    assert result.returncode == 1
    edited = f"{article}:{_line_of(article, 'capture_file:')}: its raw capture captures/"
    missing = f"{draft.target}:{_line_of(draft.target, 'capture_file:')}: its raw capture "
    assert sorted(result.stderr.splitlines()) == sorted(
        [
            f"error: {edited}{published.name} no longer has its SHA-256 (raw_sha256); "
            "restore the bytes as captured; a capture is evidence and is never edited",
            f"error: {missing}captures/{unpublished.name} is missing; restore it from your "
            "copy or version control, or re-import the capture",
        ]
    )


def _line_of(path: Path, key: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    return next(n for n, text in enumerate(lines, start=1) if text.startswith(key))
