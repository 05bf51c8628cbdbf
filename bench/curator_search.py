"""Measure the curator search on a content folder: indexing, size, query latency, one edit.

    .venv/bin/python bench/curator_search.py CONTENT_DIR [--index DIR]

Prints one line per measure. The index goes to a fresh temporary folder unless
--index is given. Not part of the test suite: run it by hand (or from make bench).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from archivist.content.articles import load_archive
from archivist.content.dates import PartialDate
from archivist.content.files import article_paths
from archivist.curator.index import Sources, open_index
from archivist.curator.search import Filters, search
from archivist.curator.similarity import similar_articles
from archivist.pages.related import related_lists

#: A fixed query set: words, both scripts, phrases, boolean, fields, prefix, fuzzy.
QUERIES = (
    "isis",
    "Heseke",
    "Hesekê",
    "الحسكة",
    "الرقة",
    "مرتزقة داعش",
    '"Kafr Ghan"',
    '"sleeper cells"',
    "Raqqa OR Qamishlo",
    "isis NOT Turkey",
    "(attack OR bomb) AND prison",
    "title:isis",
    'place:"Deir ez-Zor"',
    "tag:prisons",
    "assassin*",
    "Qami*",
    "Qamishli~",
    "Serekaniye~2",
    "attacked security forces",
    "operations against cells",
)
FILTERED = (("isis", Filters(language="ar")), ("isis", Filters(date_from=PartialDate(2023))))


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("content", type=Path)
    parser.add_argument("--index", type=Path)
    parser.add_argument("--related", action="store_true", help="also time the related lists")
    parser.add_argument("--keep", action="store_true", help="reuse the index at --index")
    args = parser.parse_args()
    location = args.index or Path(tempfile.mkdtemp(prefix="curator-bench-")) / "index"
    if not args.keep:
        shutil.rmtree(location, ignore_errors=True)
    sources = Sources(args.content)
    articles = len(article_paths(args.content))

    started = time.perf_counter()
    archive = open_index(location, sources)
    print(f"articles: {articles}")
    what = "open existing index" if args.keep else "full index"
    print(f"{what}: {time.perf_counter() - started:.2f} s, {_size(location) / 1e6:.1f} MB")

    started = time.perf_counter()
    open_index(location, sources)
    print(f"open, nothing changed: {(time.perf_counter() - started) * 1000:.0f} ms")

    cpu_started, latencies = time.process_time(), []
    for text, filters in [(q, Filters()) for q in QUERIES] + list(FILTERED):
        for _ in range(3):
            started = time.perf_counter()
            search(archive, text, filters, limit=10)
            latencies.append((time.perf_counter() - started) * 1000)
    cpu = (time.process_time() - cpu_started) * 1000 / len(latencies)
    cuts = statistics.quantiles(latencies, n=20)
    print(
        f"query latency over {len(QUERIES) + len(FILTERED)} queries x3 "
        f"(limit 10, snippets included): p50 {statistics.median(latencies):.1f} ms, "
        f"p95 {cuts[18]:.1f} ms (mean CPU {cpu:.1f} ms)"
    )

    edited = article_paths(args.content)[articles // 2]
    original = edited.read_text(encoding="utf-8")
    try:
        edited.write_text(original + "\nOne more sentence, edited.\n", encoding="utf-8")
        time.sleep(0.01)  # a later modification time, as a real edit has
        started = time.perf_counter()
        report = open_index(location, sources).report
        seconds = time.perf_counter() - started
        print(f"update after one edit: {seconds * 1000:.0f} ms ({len(report.indexed)} re-indexed)")
    finally:
        edited.write_text(original, encoding="utf-8")
    open_index(location, sources)

    started = time.perf_counter()
    similar_articles(original, archive, limit=5)
    print(f"similar (one article's text): {(time.perf_counter() - started) * 1000:.0f} ms")
    if args.related:
        started = time.perf_counter()
        related_lists(list(load_archive(args.content).articles))
        print(f"related lists, all articles: {time.perf_counter() - started:.1f} s")
    print(f"index size after: {_size(location) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
