"""A build publishes all or nothing, its permalinks lock included: whatever fails, the
output folder and the lock are byte for byte as they were, and the failure is one line."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import archivist.build.atomic
import archivist.paths
from archivist.build import page_reuse
from archivist.build.site import build
from archivist.errors import ArchivistError
from conftest import FIXTURE_SITE, SETTINGS, snapshot

NEW_REPORT = """---
title: Curfew lifted in Hasakah
slug: curfew-lifted
date: 2024-06-01
source: ANHA
language: en
places: [Hasakah]
---

The curfew imposed after the prison attack was lifted on Saturday.
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The fixture archive, built once into ``tmp_path/output``, with a new report added
    since: the next build has a new URL to record in the lock."""
    content = Path(shutil.copytree(FIXTURE_SITE, tmp_path / "content"))
    build(SETTINGS, tmp_path / "output", content)
    (content / "curfew-lifted.md").write_text(NEW_REPORT, encoding="utf-8")
    return content


def everything(folder: Path) -> dict[str, bytes]:
    """The output, its neighbours and the content: what a failed build must leave as it was."""
    return {
        f"{top.name}/{name}": data
        for top in sorted(folder.iterdir())
        for name, data in snapshot(top).items()
    } | {str(p.name): b"folder" for p in folder.iterdir()}


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def fails_on(name: str, write: Callable[..., None]) -> Callable[..., None]:
    """``Pages.write``, failing as a full disk does for the file ``name``."""

    def failing(self: page_reuse.Pages, output: Path, file: str, data: object) -> None:
        if file == name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(output / file))
        write(self, output, file, data)

    return failing


def test_a_lock_that_cannot_be_written_publishes_nothing(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = everything(archive.parent)
    monkeypatch.setattr(archivist.paths.os, "fsync", no_space)
    with pytest.raises(ArchivistError) as failed:
        build(SETTINGS, archive.parent / "output", archive)
    assert str(failed.value).count("\n") == 0
    assert "No space left on device" in str(failed.value)
    assert "nothing was published and the lock is unchanged" in str(failed.value)
    assert everything(archive.parent) == before


def test_a_disk_full_while_writing_the_site_publishes_nothing(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = everything(archive.parent)
    monkeypatch.setattr(page_reuse.Pages, "write", fails_on("sitemap.xml", page_reuse.Pages.write))
    with pytest.raises(ArchivistError, match=r"sitemap.xml: No space left on device; nothing"):
        build(SETTINGS, archive.parent / "output", archive)
    assert everything(archive.parent) == before


def test_a_lock_that_is_a_folder_is_one_line_and_publishes_nothing(archive: Path) -> None:
    lock = archive / "permalinks.lock"
    lock.unlink()
    lock.mkdir()
    before = everything(archive.parent)
    with pytest.raises(ArchivistError, match=r"permalinks.lock: is not a file; move it away"):
        build(SETTINGS, archive.parent / "output", archive)
    assert everything(archive.parent) == before


def test_the_lock_is_written_whole_and_before_the_site_is_swapped_in(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def replace(staging: Path, target: Path) -> None:
        seen.append((archive / "permalinks.lock").read_text(encoding="utf-8"))
        swap(staging, target)

    swap = archivist.build.atomic.replace
    monkeypatch.setattr(archivist.build.atomic, "replace", replace)
    build(SETTINGS, archive.parent / "output", archive)
    assert len(seen) == 1 and "articles/curfew-lifted/ " in seen[0]
    assert (archive / "permalinks.lock").read_text(encoding="utf-8") == seen[0]
    assert [p.name for p in archive.iterdir() if p.name.startswith(".")] == []  # no temporary
