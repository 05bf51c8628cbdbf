"""Small things a careless curator does: a title of spaces, odd line separators, names
Windows reserves; and ``check`` tells every problem, errors and warnings, at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.errors import ContentError, Problem
from archivist.places.gazetteer import load_gazetteer
from hostile_project import Project, one_line_errors, project

__all__ = ["project"]

WINDOWS_RESERVED = ["con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9"]


def read(tmp_path: Path, text: str) -> Article | list[Problem]:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    return read_article(path)


@pytest.mark.parametrize("title", ['"   "', '"\\t"', '"\\u200b\\u200f"', "''", "~"])
def test_a_title_that_shows_nothing_is_refused(tmp_path: Path, title: str) -> None:
    found = read(tmp_path, f"---\nslug: s\ntitle: {title}\n---\n")
    assert isinstance(found, list)
    assert [p.line for p in found] == [3]
    assert found[0].message in ("'title' shows nothing", "the article has no title")


@pytest.mark.parametrize(
    "separator", ["\u2028", "\u2029", "\x85"], ids=["LINE SEPARATOR", "PARAGRAPH SEP", "NEL"]
)
def test_a_line_separator_inside_a_value_does_not_shift_the_lines(
    tmp_path: Path, separator: str
) -> None:
    text = f"---\ntitle: T\nsummary: 'one{separator}two{separator}three'\nlanguage: 'x y'\n---\n"
    found = read(tmp_path, text)
    assert isinstance(found, list)
    assert [p.line for p in found] == [4]  # the language's
    unquoted = read(tmp_path, text.replace("'one", "one").replace("three'", "three"))
    assert isinstance(unquoted, list)
    assert [p.line for p in unquoted] == [3]  # YAML's own error, on the summary's line


def test_carriage_returns_count_as_the_line_ends_they_are(tmp_path: Path) -> None:
    found = read(tmp_path, "---\r\ntitle: T\r\nsummary: s\rlanguage: 'x y'\r\n---\r\n")
    assert isinstance(found, list)
    assert [p.line for p in found] == [4]


@pytest.mark.parametrize("name", WINDOWS_RESERVED)
def test_a_windows_reserved_slug_is_refused(tmp_path: Path, name: str) -> None:
    found = read(tmp_path, f"---\ntitle: T\nslug: {name}\n---\n")
    assert isinstance(found, list)
    assert found[0].line == 3
    assert "Windows reserves the name" in found[0].message


@pytest.mark.parametrize("name", WINDOWS_RESERVED)
def test_a_windows_reserved_place_id_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(f"syria:\n  name: Syria\n  kind: country\n{name}:\n  name: C\n  kind: town\n"
                    "  parent: syria\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ContentError) as raised:
        load_gazetteer(path)
    assert raised.value.lines() == [
        f"{path}:4: entry '{name}': the id is not usable in a URL: Windows reserves the name "
        f"for a device; choose another id, e.g. '{name}-town'; the site must unzip anywhere"
    ]


def test_check_prints_errors_and_warnings_together(project: Project) -> None:
    project.article("unknown.md", "---\ntitle: T\nplaces: [Atlantis]\n---\n")
    project.article("broken.md", "---\ntitle: '   '\n---\n")
    result = project.run("check")
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"warning: {project.content / 'unknown.md'}:3: place 'Atlantis' is not in the "
        "gazetteer; did you mean 'AANES'? add it to gazetteer.yaml",
        f"error: {project.content / 'broken.md'}:2: 'title' shows nothing; "
        "add 'title: \"...\"' with some words",
    ]
