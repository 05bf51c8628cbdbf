"""Text stays text: a control character, by any YAML escape and in any field, or a year 0
is a ``file:line`` error in ``check``; a feed declares a summary as the text it is; the
terminal is sent no escape sequence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import feedparser
import pytest

from archivist.config import ArticleUrls
from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.curator.report import similar_text
from archivist.errors import Problem
from archivist.pages.feeds import atom_feed
from hostile_project import Project, one_line_errors, project

__all__ = ["project"]

#: Each YAML escape and the control character it makes.
ESCAPES = {"\\0": "\\x00", "\\x1b": "\\x1b", "\\x08": "\\x08", "\\b": "\\x08", "\\a": "\\x07",
           "\\e": "\\x1b", "\\v": "\\x0b", "\\f": "\\x0c", "\\r": "\\r", "\\x7f": "\\x7f",
           "\\u0085": "\\x85", "\\x9b": "\\x9b"}  # fmt: skip
FIELDS = ("title", "summary", "source", "date_note", "imported_from")


def front(line: str) -> str:
    """An article whose front-matter holds ``line`` on line 4."""
    title = "" if line.startswith("title:") else "title: A title\n"
    return f"---\n{title}date: 2020-01-02\n{line}\n---\n\nText.\n"


def problems(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    found = read_article(path)
    assert isinstance(found, list), found
    return found


@pytest.mark.parametrize("escape", sorted(ESCAPES))
@pytest.mark.parametrize("key", FIELDS)
def test_a_control_character_by_any_escape_in_any_field_is_refused(
    tmp_path: Path, key: str, escape: str
) -> None:
    [problem] = problems(tmp_path, front(f'{key}: "a{escape}b"'))
    line = 3 if key == "title" else 4
    assert str(problem) == (
        f"{tmp_path / 'a.md'}:{line}: '{key}' holds a control character ({ESCAPES[escape]}); "
        "delete it (it may be written as an escape such as \\0, \\x1b or \\b); "
        "only printable text belongs in front-matter"
    )


def test_a_control_character_in_a_list_is_refused_on_its_line(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, front('tags: [war, "a\\x1b[31mred"]'))
    assert (problem.line, problem.message) == (4, "'tags' holds a control character (\\x1b)")


def test_tabs_and_line_ends_in_a_block_are_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(front('summary: "one\\ttwo\\nthree"'), encoding="utf-8")
    article = read_article(path)
    assert isinstance(article, Article) and article.summary == "one\ttwo\nthree"


def test_a_raw_control_character_in_the_body_is_refused_on_its_line(tmp_path: Path) -> None:
    [problem] = problems(tmp_path, front("tags: [a]") + "More.\n\x1b[2J gone\n")
    assert (problem.line, problem.message) == (9, "the text holds a control character (\\x1b)")


@pytest.mark.parametrize("date", ["0000", "0000-01", "0000-01-01"])
def test_year_0_is_refused(tmp_path: Path, date: str) -> None:
    [problem] = problems(tmp_path, f"---\ntitle: T\ndate: {date}\n---\n")
    assert problem.line == 3
    assert "there was no year 0" in problem.message


def test_check_refuses_escapes_and_year_0_in_one_line_each(project: Project) -> None:
    project.article("nul.md", '---\ntitle: "a\\0b"\n---\n')
    project.article("esc.md", '---\ntitle: T\nsummary: "\\x1b[31mred"\n---\n')
    project.article("zero.md", "---\ntitle: T\ndate: '0000'\n---\n")
    result = project.run("check")
    assert result.returncode == 1
    lines = one_line_errors(result.stderr)
    assert [line.split(": ")[1] for line in lines] == [
        f"{project.content / 'esc.md'}:3",
        f"{project.content / 'nul.md'}:2",
        f"{project.content / 'zero.md'}:3",
    ]
    assert "\x1b" not in result.stderr and "\x00" not in result.stderr


def test_a_summary_reaches_feed_readers_as_text_not_markup(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    payload = "<script>alert(1)</script> & <b>bold</b>"
    path.write_text(front(f'summary: "{payload}"'), encoding="utf-8")
    article = read_article(path)
    assert isinstance(article, Article)
    xml = atom_feed("All", "feeds/all.atom.xml", "", [(article, "articles/a/")])
    assert '<summary type="text">&lt;script&gt;' in xml
    [entry] = feedparser.parse(xml).entries
    assert entry.summary_detail.type == "text/plain"
    assert entry.summary == payload  # the words as written, none of it run or dropped


def test_the_terminal_is_sent_no_escape_sequence(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(front("tags: [a]"), encoding="utf-8")
    article = read_article(path)
    assert isinstance(article, Article)
    hostile = dataclasses.replace(article, title="red\x1b[31m\x07 and\u2028on")
    shown = similar_text([(hostile, 0.5)], ArticleUrls("articles/{slug}/"))
    assert shown.startswith("0.500  red\\x1b[31m\\x07 and\\u2028on  ")
    assert "\x1b" not in shown and "\n" not in shown


def test_an_import_writes_no_control_character_and_shows_none(project: Project) -> None:
    capture = project.root / "capture.txt"
    capture.write_text(
        "Red\x1b[31m alert\x07 in Raqqa\n\n2020-03-04\n\nA car bomb\x0c exploded.\n",
        encoding="utf-8",
    )
    result = project.run("import", str(capture))
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout, result.stdout
    [draft] = [p for p in project.content.glob("*.md") if p.name != "good.md"]
    text = draft.read_text(encoding="utf-8")
    assert "\\u001b" not in text and "\x0c" not in text
    checked = project.run("check")
    assert checked.returncode == 0, checked.stderr
