"""A build leaves the next one a spare site to work in: the site it replaced, or a mirror."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_atomic import gone_soon, site

from archivist.build import atomic, spare


def inodes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A live site of three files in nested folders."""
    output = site(tmp_path / "output", "home")
    (output / "articles" / "one").mkdir(parents=True)
    (output / "articles" / "one" / "index.html").write_text("one", encoding="utf-8")
    (output / "empty").mkdir()
    (output / "search.js").write_text("index", encoding="utf-8")
    return output


def test_a_mirror_links_every_file_of_the_site_and_becomes_its_spare(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spare, "MIRRORED_FROM", 3)
    process = spare.mirror(live, files=3)
    assert process is not None and process.wait(timeout=20) == 0
    assert inodes(spare.path(live)) == inodes(live)  # the same files, not copies
    assert (spare.path(live) / "empty").is_dir()
    assert atomic.background(live) == []


def test_a_small_site_gets_no_mirror(live: Path) -> None:
    assert spare.mirror(live, files=spare.MIRRORED_FROM - 1) is None
    assert sorted(p.name for p in live.parent.iterdir()) == ["output"]


def test_a_mirror_leaves_a_spare_made_meanwhile_as_it_is(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spare, "MIRRORED_FROM", 1)
    site(spare.path(live), "replaced")
    process = spare.mirror(live, files=3)
    assert process is not None and process.wait(timeout=20) == 0
    assert (spare.path(live) / "index.html").read_text(encoding="utf-8") == "replaced"
    assert atomic.background(live) == []


def test_the_spare_is_taken_as_a_staging_folder(live: Path) -> None:
    assert spare.take(live) is None
    site(spare.path(live), "replaced")
    staging = spare.take(live)
    assert staging is not None and atomic.leftovers(live) == [staging]
    assert (staging / "index.html").read_text(encoding="utf-8") == "replaced"


def test_a_build_removes_what_a_killed_mirror_left(live: Path) -> None:
    left = site(live.with_name(".output.mirroring-dead"), "half")
    atomic.recover(live)
    assert gone_soon(left)


def test_a_build_leaves_a_mirror_at_work_to_it(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spare, "MIRRORED_FROM", 1)
    process = spare.mirror(live, files=3)
    atomic.recover(live)  # as the build that started the mirror does next, at once
    assert process is not None and process.wait(timeout=20) == 0
    assert inodes(spare.path(live)) == inodes(live)


def test_a_mirror_of_a_site_removed_meanwhile_leaves_nothing(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spare, "MIRRORED_FROM", 1)
    gone = live.with_name("gone")
    live.rename(gone)  # the mirror finds no site
    process = spare.mirror(live, files=3)
    assert process is not None and process.wait(timeout=20) == 0
    assert sorted(p.name for p in live.parent.iterdir()) == ["gone"]
