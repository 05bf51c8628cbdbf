"""htmldate and trafilatura fill what a page's own markup does not state plainly."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture, read_capture
from archivist.importer.draft import make_draft
from archivist.importer.libextract import main_text

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


def test_a_stated_date_that_is_no_date_gives_way_to_htmldate(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        "<html><head><title>Checkpoint attacked</title>"
        '<meta property="article:published_time" content="0001-01-01T00:00:00Z">'
        "</head><body><article><h1>Checkpoint attacked</h1>"
        f'<time datetime="2024-05-09T10:00">9 May</time>{BODY}</article></body></html>',
    )
    assert draft.date is not None and draft.date.iso == "2024-05-09"


def test_the_report_is_read_where_the_first_article_element_is_a_cookie_notice(
    tmp_path: Path,
) -> None:
    report = [
        f"Security forces arrested {n} members of a cell in Raqqa on Saturday, officials said."
        for n in ("four", "five", "six")
    ]
    draft = draft_of(
        tmp_path,
        "<html><head><title>Cell arrested in Raqqa</title></head><body>"
        "<article id='gdpr'><p>We use cookies to give you the best experience on our "
        "website. By continuing you agree.</p></article><div class='entry-content'>"
        "<h1>Cell arrested in Raqqa</h1>" + "".join(f"<p>{p}</p>" for p in report) + "</div>"
        "</body></html>",
    )
    assert (draft.title, draft.body) == ("Cell arrested in Raqqa", tuple(report))


def test_list_items_and_table_rows_are_lines_of_text_not_markup() -> None:
    page = (
        "<html><body><article><h1>Casualties</h1><p>The monitor counted the casualties of "
        "the attack on the checkpoint near Raqqa on Friday night.</p><ul><li>Two fighters "
        "killed</li><li>Three <i>wounded</i></li></ul><table><tr><td>Killed</td><td>2</td>"
        "</tr></table></article></body></html>"
    )
    assert main_text(page).blocks[-3:] == ("Two fighters killed", "Three wounded", "Killed | 2")


def test_authors_come_from_the_pages_metadata_when_no_byline_names_them(tmp_path: Path) -> None:
    draft = draft_of(
        tmp_path,
        '<html><head><title>Checkpoint attacked</title><meta name="author" '
        'content="Hisham Arafat"></head><body><article><h1>Checkpoint attacked</h1>'
        f"{BODY}</article></body></html>",
    )
    assert draft.authors == ("Hisham Arafat",)
    assert "authors read from the page's metadata (trafilatura): check them" in draft.flags


def test_a_saved_pages_subheadings_become_markdown_headings(tmp_path: Path) -> None:
    report = [
        "Gunmen attacked a checkpoint near Raqqa on Friday night, local sources said.",
        "The Syrian Democratic Forces said two of their fighters were wounded in the attack.",
        "Security forces arrested four men in the villages east of the city on Saturday.",
        "The men were taken to a prison in Hasakah, a spokesman of the forces said.",
    ]
    draft = draft_of(
        tmp_path,
        "<html><head><title>Checkpoint attacked near Raqqa</title></head><body><article>"
        "<h1>Checkpoint attacked near Raqqa</h1>"
        f"<p>{report[0]}</p><p>{report[1]}</p><h2>Arrests in the villages</h2>"
        f"<p>{report[2]}</p><p>{report[3]}</p></article></body></html>",
    )
    assert draft.markdown_body == (
        report[0],
        report[1],
        "## Arrests in the villages",
        report[2],
        report[3],
    )
    assert draft.summary == report[0]


def test_a_heading_is_never_the_summary(tmp_path: Path) -> None:
    heading = "Why the attacks on the checkpoints around Raqqa returned this year"
    draft = draft_of(
        tmp_path,
        "<html><head><title>Checkpoint attacked</title></head><body><article>"
        f"<h1>Checkpoint attacked</h1><h2>{heading}</h2>{BODY}</article></body></html>",
    )
    assert f"## {heading}" in draft.markdown_body
    assert (
        draft.summary
        == "Gunmen attacked a checkpoint near Raqqa on 2 March 2019, local sources said."
    )
