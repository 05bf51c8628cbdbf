"""htmldate and trafilatura fill what a page's own markup does not state plainly."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture, read_capture
from archivist.importer.draft import make_draft

BODY = (
    "<p>Gunmen attacked a checkpoint near Raqqa on 2 March 2019, local sources said.</p>"
    "<p>The Syrian Democratic Forces said two of their fighters were wounded.</p>"
)


def draft_of(tmp_path: Path, html: str):  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    capture = read_capture(page)
    assert isinstance(capture, Capture), capture
    return make_draft(capture, None)


def test_a_date_in_a_plain_time_element_is_read_by_htmldate(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "<html><head><title>Checkpoint attacked</title></head><body><article>"
        f'<h1>Checkpoint attacked</h1><time datetime="2024-05-09T10:00">9 May</time>{BODY}'
        "</article></body></html>",
    )
    assert draft.date is not None and draft.date.iso == "2024-05-09"


def test_a_date_in_the_text_is_an_event_not_the_publication_date(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "<html><head><title>Checkpoint attacked</title></head><body><article>"
        f"<h1>Checkpoint attacked</h1>{BODY}</article></body></html>",
    )
    assert draft.date is None
