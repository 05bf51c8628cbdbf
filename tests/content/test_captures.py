"""The raw captures the articles name: checked (by ``check`` and ``build`` alike), and
published by the build only while they still have their digest."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType

import pytest

from archivist.content.captures import (
    capture_problems,
    content_format,
    published_captures,
    served_type,
)
from archivist.content.model import Archive, Article
from archivist.errors import ContentError

RAW = b"Gunmen attacked a checkpoint near Raqqa on Monday."
DIGEST = hashlib.sha256(RAW).hexdigest()
CAPTURE_LINE = 7  # where the article's front-matter says capture_file


def _article(tmp_path: Path, **extra: str) -> Article:
    return Article(
        path=tmp_path / "a.md",
        slug="a",
        title="Checkpoint attacked",
        body="Gunmen attacked a checkpoint.",
        body_line=12,
        language="en",
        lines=MappingProxyType({"capture_file": CAPTURE_LINE}),
        extra=MappingProxyType(extra),
    )


def test_a_capture_with_its_digest_is_published_and_a_draft_or_hand_written_one_is_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "captures").mkdir()
    (tmp_path / "captures" / f"{DIGEST}.txt").write_bytes(RAW)
    imported = _article(tmp_path, capture_file=f"captures/{DIGEST}.txt", raw_sha256=DIGEST)
    archive = Archive((imported, _article(tmp_path)), drafts=(imported,))
    assert published_captures(archive, tmp_path) == {f"captures/{DIGEST}.txt": RAW}
    assert capture_problems([*archive.articles, *archive.drafts], tmp_path) == []


@pytest.mark.parametrize(
    ("name", "message", "fix"),
    [
        (f"captures/{DIGEST}.warc", "is missing", "restore it from your copy"),
        ("../secrets.txt", "is not captures/<raw_sha256>", "re-import the capture"),
        (f"captures/{'0' * 64}.txt", "is not captures/<raw_sha256>", "re-import the capture"),
        (f"captures/{DIGEST}.exe", "is not captures/<raw_sha256>", "re-import the capture"),
    ],
)
def test_a_missing_or_misnamed_capture_is_one_line_on_the_articles_capture_file_line(
    tmp_path: Path, name: str, message: str, fix: str
) -> None:
    article = _article(tmp_path, capture_file=name, raw_sha256=DIGEST)
    (problem,) = capture_problems([article], tmp_path)
    line = str(problem)
    assert line.startswith(f"{tmp_path / 'a.md'}:{CAPTURE_LINE}: ")
    assert message in line and fix in line and "\n" not in line
    with pytest.raises(ContentError) as error:
        published_captures(Archive((article,)), tmp_path)
    assert error.value.lines() == [line]  # the build's check is the same one


def test_a_capture_edited_after_the_import_is_found_by_its_digest(tmp_path: Path) -> None:
    (tmp_path / "captures").mkdir()
    (tmp_path / "captures" / f"{DIGEST}.warc").write_bytes(RAW.replace(b"Monday", b"Sunday"))
    article = _article(tmp_path, capture_file=f"captures/{DIGEST}.warc", raw_sha256=DIGEST)
    (problem,) = capture_problems([article], tmp_path)
    assert problem.message.endswith("no longer has its SHA-256 (raw_sha256)")
    assert problem.fix.startswith("restore the bytes as captured")


@pytest.mark.parametrize(
    ("name", "stored_as", "served_as"),
    [
        (f"captures/{DIGEST}.txt", "text/plain", "text/plain"),
        (f"captures/{DIGEST}.html.txt", "text/html", "text/plain"),
        (f"captures/{DIGEST}.md.txt", "text/markdown", "text/plain"),
        (f"captures/{DIGEST}.warc", "application/warc", "application/warc"),
    ],
)
def test_a_capture_says_what_its_bytes_are_and_a_page_is_served_as_plain_text(
    name: str, stored_as: str, served_as: str
) -> None:
    assert content_format(name) == stored_as
    assert served_type(name) == served_as
