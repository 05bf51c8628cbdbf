"""Run a command and measure it: wall time and the peak memory of its whole process tree.

Memory is the proportional set size (PSS) summed over the tree: a page shared by
forked workers counts once in all, where summing RSS would count it once per worker.
For a single process PSS and RSS are about the same.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system time of the command and every process it waited for
    #: The largest sum of PSS over the command and its children (0: not sampled).
    peak_rss_bytes: int
    output: str
    returncode: int


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree_rss(root: int) -> int:
    tree, total, stack = _children(), 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(tree.get(pid, ()))
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += _pss(pid)
    return total


def _pss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE


def run(
    command: Sequence[str | Path],
    cwd: Path | None = None,
    check: bool = True,
    sample_memory: bool = False,
) -> Run:
    """Run ``command``; fail loudly on error. With ``sample_memory``, sample its process
    tree's memory every 100 ms, which takes CPU time from the command (a tenth more wall
    time for a rebuild of 10,000 articles on two cores): time such a run apart.

    The disk writes still pending from earlier commands (an earlier build's 500 MB) are
    flushed first, untimed, so that no command is timed while the kernel writes back
    another's output.
    """
    os.sync()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(c) for c in command],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    if sample_memory:
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if check and process.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{output[-3000:]}")
    return Run(seconds, cpu, peak[0], output, process.returncode)


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of every file under ``folder``."""
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return sum(sizes), len(sizes)


def result_path(folder: Path, name: str, suffix: str) -> Path:
    """``folder/<name><suffix>``, or ``<name>-2<suffix>``, ... if a run today already took
    that name: its file is here, or the history (``RESULTS.md``, which names the runs whose
    files are gone) lists it. Each run keeps a name of its own, so runs of one day can be
    told apart in the history."""
    history = folder / "RESULTS.md"
    named = history.read_text(encoding="utf-8") if history.exists() else ""
    candidates = (f"{name}-{n}" if n > 1 else name for n in range(1, 1000))
    return next(
        folder / f"{c}{suffix}"
        for c in candidates
        if not (folder / f"{c}{suffix}").exists() and f"`{c}`" not in named
    )
