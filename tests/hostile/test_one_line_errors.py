"""What a user can cause is one line, never a traceback: a missing gazetteer, a lock
file that is not UTF-8 or is a folder, an output folder the system will not change."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import snapshot
from hostile_project import Project, one_line_errors, project

__all__ = ["project"]

RESTORE = "restore the file from version control (git checkout -- permalinks.lock)"


@pytest.mark.parametrize("command", [["check"], ["build"], ["search", "good"]])
def test_a_missing_gazetteer_is_one_line(project: Project, command: list[str]) -> None:
    (project.root / "gazetteer.yaml").unlink()
    result = project.run(*command)
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"error: {project.root / 'gazetteer.yaml'}: gazetteer file not found; create it "
        "(see the README, 'The gazetteer') or set ARCHIVE['gazetteer']"
    ]


@pytest.mark.parametrize(
    ("data", "line", "byte"),
    [
        (b"# lock\narticles/good/ abc\n\xe9t\xe9/ x\n", 3, "0xe9: invalid continuation byte"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "0x89: invalid start byte"),
    ],
    ids=["latin-1", "binary"],
)
@pytest.mark.parametrize("command", ["check", "build", "permalinks"])
def test_a_lock_that_is_not_utf8_is_one_line(
    project: Project, command: str, data: bytes, line: int, byte: str
) -> None:
    (project.content / "permalinks.lock").write_bytes(data)
    result = project.run(command)
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"error: {project.content / 'permalinks.lock'}:{line}: is not UTF-8 text "
        f"(byte {byte}); {RESTORE}"
    ]
    assert (project.content / "permalinks.lock").read_bytes() == data
    assert not (project.root / "output").exists()


def test_a_lock_that_is_a_folder_is_one_line(project: Project) -> None:
    (project.content / "permalinks.lock").mkdir()
    result = project.run("build")
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"error: {project.content / 'permalinks.lock'}: is not a file; move it away; the lock "
        "must be a text file (see 'archivist permalinks --help')"
    ]


@contextmanager
def immutable(folder: Path) -> Iterator[None]:
    """``folder`` made immutable (``chattr +i``: even root cannot rename it), for a while."""
    made = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"this file system cannot make a folder immutable: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_an_output_folder_that_cannot_be_replaced_is_one_line_and_kept(project: Project) -> None:
    assert project.run("build").returncode == 0
    before = snapshot(project.root / "output")
    project.article("new.md", "---\ntitle: New\n---\n\nText.\n")
    with immutable(project.root / "output"):
        result = project.run("build")
    assert result.returncode == 1
    [line] = one_line_errors(result.stderr)
    assert line.startswith(f"error: {project.root / 'output'}: Operation not permitted; ")
    assert snapshot(project.root / "output") == before
