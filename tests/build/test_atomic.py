"""The output folder is swapped in one step; leftovers of killed builds are tidied."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest

from archivist.build import atomic, spare
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
def test_replace_puts_the_new_site_in_place_and_hands_back_the_old(
    tmp_path: Path, one_step: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not one_step:
        monkeypatch.setattr(atomic, "exchange", lambda first, second: False)
    target = site(tmp_path / "output", "old")
    old = atomic.replace(site(tmp_path / ".output.building-x", "new"), target)
    assert tree(target) == {"index.html": b"new"}
    assert old is not None and tree(old) == {"index.html": b"old"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [old.name, "output"]
    assert atomic.background(target) == [old]


def test_a_first_site_replaces_nothing(tmp_path: Path) -> None:
    assert atomic.replace(site(tmp_path / ".output.building-x", "new"), tmp_path / "output") is None
    assert [p.name for p in tmp_path.iterdir()] == ["output"]


def gone_soon(folder: Path, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while folder.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not folder.exists()


def test_a_discarded_site_is_removed_in_the_background(tmp_path: Path) -> None:
    old = site(tmp_path / ".output.discarded-1", "old")
    atomic.discard(old)
    assert gone_soon(old)


def test_a_folder_a_live_remover_holds_is_left_to_it(tmp_path: Path) -> None:
    old = site(tmp_path / ".output.discarded-1", "old")
    held = os.open(old, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # as a remover at work on it holds it
    try:
        assert atomic.discard(old).wait(timeout=20) == 0
        assert old.exists()
    finally:
        os.close(held)
    assert atomic.discard(old).wait(timeout=20) == 0
    assert not old.exists()


def test_a_build_keeps_the_site_it_replaced_as_the_next_builds_spare(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    output = build_into(tmp_path / "site" / "output")
    build_into(output)  # took its pages from the first site: keeps it
    assert sorted(p.name for p in output.parent.iterdir()) == [".output.spare", "output"]
    first, second = spare.path(output).stat().st_ino, output.stat().st_ino
    (tmp_path / "other").mkdir()
    other_settings = settings_elsewhere(tmp_path / "other", "SITESUBTITLE = 'Other'\n")
    build(other_settings, output, FIXTURE_SITE, locked=True)
    assert output.stat().st_ino != first  # the spare of other settings: removed, not built in
    assert all(gone_soon(folder) for folder in atomic.background(output))
    assert spare.path(output).stat().st_ino == second  # its citation and search files taken
    assert sorted(p.name for p in output.parent.iterdir()) == [".output.spare", "output"]


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
    output = build_into(tmp_path / "output")
    assert all(gone_soon(folder) for folder in atomic.background(output))  # the restored .old-99
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.building-x", "output"]


def test_the_site_is_as_readable_as_any_folder_the_user_makes(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        output = build_into(tmp_path / "output")
    finally:
        os.umask(before)
    assert output.stat().st_mode & 0o777 == 0o755
