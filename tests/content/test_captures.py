"""Which raw captures a build publishes: only those that still have their digest."""

from __future__ import annotations

import hashlib
from pathlib import Path
from types import MappingProxyType

import pytest

from archivist.content.captures import published_captures
from archivist.content.model import Archive, Article
from archivist.errors import ContentError

RAW = b"Gunmen attacked a checkpoint near Raqqa on Monday."
DIGEST = hashlib.sha256(RAW).hexdigest()


def _article(tmp_path: Path, **extra: str) -> Article:
    return Article(
        path=tmp_path / "a.md",
        slug="a",
        title="Checkpoint attacked",
        body="Gunmen attacked a checkpoint.",
        body_line=5,
        language="en",
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


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (f"captures/{DIGEST}.txt", "is missing"),
        ("../secrets.txt", "is not captures/<raw_sha256>.txt"),
        (f"captures/{'0' * 64}.txt", "is not captures/<raw_sha256>.txt"),
    ],
)
def test_a_missing_or_misnamed_capture_is_an_error_naming_the_article(
    tmp_path: Path, name: str, message: str
) -> None:
    article = _article(tmp_path, capture_file=name, raw_sha256=DIGEST)
    with pytest.raises(ContentError) as error:
        published_captures(Archive((article,)), tmp_path)
    (line,) = error.value.lines()
    assert line.startswith(str(tmp_path / "a.md")) and message in line
