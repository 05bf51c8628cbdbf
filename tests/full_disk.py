"""A build on a really full disk, for tests/hostile/test_full_disk.py.

Run as ``python tests/full_disk.py PROJECT SIZE FREE...`` inside a new user and mount
namespace (``unshare --user --map-root-user --mount``), where anyone may mount: it mounts
a tmpfs of SIZE bytes over PROJECT's ``disk/`` folder, copies the project onto it, builds
it once, adds a report (so the next build has a new URL for the lock), then, for each
FREE in turn, fills the disk until only FREE bytes are left and builds again. Last it
empties the filler and builds once more. The tmpfs goes with the namespace, so what
happened is printed as JSON: each build's exit code and stderr, and every file and
folder of the project (by digest) before and after it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

NEW_REPORT = """---
title: Curfew lifted in Hasakah
slug: curfew-lifted
date: 2024-06-01
places: [Hasakah]
---

The curfew imposed after the prison attack was lifted on Saturday.
"""
FILLER = "filler"


def tree(folder: Path) -> dict[str, str]:
    """Every file, folder and link under ``folder`` but the filler: a digest, "folder",
    or "-> target"."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if name == FILLER:
            continue
        if path.is_symlink():
            found[name] = f"-> {os.readlink(path)}"
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def fill(disk: Path, free: int) -> int:
    """Fill ``disk`` with one file until it is full, then give back ``free`` bytes; the
    bytes the disk then has free."""
    filler = os.open(disk / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for chunk in (b"\0" * (1 << 20), b"\0" * 4096, b"\0"):
            try:
                while os.write(filler, chunk):
                    pass
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
        os.ftruncate(filler, max(0, os.fstat(filler).st_size - free))
    finally:
        os.close(filler)
    stat = os.statvfs(disk)
    return stat.f_bavail * stat.f_frsize


def build(project: Path) -> dict[str, Any]:
    before = tree(project.parent)
    done = subprocess.run(
        [sys.executable, "-m", "archivist.cli", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return {
        "returncode": done.returncode,
        "stderr": done.stderr,
        "before": before,
        "after": tree(project.parent),
    }


def main(template: Path, size: int, frees: list[int]) -> dict[str, Any]:
    disk = template / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", disk], check=True)
    project = disk / "project"
    shutil.copytree(template / "project", project, symlinks=True)
    first = build(project)
    assert first["returncode"] == 0, first["stderr"]
    (project / "content" / "curfew-lifted.md").write_text(NEW_REPORT, encoding="utf-8")
    full = []
    for free in frees:
        left = fill(disk, free)
        full.append({"free": left, **build(project)})
    (disk / FILLER).unlink()
    return {"full": full, "room": build(project)}


if __name__ == "__main__":
    frees = [int(free) for free in sys.argv[3:]]
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]), frees)))
