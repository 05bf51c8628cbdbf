"""Captured text shows as published: no Markdown, no markup, no control characters."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from archivist.content.render import body_html
from archivist.importer.batch import FAILED, WRITTEN, Target, import_captures
from archivist.importer.plaintext import (
    escape_markdown,
    markdown_heading,
    show_controls,
    strip_controls,
)
from archivist.importer.review import table

HOSTILE = "# 5 killed … *two* __three__ [casualties](x) <10, a<b>c & 1 < 2 `code` \\ end"


def shown(markdown: str) -> tuple[list[str], list[str | None]]:
    """The paragraphs' text and ids as a reader's browser gets them."""
    root = lxml.html.fragment_fromstring(body_html(markdown), create_parent="div")
    return [p.text_content() for p in root.iter("p")], [p.get("id") for p in root.iter("p")]


@pytest.mark.parametrize(
    "line",
    [
        HOSTILE,
        "> not a quote",
        "- not a list item",
        "+ nor this",
        "* nor this",
        "1. not a numbered list",
        "    four spaces are not code",
        "---",
        "===",
        "&lt;script&gt;alert(1)&lt;/script&gt; is text on the page",
        "<script>alert(1)</script> and <b>bold</b> are words here",
        "&amp; &#169; &copy; stay as written",
    ],
)
def test_a_line_of_plain_text_renders_as_exactly_that_text_in_an_anchored_paragraph(
    line: str,
) -> None:
    texts, ids = shown(escape_markdown(line))
    assert texts == [line.strip()]
    assert ids == ["p1"]


@pytest.mark.parametrize("line", [HOSTILE, "Learn C#", "Item ## ", "- Why *now*?"])
def test_a_heading_of_plain_text_renders_as_exactly_that_text_in_a_heading(line: str) -> None:
    root = lxml.html.fragment_fromstring(body_html(markdown_heading(line)), create_parent="div")
    assert [h.text_content() for h in root.iter("h2")] == [line.strip()]


def test_a_paragraph_of_several_lines_keeps_them_as_text(tmp_path: Path) -> None:
    block = "Five were killed\n===\n# and two\n- wounded"
    texts, ids = shown("\n\n".join([escape_markdown(block), escape_markdown("after")]))
    assert [" ".join(t.split()) for t in texts] == [
        "Five were killed === # and two - wounded",
        "after",
    ]
    assert ids == ["p1", "p2"]


def test_an_imported_text_capture_is_published_as_written(tmp_path: Path) -> None:
    capture = tmp_path / "report.txt"
    capture.write_text(f"Five killed in Raqqa\n\n{HOSTILE}\n\nThe rest of the report.\n")
    (outcome,) = import_captures([capture], Target(tmp_path / "content", None))
    assert outcome.status == WRITTEN and outcome.target is not None
    body = outcome.target.read_text(encoding="utf-8").split("---\n", 2)[2]
    texts, ids = shown(body)
    assert texts == [HOSTILE, "The rest of the report."]
    assert ids == ["p1", "p2"]


def test_escaped_markup_on_an_html_page_stays_visible_text(tmp_path: Path) -> None:
    capture = tmp_path / "page.html"
    capture.write_text(
        "<html><head><title>Five killed in Raqqa</title></head><body><article>"
        "<h1>Five killed in Raqqa</h1>"
        "<p>The post read &lt;script&gt;alert(1)&lt;/script&gt; before it was deleted.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (outcome,) = import_captures([capture], Target(tmp_path / "content", None))
    assert outcome.target is not None
    body = outcome.target.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert shown(body)[0] == ["The post read <script>alert(1)</script> before it was deleted."]


def test_a_saved_pages_subheading_is_published_as_a_heading_with_its_anchor(
    tmp_path: Path,
) -> None:
    report = (
        "Gunmen attacked a checkpoint near Raqqa on Friday night, local sources said.",
        "Security forces arrested four men in the villages east of the city on Saturday.",
    )
    capture = tmp_path / "page.html"
    capture.write_text(
        "<html><head><title>Five killed in Raqqa</title></head><body><article>"
        f"<h1>Five killed in Raqqa</h1><p>{report[0]}</p><h2>Arrests # 2 in *Raqqa*</h2>"
        f"<p>Four arrested</p><p>{report[1]}</p></article></body></html>",
        encoding="utf-8",
    )
    (outcome,) = import_captures([capture], Target(tmp_path / "content", None))
    assert outcome.target is not None
    body = outcome.target.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "\n## Arrests # 2 in \\*Raqqa\\*\n" in body
    root = lxml.html.fragment_fromstring(body_html(body), create_parent="div")
    assert [(h.get("id"), h.text_content()) for h in root.iter("h2")] == [
        ("s1", "Arrests # 2 in *Raqqa*")
    ]
    assert shown(body) == ([report[0], "Four arrested", report[1]], ["p1", "p2", "p3"])
    assert root.find(".//p[@class='subhead']") is None


def test_control_characters_from_a_headline_reach_neither_the_draft_nor_the_terminal(
    tmp_path: Path,
) -> None:
    capture = tmp_path / "page.html"
    capture.write_text(
        "<html><head><title>Five&#27;[31m killed&#0; in&#8; Raqqa</title></head><body>"
        "<article><h1>Five&#27;[31m killed in&#8; Raqqa</h1><p>Gunmen attacked a checkpoint"
        "&#127; on Monday, and five were killed.</p></article></body></html>",
        encoding="utf-8",
    )
    outcomes = import_captures([capture], Target(tmp_path / "content", None))
    (outcome,) = outcomes
    assert outcome.draft is not None and outcome.target is not None
    assert outcome.draft.title == "Five[31m killed in Raqqa"
    written = outcome.target.read_text(encoding="utf-8")
    assert "\x1b" not in written and "\\u001b" not in written and "\\u0008" not in written
    assert "\x1b" not in table(outcomes) and "\x08" not in table(outcomes)


def test_control_characters_are_taken_out_or_shown_as_escapes() -> None:
    assert strip_controls("a\x00b\x1b[31mc\r\nd\x85e\tf") == "ab[31mc\nde\tf"
    assert show_controls("bad\x1bname\r.txt") == "bad\\x1bname\\x0d.txt"


def test_a_symlinked_capture_is_refused_in_one_line(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("A private note\n\nthat must not become an article.\n", encoding="utf-8")
    captures = tmp_path / "captures"
    captures.mkdir()
    (captures / "passwd.txt").symlink_to(secret)
    content = tmp_path / "content"
    for paths in ([captures / "passwd.txt"], [captures]):
        (outcome,) = import_captures(paths, Target(content, None))
        assert outcome.status == FAILED and outcome.problem is not None
        assert "symbolic link" in str(outcome.problem) and "\n" not in str(outcome.problem)
    assert not content.exists()


def test_a_capture_with_no_article_text_is_refused_not_written(tmp_path: Path) -> None:
    capture = tmp_path / "headline-only.txt"
    capture.write_text("Five killed in Raqqa\n", encoding="utf-8")
    (outcome,) = import_captures([capture], Target(tmp_path / "content", None))
    assert outcome.status == FAILED and outcome.problem is not None
    assert "no article text" in outcome.problem.message
    assert not (tmp_path / "content").exists()
