"""``archivist import``: run a batch, show progress on stderr, print the review table."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from archivist.errors import ConfigError
from archivist.places.gazetteer import load_gazetteer

from .batch import FAILED, Target, collect, import_captures
from .placenames import PlaceIndex
from .plaintext import show_controls
from .review import table

PROGRESS_FROM = 10  # batches this large show a counter on stderr


def run_import(paths: list[Path], gazetteer: Path, job: Target, wide: bool = False) -> int:
    """Import ``paths`` as ``job`` says, matching places in ``gazetteer``; 0 if all were read."""
    if job.source_url and len(collect(paths)[0]) > 1:
        raise ConfigError("--source-url names one page; import that capture on its own")
    job = replace(job, places=place_index(gazetteer))
    outcomes = import_captures(paths, job, _counter(sys.stderr))
    for outcome in outcomes:
        if outcome.problem is not None:
            print(f"error: {show_controls(str(outcome.problem))}", file=sys.stderr)
    sys.stdout.write(table(outcomes, wide))
    if job.dry_run:
        print("dry run: nothing was written")
    return 1 if any(outcome.status == FAILED for outcome in outcomes) else 0


def place_index(path: Path) -> PlaceIndex:
    """The gazetteer's places, for matching, with its suggestions for unknown names."""
    gazetteer = load_gazetteer(path)
    return PlaceIndex(gazetteer, gazetteer.suggestions)


def _counter(stream: TextIO):  # type: ignore[no-untyped-def]
    def progress(done: int, total: int, path: Path) -> None:
        if total < PROGRESS_FROM:
            return
        if stream.isatty():
            end = "\n" if done == total else ""
            stream.write(f"\rimporting {done}/{total}{end}")
        elif done == total or done % max(total // 10, 1) == 0:
            stream.write(f"importing {done}/{total}: {path.name}\n")
        stream.flush()

    return progress
