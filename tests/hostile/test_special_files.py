"""Only regular files are articles: a FIFO, a device, a socket or a folder named ``*.md``
is one ``file: message`` line in ``check`` and in ``build``, at once, never a hang."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from archivist.content import files
from archivist.content.files import MAX_ARTICLE_BYTES, read_text
from archivist.errors import Problem
from hostile_project import Project, one_line_errors, project

__all__ = ["project"]


@contextmanager
def listening_socket(path: Path) -> Iterator[None]:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield


def refused(path: Path) -> str:
    found = read_text(path)
    assert isinstance(found, Problem), found
    assert found.path == path
    return found.message


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    assert refused(tmp_path / "pipe.md") == "is a FIFO (named pipe), not a file"


def test_a_device_that_never_ends_is_refused_unread() -> None:
    assert refused(Path("/dev/zero")) == "is a character device, not a file"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    with listening_socket(tmp_path / "s.md"):
        assert refused(tmp_path / "s.md") == "is a socket, not a file"


def test_a_folder_named_like_an_article_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    assert refused(tmp_path / "folder.md") == "is a folder, not a file"


def test_a_link_to_a_fifo_is_refused_as_the_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.md").symlink_to(tmp_path / "pipe")
    assert refused(tmp_path / "link.md") == "is a FIFO (named pipe), not a file"


def test_the_size_limit_holds_when_the_system_says_the_size_is_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As /proc files and devices do: the read itself stops one byte past the limit."""
    big = tmp_path / "big.md"
    big.write_bytes(b"---\ntitle: T\n---\n" + b"a" * MAX_ARTICLE_BYTES)
    real_fstat = os.fstat

    def says_zero(descriptor: int) -> os.stat_result:
        found = list(real_fstat(descriptor))
        found[6] = 0  # st_size
        return os.stat_result(found)

    monkeypatch.setattr(files.os, "fstat", says_zero)
    assert refused(big) == "is larger than 8 MiB"


def test_an_article_just_under_the_limit_is_read(tmp_path: Path) -> None:
    text = "---\ntitle: T\n---\n" + "a" * (MAX_ARTICLE_BYTES - 20)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert read_text(tmp_path / "a.md") == text


@pytest.mark.parametrize("command", ["check", "build"])
def test_check_and_build_report_every_special_file_in_one_line_each(
    project: Project, command: str
) -> None:
    content = project.content
    os.mkfifo(content / "pipe.md")
    (content / "folder.md").mkdir()
    (content / "zero.md").symlink_to("/dev/zero")
    with listening_socket(content / "socket.md"):
        result = project.run(command, timeout=60)
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"error: {content / 'folder.md'}: is a folder, not a file; "
        "only regular files can be articles: remove it",
        f"error: {content / 'pipe.md'}: is a FIFO (named pipe), not a file; "
        "only regular files can be articles: remove it",
        f"error: {content / 'socket.md'}: is a socket, not a file; "
        "only regular files can be articles: remove it",
        f"error: {content / 'zero.md'}: is a link to /dev/zero, outside the content folder; "
        "it would be published; copy the file into the content folder instead of linking to it",
    ]
    assert not (project.root / "output").exists()


def test_search_skips_a_fifo_in_one_line_instead_of_waiting(project: Project) -> None:
    os.mkfifo(project.content / "pipe.md")
    result = project.run("search", "good", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "1. A good report" in result.stdout
    assert f"{project.content / 'pipe.md'}: is a FIFO (named pipe), not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_refuses_a_device_inside_the_content_folder_unread(project: Project) -> None:
    """The case that read 19 GB: a device node the build's workers took for a file of size 0."""
    device = project.content / "zero.md"
    try:
        os.mknod(device, 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # what /dev/zero is
    except PermissionError:
        pytest.skip("this machine does not let the tests make a device node")
    result = project.run("build", timeout=60)
    assert result.returncode == 1
    assert one_line_errors(result.stderr) == [
        f"error: {device}: is a character device, not a file; "
        "only regular files can be articles: remove it"
    ]
