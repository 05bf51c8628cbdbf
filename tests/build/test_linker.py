"""A rebuild's reused files are linked into its staging folder by a process of their own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from archivist.build.linker import Linker
from archivist.errors import BuildError


def live_site(folder: Path, names: list[str]) -> Path:
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"<p>{name}</p>", encoding="utf-8")
    return folder


def test_every_file_is_linked_into_its_folder_once_settled(tmp_path: Path) -> None:
    names = [f"articles/report-{n}/index.html" for n in range(2000)] + ["a/9f9a4cc4/index.html"]
    live, staging = live_site(tmp_path / "output", names), tmp_path / "staging"
    linker = Linker(staging)
    for name in names:
        linker.link(live / name, staging / name)
    linker.settle()
    assert all((staging / n).stat().st_ino == (live / n).stat().st_ino for n in names)


def test_a_file_already_in_place_is_never_written_through(tmp_path: Path) -> None:
    live = live_site(tmp_path / "output", ["index.html"])
    staging = live_site(tmp_path / "staging", ["index.html"])
    (staging / "index.html").write_text("rendered afresh", encoding="utf-8")
    linker = Linker(staging)
    linker.link(live / "index.html", staging / "index.html")
    with pytest.raises(
        BuildError,
        match=r"staging/index.html: not taken from the previous build \(.*\); check the space",
    ):
        linker.settle()
    assert (live / "index.html").read_text(encoding="utf-8") == "<p>index.html</p>"
    assert (staging / "index.html").read_text(encoding="utf-8") == "rendered afresh"


def test_a_linker_that_stops_is_reported_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "python"
    broken.write_text(
        "#!/bin/sh\ncat >/dev/null\necho 'Traceback...' >&2\necho 'MemoryError' >&2\nexit 1\n"
    )
    broken.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(broken))
    live = live_site(tmp_path / "output", ["index.html"])
    linker = Linker(tmp_path / "staging")
    linker.link(live / "index.html", tmp_path / "staging" / "index.html")
    with pytest.raises(
        BuildError, match=r"^the process linking reused pages stopped: MemoryError$"
    ):
        linker.settle()


def test_a_file_whose_folder_leads_out_of_the_linkers_folder_is_refused(tmp_path: Path) -> None:
    live = live_site(tmp_path / "output", ["tags/index.html", "index.html"])
    staging, elsewhere = tmp_path / "staging", tmp_path / "elsewhere"
    staging.mkdir()
    elsewhere.mkdir()
    (staging / "tags").symlink_to(elsewhere)
    linker = Linker(staging)
    linker.link(live / "index.html", staging / "index.html")
    linker.link(live / "tags/index.html", staging / "tags/index.html")
    with pytest.raises(
        BuildError, match=r"/staging/tags/index.html: refusing to write outside the output folder"
    ):
        linker.settle()
    assert list(elsewhere.iterdir()) == []
    assert (staging / "index.html").stat().st_ino == (live / "index.html").stat().st_ino


def test_folders_asked_for_ahead_are_made_while_files_are_linked(tmp_path: Path) -> None:
    live = live_site(tmp_path / "output", ["index.html"])
    staging = tmp_path / "staging"
    folders = [f"a/{n:08x}" for n in range(3000)]
    linker = Linker(staging)
    linker.make_folders(f"{staging}/{folder}" for folder in folders)
    linker.link(live / "index.html", staging / "index.html")  # while they are handed over
    linker.settle()
    assert all((staging / folder).is_dir() for folder in folders)
    assert (staging / "index.html").stat().st_ino == (live / "index.html").stat().st_ino


def test_a_folder_asked_for_outside_the_linkers_folder_is_refused(tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    linker = Linker(staging)
    linker.make_folders([f"{staging}/../elsewhere"])
    with pytest.raises(BuildError, match=r"/elsewhere/: refusing to write outside the output"):
        linker.settle()
    assert not (tmp_path / "elsewhere").exists()
