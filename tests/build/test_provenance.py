"""Provenance: an imported report is published with its raw capture, byte for byte, and
its page shows where, when and how it was captured and links that capture."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from archivist.errors import BuildError
from archivist.importer.batch import Target, import_captures
from conftest import FIXTURE_SITE, build_into

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
    with pytest.raises(BuildError) as error:
        build_into(tmp_path / "output", content)
    (line,) = error.value.lines()[0].splitlines()
    assert line.endswith("no longer has its SHA-256; restore it")
    assert not (tmp_path / "output").exists()  # nothing half-written
