"""Peak memory and time of one cold `archivist build` of a large synthetic archive, alone.

Usage: .venv/bin/python bench/memory.py [--articles 50000] [--seed 1]

The full `make bench BENCH_50K=1` also measures 50k beside Pelican, Hugo and
Pagefind; this is the quick check of the memory target only. It writes
``bench/results/<date>-memory-<N>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path

from measure import result_path, run, tree_size

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "src"))
from synthetic import write_archive

from archivist.paths import folder_for

GIB = 1024**3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    args = parser.parse_args()
    work = args.work / f"memory-{args.articles}"
    shutil.rmtree(work, ignore_errors=True)
    write_archive(args.articles, args.seed, work / "content", ROOT / "gazetteer.yaml")
    # A cold build: drop this content folder's cache only (another run may use the rest).
    shutil.rmtree(folder_for(ROOT / ".archivist" / "cache", work / "content"), ignore_errors=True)
    load_before = os.getloadavg()[0]
    settings, content, output = ROOT / "pelicanconf.py", work / "content", work / "output"
    command = [BIN / "archivist", "build", "-s", settings, "-c", content, "-o", output]
    build = run(command, cwd=ROOT, sample_memory=True)
    out_bytes, out_files = tree_size(work / "output")
    result = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "articles": args.articles,
        "seed": args.seed,
        "full_s": build.seconds,
        "full_cpu_s": build.cpu_seconds,
        "peak_rss_bytes": build.peak_rss_bytes,
        f"peak_rss_gib_{args.articles // 1000}k": build.peak_rss_bytes / GIB,
        "output_bytes": out_bytes,
        "output_files": out_files,
        "load_average": [load_before, os.getloadavg()[0]],
    }
    out = result_path(
        ROOT / "bench" / "results", f"{result['date']}-memory-{args.articles}", ".json"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
