"""A build replaces its output folder whole, so it never takes a folder it did not make:
only an absent or empty folder, or a site Archivist built, and never the project or
content folders or one holding them. Each refusal is one line, and nothing is touched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archivist.build.site import build
from archivist.errors import BuildError
from archivist.paths import SITE_STAMP
from conftest import FIXTURE_SITE, project_copy, snapshot


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout of the project with the fixture archive as its content, worked in."""
    folder = project_copy(tmp_path / "project")
    shutil.copytree(FIXTURE_SITE, folder / "content")
    monkeypatch.chdir(folder)  # its build cache goes to its .archivist/
    return folder


def build_in(project: Path, output: Path) -> Path:
    return build(project / "pelicanconf.py", output, project / "content").output


@pytest.mark.parametrize(
    ("output", "says"),
    [
        (".", "the output folder is the project folder"),
        ("content", "the output folder is the content folder"),
        ("..", "the output folder holds the project folder"),
        ("content/site", "the output folder is inside the content folder"),
        ("theme", "this folder is not empty and Archivist did not build it"),
    ],
)
def test_a_folder_the_build_did_not_make_is_refused_and_left_as_it_was(
    project: Path, output: str, says: str
) -> None:
    before = snapshot(project.parent)
    with pytest.raises(BuildError, match=says):
        build_in(project, project / output)
    assert snapshot(project.parent) == before


def test_the_refusal_is_one_line_from_the_command(project: Path) -> None:
    command = [sys.executable, "-m", "archivist.cli", "build", "-s", "pelicanconf.py", "-o", "."]
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"error: {project}: the output folder is the project folder, which a build would "
        "replace; choose another output folder (-o), such as 'output'"
    ]
    assert (project / "content" / "permalinks.lock").is_file()


def test_a_new_or_empty_folder_becomes_a_site_marked_as_archivists(project: Path) -> None:
    (project / "empty").mkdir()
    for output in (project / "empty", project / "new" / "site"):
        assert (build_in(project, output) / SITE_STAMP).is_file()


def test_a_site_archivist_built_is_replaced_even_with_no_build_cache(project: Path) -> None:
    output = build_in(project, project / "output")
    shutil.rmtree(project / ".archivist")  # "safe to delete"
    with (project / "content" / "year-only.md").open("a", encoding="utf-8") as report:
        report.write("\nA paragraph added later.\n")
    build_in(project, output)
    page = output / "articles" / "year-only" / "index.html"
    assert "A paragraph added later." in page.read_text(encoding="utf-8")


def test_a_site_built_before_the_mark_existed_is_replaced(project: Path) -> None:
    output = build_in(project, project / "output")
    (output / SITE_STAMP).unlink()  # as the sites of earlier versions are; their cache knows
    assert (build_in(project, output) / SITE_STAMP).is_file()
