"""Jobs run on every core in forked workers; a failing worker stops the build with its error."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from archivist.build.parallel import Background, cores, map_shares
from archivist.errors import BuildError


def touch(folder: Path) -> Callable[[int], None]:
    def run(job: int) -> None:
        (folder / f"{job}.done").write_text(str(job), encoding="utf-8")

    return run


def each(run: Callable[[int], None]) -> Callable[[Sequence[int]], list[int]]:
    """A share's work: ``run`` each job; the jobs done are the share's result."""

    def run_share(share: Sequence[int]) -> list[int]:
        for job in share:
            run(job)
        return list(share)

    return run_share


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_every_job_runs_once_whatever_the_number_of_workers(tmp_path: Path, workers: int) -> None:
    results = map_shares(range(10), each(touch(tmp_path)), workers)
    assert sorted(int(p.stem) for p in tmp_path.iterdir()) == list(range(10))
    assert len(results) == workers
    assert results[0] == list(range(0, 10, workers))  # the parent's share comes first
    assert sorted(job for result in results for job in result) == list(range(10))


def test_an_error_in_a_worker_stops_the_build_with_its_message(tmp_path: Path) -> None:
    def run(job: int) -> None:
        if job == 3:
            raise ValueError("page 3 cannot be rendered")

    with pytest.raises(BuildError, match=r"ValueError: page 3 cannot be rendered \(.*\)"):
        map_shares(range(4), each(run), workers=2)  # job 3 is the worker's, not the parent's


def test_an_error_in_the_parent_still_waits_for_the_workers(tmp_path: Path) -> None:
    done = touch(tmp_path)

    def run(job: int) -> None:
        if job == 0:
            raise ValueError("first page")
        done(job)

    with pytest.raises(ValueError, match="first page"):
        map_shares(range(6), each(run), workers=2)
    assert sorted(int(p.stem) for p in tmp_path.iterdir()) == [1, 3, 5]


def test_a_background_job_is_waited_for_and_its_error_stops_the_build(tmp_path: Path) -> None:
    background = Background()
    background.start(lambda: (tmp_path / "done").write_text("yes", encoding="utf-8"))
    background.finish()
    assert (tmp_path / "done").read_text(encoding="utf-8") == "yes"

    def fails() -> None:
        raise OSError("disk full")

    background.start(fails)
    with pytest.raises(BuildError, match="OSError: disk full"):
        background.finish()


def test_a_background_jobs_result_is_handed_back_when_it_is_waited_for() -> None:
    results: list[int] = []
    background = Background()
    background.start(os.getpid, then=results.append)
    assert results == []
    background.finish()
    assert len(results) == 1 and results[0] != os.getpid()


def test_an_abandoned_background_job_is_stopped(tmp_path: Path) -> None:
    background = Background()
    background.start(lambda: time.sleep(30))
    started = time.perf_counter()
    background.finish(abandon=True)
    assert time.perf_counter() - started < 10


def test_a_working_background_job_holds_a_core_and_a_waiting_or_ended_one_none() -> None:
    background = Background()
    assert background.free_cores() == cores()
    background.start(lambda: time.sleep(1.5))
    assert background.free_cores() == max(1, cores() - 1)
    background.finish()
    background.start(lambda: "x" * 1_000_000)  # a reply larger than a pipe holds
    deadline = time.monotonic() + 20
    while background.free_cores() != cores() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert background.free_cores() == cores()
    background.finish()


def living_members(group: int) -> list[int]:
    """The processes of process group ``group`` that still run (zombies excluded)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


WORKING_FOR_A_MINUTE = """
import time
from archivist.build.parallel import Background, map_shares
Background().start(lambda: time.sleep(60))
map_shares(range(4), lambda share: time.sleep(60), workers=3)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_a_build_killed_outright_leaves_no_worker_behind() -> None:
    build = subprocess.Popen([sys.executable, "-c", WORKING_FOR_A_MINUTE], start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while len(living_members(build.pid)) < 4:  # the build, its background job, two workers
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.05)
        os.kill(build.pid, signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while living_members(build.pid):
            assert time.monotonic() < deadline, f"left working: {living_members(build.pid)}"
            time.sleep(0.05)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
