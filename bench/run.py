"""`make bench`: build synthetic archives with Archivist, bare Pelican and Hugo; search them.

Usage: .venv/bin/python bench/run.py [--sizes 1000,10000] [--seed 1] [--repeat 3]
                                    [--out bench/results]

Every figure of one size comes from the same run on the same content. Archivist's
full build, its rebuild after one edit and bare Pelican's full build run in turn,
``--repeat`` times each: the table gives their medians, since one build on a shared
machine can be seconds off, and each rebuild is compared with the full build just
before it. The table is printed and written as
``bench/results/<date>.md`` and ``.json`` (with every sample), with a plot of
build time against N (``<date>.png``).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import competitors
import report
from measure import Run, result_path, run, tree_size

import browser

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "src"))
from synthetic import Generator, load_places, write_archive

from archivist.build import atomic

#: Search paths of this project's site (documented in docs/benchmark.md).
SEARCH_PAGE = "search/"
PAGEFIND_PAGE = "pagefind-bench.html"
#: The fixed query set: frequent and rare words, places in three spellings, Arabic.
QUERIES = [
    "prison",
    "attack",
    "smuggling",
    "checkpoint",
    "drone strike",
    "Raqqa",
    "Kobani",
    "الحسكة",
    "مرتزقة",
    "هجوم",
]
WHOOSH_RUNS = 3  # each query this many times for p50/p95


#: The settings Archivist's timed builds use: the project's, with the site in one interface
#: language, as bare Pelican builds it (and as every run before the Arabic interface did).
#: A settings file finds the project's files from its own folder, so it sits beside
#: pelicanconf.py for the bench's duration (:func:`one_interface`).
ONE_INTERFACE = ROOT / ".bench-pelicanconf.py"
#: The project's own settings: the site in each of its interface languages (English at /,
#: Arabic at ar/), timed once per size as a row of its own.
EVERY_INTERFACE = ROOT / "pelicanconf.py"


@contextlib.contextmanager
def one_interface() -> Iterator[None]:
    ONE_INTERFACE.write_text(
        "import os, sys\n"
        "sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))\n"
        "from pelicanconf import *  # noqa: F403\n"
        'ARCHIVE = {**ARCHIVE, "interface_languages": ARCHIVE["interface_languages"][:1]}\n',
        encoding="utf-8",
    )
    try:
        yield
    finally:
        ONE_INTERFACE.unlink(missing_ok=True)


def archivist_build(
    content: Path, output: Path, sample_memory: bool = False, settings: Path = ONE_INTERFACE
) -> Run:
    command = [BIN / "archivist", "build", "-s", settings, "-c", content]
    return run([*command, "-o", output], cwd=ROOT, sample_memory=sample_memory)


def cold_archivist_build(
    content: Path, output: Path, sample_memory: bool = False, settings: Path = ONE_INTERFACE
) -> Run:
    """A full build with no cache and no earlier output to take pages from."""
    shutil.rmtree(ROOT / ".archivist" / "cache", ignore_errors=True)
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(atomic.spare(output), ignore_errors=True)
    return archivist_build(content, output, sample_memory, settings)


def peak_memory(content: Path, work: Path) -> dict[str, int]:
    """Each tool's full build once more, with its memory sampled (which takes CPU time:
    the timed builds run without it)."""
    output = work / "archivist-memory"
    archivist = cold_archivist_build(content, output, sample_memory=True)
    for folder in (output, atomic.spare(output)):
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "archivist": archivist.peak_rss_bytes,
        "pelican": competitors.pelican_build(content, work, sample_memory=True).peak_rss_bytes,
        "hugo": competitors.hugo_build(content, work, sample_memory=True).peak_rss_bytes,
    }


def timed(name: str, runs: Sequence[Run]) -> dict[str, Any]:
    """``<name>_s`` and ``<name>_cpu_s``, the medians of ``runs``; ``<name>_s_runs``, each one's."""
    return {
        f"{name}_s": statistics.median(r.seconds for r in runs),
        f"{name}_cpu_s": statistics.median(r.cpu_seconds for r in runs),
        f"{name}_s_runs": [r.seconds for r in runs],
    }


