"""Check and build time against archive size: 10 times the articles must take at most
~12 times as long.

Run: .venv/bin/python bench/build_scaling.py [N] [--repeat R]   (default 500, then 10N)

Each size is a synthetic archive (``bench/synthetic.py``, seed 1, this project's
gazetteer) in a temporary folder. For each, ``archivist check`` and a cold ``archivist
build`` (no build cache, no earlier output, no lock) run as a curator would run them
(``CI`` unset), ``R`` times each (default 1); the best wall time and the best CPU time
(user and system, of the command and its workers) are printed, then the ratios of the
large size to the small. The CPU ratio is the one to read on a shared machine: another
job slows the wall clock, not the work. Exit status 1 when a CPU ratio is over 13.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import write_archive

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
from archivist.build import atomic
from archivist.config import ArchiveConfig

SETTINGS = ROOT / "pelicanconf.py"
#: 10 times the input may take this many times as long (linear is 10).
BOUND = 13


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str | Path]) -> tuple[float, float]:
    """Wall and CPU seconds of ``command`` (and every process it waits for)."""
    environment = {k: v for k, v in os.environ.items() if k != "CI"}  # a curator's run
    wall, cpu = time.perf_counter(), children_cpu()
    subprocess.run(command, cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - wall, children_cpu() - cpu


def cold(content: Path, output: Path) -> None:
    """No build cache, output, spare site or lock: a first build of this archive."""
    shutil.rmtree(ROOT / ArchiveConfig().cache_folder(content), ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(atomic.spare(output), ignore_errors=True)
    (content / "permalinks.lock").unlink(missing_ok=True)


def one_size(count: int, folder: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) seconds of check and of a cold build of ``count`` articles."""
    content, output = folder / f"content-{count}", folder / f"output-{count}"
    write_archive(count, 1, content, ROOT / "gazetteer.yaml")
    archivist = BIN / "archivist"
    checks, builds = [], []
    for _ in range(repeat):
        cold(content, output)
        checks.append(timed([archivist, "check", "-s", SETTINGS, "-c", content]))
        cold(content, output)
        builds.append(timed([archivist, "build", "-s", SETTINGS, "-c", content, "-o", output]))
    cold(content, output)
    shutil.rmtree(content)
    best = {"check": checks, "build": builds}
    return {k: (min(w for w, _ in runs), min(c for _, c in runs)) for k, runs in best.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=500, help="the small size")
    parser.add_argument("--repeat", type=int, default=1, help="runs per command and size")
    args = parser.parse_args()
    small, large = args.articles, args.articles * 10
    with tempfile.TemporaryDirectory(prefix="archivist-scaling-") as folder:
        times = {n: one_size(n, Path(folder), args.repeat) for n in (small, large)}
    worst = 0.0
    for command in ("check", "build"):
        (wall_s, cpu_s), (wall_l, cpu_l) = times[small][command], times[large][command]
        worst = max(worst, cpu_l / cpu_s)
        print(
            f"archivist {command}: {small} articles {wall_s:.1f} s ({cpu_s:.1f} s CPU); "
            f"{large}: {wall_l:.1f} s ({cpu_l:.1f} s CPU); ratio {wall_l / wall_s:.1f} "
            f"wall, {cpu_l / cpu_s:.1f} CPU (linear is 10, the bound ~12)"
        )
    return 0 if worst <= BOUND else 1


if __name__ == "__main__":
    sys.exit(main())
