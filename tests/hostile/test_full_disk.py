"""A build on a really full disk publishes nothing: the project (output, lock, content)
is byte for byte as it was, and the failure is one line; with room again, the next build
publishes. The disk is a small tmpfs, mounted in a user and mount namespace of the test's
own (tests/full_disk.py), which Linux lets any user make unless the machine forbids it;
tests/build/test_all_or_nothing.py injects the same error where it does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CURATOR_ENVIRONMENT, ROOT
from hostile_project import GOOD, one_line_errors

pytestmark = pytest.mark.slow

HELPER = Path(__file__).parent.parent / "full_disk.py"
NAMESPACE = ["unshare", "--user", "--map-root-user", "--mount"]
#: The tmpfs: room for the project and two sites of one report, with plenty to spare.
SIZE = 32 << 20
#: The bytes left free for each build: none, and less than a site takes.
FREE = [0, 64 << 10]
CACHE = "project/.archivist/"


def namespace_refused(folder: Path) -> str | None:
    """Why a tmpfs cannot be mounted in a user and mount namespace here, or None."""
    try:
        probe = subprocess.run(
            [*NAMESPACE, "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except FileNotFoundError:
        return "no unshare command (Debian package util-linux)"
    if probe.returncode != 0:
        return f"the machine forbids mounting a tmpfs in a user namespace: {probe.stderr.strip()}"
    return None


@pytest.fixture(scope="module")
def full_disk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What tests/full_disk.py saw: a project of one report built on a tmpfs, a second
    report added, then built with each of :data:`FREE` bytes left, then with room."""
    folder = tmp_path_factory.mktemp("full-disk")
    (folder / "disk").mkdir()
    refused = namespace_refused(folder / "disk")
    if refused:
        pytest.skip(refused)
    (folder / "disk").rmdir()
    project = folder / "project"
    (project / "content").mkdir(parents=True)
    shutil.copy(ROOT / "pelicanconf.py", project)
    shutil.copy(ROOT / "gazetteer.yaml", project)
    for shared in ("theme", "plugins", "node_modules"):
        (project / shared).symlink_to(ROOT / shared)
    (project / "content" / "good.md").write_text(GOOD, encoding="utf-8")
    helper = [sys.executable, str(HELPER), str(folder), str(SIZE), *map(str, FREE)]
    done = subprocess.run(
        [*NAMESPACE, *helper],
        env=CURATOR_ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def but_the_cache(tree: dict[str, str]) -> dict[str, str]:
    """The project as a build must leave it when it fails: all but the build cache (safe
    to delete; the search worker may have saved its part of it)."""
    return {name: digest for name, digest in tree.items() if not name.startswith(CACHE)}


@pytest.mark.parametrize(
    "attempt",
    [
        pytest.param(0, id="no-byte-free"),
        pytest.param(1, id="64-KiB-free"),
    ],
)
def test_a_build_on_a_full_disk_publishes_nothing(full_disk: dict[str, Any], attempt: int) -> None:
    build = full_disk["full"][attempt]
    assert build["free"] <= FREE[attempt]
    assert build["returncode"] == 1
    (line,) = one_line_errors(build["stderr"])
    assert "No space left on device" in line
    assert line.endswith(
        "nothing was published and the lock is unchanged; "
        "check the free space and the permissions there"
    )
    assert but_the_cache(build["after"]) == but_the_cache(build["before"])


def test_with_room_again_the_next_build_publishes(full_disk: dict[str, Any]) -> None:
    build = full_disk["room"]
    assert build["returncode"] == 0, build["stderr"]
    new = {name for name in build["after"] if name not in build["before"]}
    assert "project/output/articles/curfew-lifted/index.html" in new
    assert (
        build["after"]["project/content/permalinks.lock"]
        != (build["before"]["project/content/permalinks.lock"])
    )