def rounds(content: Path, output: Path, work: Path, count: int, repeat: int) -> dict[str, Any]:
    """``repeat`` rounds of: Archivist's cold full build, its rebuild after one article's
    body changed (a new change each round), its rebuild after a second change (in the
    spare site the first rebuild left, as each of a curator's later rebuilds is), bare
    Pelican's full build.

    Each rebuild is timed against the full build just before it, not against full builds
    timed minutes earlier: this machine has slow spells that long (Hugo's same build took
    4.8 to 7.9 s over one day's runs), and a spell between the two would move the ratio.
    """
    changed = content / f"report-{count // 2:06d}.md"
    full, one_changed, again, pelican = [], [], [], []
    earlier: list[Path] = []
    for number in range(1, repeat + 1):
        # Each round builds into folders of new names, and the earlier rounds' sites are
        # deleted only after the last round: on this machine's disk, creating files soon
        # after a large tree was deleted costs the kernel more each time (`cp -r` of a 2k
        # site: 0.6 s of system time, 4.6 to 14.9 s after a deletion), which timed each
        # round slower than the one before. The last round's site is `output`, which the
        # rebuild after an article is added starts from.
        site = output if number == repeat else output.with_name(f"{output.name}-{number}")
        full.append(cold_archivist_build(content, site))
        text = changed.read_text(encoding="utf-8") + f"\nCorrection {number} was added.\n"
        changed.write_text(text, encoding="utf-8")
        one_changed.append(archivist_build(content, site))
        changed.write_text(text + f"Correction {number} was amended.\n", encoding="utf-8")
        again.append(archivist_build(content, site))
        pelican.append(competitors.pelican_build(content, work, f"pelican-output-{number}"))
        if site != output:
            earlier += [site, atomic.spare(site)]
    for folder in earlier:
        shutil.rmtree(folder, ignore_errors=True)
    ratios, cpu_ratios = _over_full(one_changed, full)
    again_ratios, again_cpu_ratios = _over_full(again, full)
    return {
        "archivist": {
            **timed("full", full),
            **timed("one_changed", one_changed),
            "one_changed_vs_full": statistics.median(ratios),
            "one_changed_vs_full_runs": ratios,
            "one_changed_vs_full_cpu": statistics.median(cpu_ratios),
            **timed("again", again),
            "again_vs_full": statistics.median(again_ratios),
            "again_vs_full_runs": again_ratios,
            "again_vs_full_cpu": statistics.median(again_cpu_ratios),
        },
        "pelican": timed("full", pelican),
    }


def _over_full(rebuilds: Sequence[Run], full: Sequence[Run]) -> tuple[list[float], list[float]]:
    """Each rebuild's wall and CPU time over those of the full build of its round."""
    pairs = list(zip(rebuilds, full, strict=True))
    return (
        [rebuild.seconds / build.seconds for rebuild, build in pairs],
        [rebuild.cpu_seconds / build.cpu_seconds for rebuild, build in pairs],
    )


def one_added(content: Path, output: Path, count: int, seed: int) -> dict[str, Any]:
    """Archivist's rebuild after one article is added."""
    added = Generator(seed, load_places(ROOT / "gazetteer.yaml")).article(count)
    (content / f"report-{count:06d}.md").write_text(added, encoding="utf-8")
    return timed("one_added", [archivist_build(content, output)])


def whoosh_latency(content: Path) -> dict[str, Any]:
    """`archivist search` per query (a curator's wall time, process start included)."""
    command = [BIN / "archivist", "search", "-s", ROOT / "pelicanconf.py", "-c", content]
    if run([BIN / "archivist", "search", "--help"], cwd=ROOT, check=False).returncode != 0:
        return {"status": "n/a (not built yet)"}
    warmup = run([*command, "warmup"], cwd=ROOT, check=False)  # builds the index
    if warmup.returncode not in (0, 1):
        return {"status": f"failed: {warmup.output.strip().splitlines()[-1:]}"}
    times = [
        run([*command, query], cwd=ROOT).seconds * 1000
        for _ in range(WHOOSH_RUNS)
        for query in QUERIES
    ]
    quantiles = statistics.quantiles(times, n=20)
    return {"status": "ok", "p50_ms": statistics.median(times), "p95_ms": quantiles[18]}


