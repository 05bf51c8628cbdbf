"""Import time against capture size: 10 times the text must take at most ~12 times as long.

Run: .venv/bin/python bench/import_scaling.py [PARAGRAPHS]   (default 2000, then 10x that)
Each size is a text capture of that many report paragraphs naming places of the
project's gazetteer; the best of three runs of `archivist import --dry-run`'s work
(read, clean, draft) is printed for each size, with the ratio.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from archivist.importer.batch import Target, import_captures
from archivist.importer.cli import place_index

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "On {n} March, gunmen attacked a checkpoint near Raqqa and the road to Deir ez-Zor, "
    "and local sources in Hasakah said {n} fighters of the SDF were wounded.\n"
)


def best_time(paragraphs: int, folder: Path) -> float:
    capture = folder / f"report-{paragraphs}.txt"
    text = "Gunmen attack checkpoints across north-east Syria\n" + "".join(
        PARAGRAPH.format(n=n % 28 + 1) for n in range(paragraphs)
    )
    capture.write_text(text, encoding="utf-8")
    job = Target(folder, place_index(ROOT / "gazetteer.yaml"), dry_run=True)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        (outcome,) = import_captures([capture], job)
        times.append(time.perf_counter() - start)
        assert outcome.draft is not None, outcome.problem
    return min(times)


def main() -> int:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as folder:
        first = best_time(small, Path(folder))
        second = best_time(small * 10, Path(folder))
    print(
        f"{small} paragraphs: {first:.2f} s; {small * 10}: {second:.2f} s; "
        f"ratio {second / first:.1f} (linear is 10, the bound ~12)"
    )
    return 0 if second / first <= 13 else 1


if __name__ == "__main__":
    sys.exit(main())
