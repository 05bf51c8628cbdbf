"""The output folder is swapped in one step, the replaced site kept as the next build's
spare; leftovers of killed builds are tidied."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archivist.build import atomic
from archivist.build.site import build
from conftest import FIXTURE_SITE, build_into, settings_elsewhere


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def site(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text(text, encoding="utf-8")
    return folder


def test_this_system_swaps_in_one_step(tmp_path: Path) -> None:
    first, second = site(tmp_path / "a", "A"), site(tmp_path / "b", "B")
    assert atomic.exchange(first, second)
    assert (first / "index.html").read_text() == "B"
    assert (second / "index.html").read_text() == "A"


@pytest.mark.parametrize("one_step", [True, False])
def test_replace_puts_the_new_site_in_place_and_keeps_the_old_as_the_spare(
    tmp_path: Path, one_step: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not one_step:
        monkeypatch.setattr(atomic, "exchange", lambda first, second: False)
    target = site(tmp_path / "output", "old")
    atomic.replace(site(tmp_path / ".output.building-x", "new"), target)
    assert tree(target) == {"index.html": b"new"}
    assert tree(atomic.spare(target)) == {"index.html": b"old"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [".output.spare", "output"]


def test_a_first_site_replaces_nothing(tmp_path: Path) -> None:
    atomic.replace(site(tmp_path / ".output.building-x", "new"), tmp_path / "output")
    assert [p.name for p in tmp_path.iterdir()] == ["output"]


def test_the_next_build_works_in_the_spare(tmp_path: Path) -> None:
    target = tmp_path / "output"
    assert tree(atomic.staging_folder(target)) == {}  # none yet: a new, empty folder
    spare = site(atomic.spare(target), "replaced")
    staging = atomic.staging_folder(target)
    assert tree(staging) == {"index.html": b"replaced"} and not spare.exists()
    assert staging in atomic.leftovers(target)  # a build killed now leaves a leftover


def test_a_build_works_in_the_site_it_replaced(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    output = build_into(tmp_path / "site" / "output")
    first = output.stat().st_ino
    build_into(output)
    assert sorted(p.name for p in output.parent.iterdir()) == [".output.spare", "output"]
    assert atomic.spare(output).stat().st_ino == first
    second = output.stat().st_ino
    build_into(output)
    assert output.stat().st_ino == first  # built in the spare, swapped in
    assert atomic.spare(output).stat().st_ino == second


def test_a_spare_of_other_settings_keeps_none_of_its_files(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    output = build_into(tmp_path / "site" / "output")
    build_into(output)
    (tmp_path / "other").mkdir()
    other_settings = settings_elsewhere(tmp_path / "other", "SITENAME = 'Other archive'\n")
    build(other_settings, output, FIXTURE_SITE, locked=True)
    assert "Other archive" in (output / "index.html").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    build(other_settings, fresh, FIXTURE_SITE, locked=True)
    assert tree(output) == tree(fresh)


def test_recover_restores_a_site_retired_by_a_build_killed_mid_swap(tmp_path: Path) -> None:
    site(tmp_path / ".output.old-4242", "previous")  # output/ renamed away, new one not in yet
    site(tmp_path / ".output.building-abc", "half")
    atomic.recover(tmp_path / "output")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    assert tree(tmp_path / "output") == {"index.html": b"previous"}


def test_a_build_removes_what_killed_builds_left(tmp_path: Path) -> None:
    site(tmp_path / ".output.building-dead1", "half")
    site(tmp_path / ".output.old-99", "stale")
    site(tmp_path / ".other.building-x", "not ours")
    build_into(tmp_path / "output")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [".other.building-x", ".output.spare", "output"]  # the restored .old-99


def test_the_site_is_as_readable_as_any_folder_the_user_makes(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        output = build_into(tmp_path / "output")
    finally:
        os.umask(before)
    assert output.stat().st_mode & 0o777 == 0o755