def search(site: Path, work: Path) -> dict[str, Any]:
    pagefind_copy, indexed = competitors.pagefind_site(site, work)
    pagefind = browser.summary(browser.measure(pagefind_copy, PAGEFIND_PAGE, QUERIES))
    pagefind["index_s"] = indexed.seconds
    ours: dict[str, Any] = {"status": "n/a (no search page built yet)"}
    if (site / SEARCH_PAGE / "index.html").is_file():
        ours = {"status": "ok", **browser.summary(browser.measure(site, SEARCH_PAGE, QUERIES))}
    return {"archivist": ours, "pagefind": pagefind}


def one_size(
    count: int, seed: int, work_root: Path, with_browser: bool, repeat: int
) -> dict[str, Any]:
    work = work_root / str(count)
    shutil.rmtree(work, ignore_errors=True)
    content, output = work / "content", work / "archivist-output"
    write_archive(count, seed, content, ROOT / "gazetteer.yaml")
    print(f"[{count}] peak memory of each tool's full build", flush=True)
    memory = peak_memory(content, work)
    print(
        f"[{count}] {repeat} rounds: archivist's full build (cold) and rebuild after one edit, "
        "bare Pelican's full build",
        flush=True,
    )
    timed_builds = rounds(content, output, work, count, repeat)
    out_bytes, out_files = tree_size(output)
    pelican_bytes, _ = tree_size(work / "pelican-output")
    print(f"[{count}] Hugo", flush=True)
    hugo = competitors.hugo_build(content, work)
    print(f"[{count}] search", flush=True)
    found = search(output, work) if with_browser else {}
    whoosh = whoosh_latency(content)
    print(f"[{count}] rebuild after one article added", flush=True)
    added = one_added(content, output, count, seed)
    print(f"[{count}] archivist's full build (cold) in every interface language", flush=True)
    every = cold_archivist_build(content, work / "archivist-every", settings=EVERY_INTERFACE)
    shutil.rmtree(work / "archivist-every", ignore_errors=True)
    print(f"[{count}] done", flush=True)
    return {
        "load_average_at_end": os.getloadavg(),
        "articles": count,
        "archivist": {
            **timed_builds["archivist"],
            **added,
            "full_every_interface_s": every.seconds,
            "full_every_interface_cpu_s": every.cpu_seconds,
            "peak_rss_bytes": memory["archivist"],
            "output_bytes": out_bytes,
            "output_files": out_files,
            "output_bytes_per_article": out_bytes / count,
        },
        "pelican": {
            **timed_builds["pelican"],
            "peak_rss_bytes": memory["pelican"],
            "output_bytes_per_article": pelican_bytes / count,
        },
        "hugo": {
            "full_s": hugo.seconds,
            "full_cpu_s": hugo.cpu_seconds,
            "peak_rss_bytes": memory["hugo"],
        },
        "search": found,
        "whoosh": whoosh,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--repeat", type=int, default=3, help="full builds and one-edit rebuilds per tool"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium searches")
    args = parser.parse_args()
    started, load_at_start = time.perf_counter(), os.getloadavg()
    with one_interface():
        sizes = [
            one_size(int(n), args.seed, args.work, not args.no_browser, args.repeat)
            for n in args.sizes.split(",")
        ]
    results = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        "machine": {
            "cpus": len(os.sched_getaffinity(0)),
            "python": platform.python_version(),
            "load_average_at_start": load_at_start,
        },
        "seed": args.seed,
        "repeat": args.repeat,
        "bench_seconds": time.perf_counter() - started,
        **report.key_figures(sizes),
        "sizes": sizes,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = result_path(args.out, results["date"], ".json").with_suffix("")
    stem.with_suffix(".json").write_text(
        json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    table = report.markdown(results)
    stem.with_suffix(".md").write_text(table, encoding="utf-8")
    report.plot(sizes, stem.with_suffix(".png"))
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
