"""The benchmark's table (Markdown), its key figures (JSON) and its plot (PNG)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

GIB = 1024**3

NOTES = """
Notes
- Every row comes from this one run of the bench, on the same synthetic content
  (`python bench/synthetic.py N --seed S`).
- Each timed command starts once the disk writes of the ones before it are flushed (`sync`).
- Archivist: `archivist build` from a cold cache (`.archivist/cache` removed) and no earlier
  output or spare site, every page, index, feed, citation and search file the project
  builds included. A rebuild takes unchanged pages from the live site; it works in the
  spare site (`.output.spare`, the site the build before it replaced) when there is one.
- Bare Pelican: Pelican's defaults (simple theme, its tag/category/author/period pages and
  feeds), no project plugin; front-matter read by the PyPI plugin `pelican-yaml-metadata`
  (files unchanged). Undated reports get the file's date (`DEFAULT_DATE = "fs"`).
- Hugo: the same files, two minimal layouts; Hugo refuses partial dates, so it ignores `date`.
- Rounds: Archivist's full build, its rebuild after one article's body changed (a new change
  each round), bare Pelican's full build; `repeat` rounds (3 unless `--repeat` says
  otherwise). Times are medians, every sample is in the JSON. "One changed / full" is the
  median over the rounds of each rebuild's time over the full build's just before it, so
  that a slow spell of the machine between the two does not move it.
- One article added: after the searches, one new article, rebuild.
- Peak RSS: the largest sum of resident memory over the build's whole process tree
  (sampled every 100 ms), as proportional set size: pages the build's forked workers
  share with it count once. Measured in a full build of its own: sampling takes CPU
  time, so every timed build runs without it.
- Search: headless Chromium, cold cache per query, over the fixed query set (after one
  uncounted load, and with the site served by a process of its own); bytes are the
  scripts, JSON, WASM and index files fetched before the first result shows (raw, and as
  gzip would serve them), averaged over the queries; time is from navigation start to the
  first result link in `#search-results`, median over the queries; the page says so on the
  console, so nothing of Playwright's runs in it before. Pagefind indexes a copy of the
  same built site and answers through its JS API (`pagefind-bench.html`).
- `archivist search`: wall time of the command per query (process start included).
"""


def _get(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict) or data.get(key) is None:
            return None
        data = data[key]
    return data


def _ratio(a: Any, b: Any) -> float | None:
    return a / b if isinstance(a, int | float) and isinstance(b, int | float) and b else None


def key_figures(sizes: list[dict[str, Any]]) -> dict[str, Any]:
    """The issue's comparison keys, each from one run (None when not measured)."""
    by_n = {s["articles"]: s for s in sizes}
    ten, fifty = by_n.get(10_000, {}), by_n.get(50_000, {})
    return {
        "build_vs_pelican_10k": _ratio(
            _get(ten, "archivist", "full_s"), _get(ten, "pelican", "full_s")
        ),
        "incremental_vs_full_10k": _get(ten, "archivist", "one_changed_vs_full"),
        "incremental_again_vs_full_10k": _get(ten, "archivist", "again_vs_full"),
        "search_bytes_vs_pagefind_10k": _ratio(
            _get(ten, "search", "archivist", "gzip_bytes_mean"),
            _get(ten, "search", "pagefind", "gzip_bytes_mean"),
        ),
        "first_result_ms_10k": _get(ten, "search", "archivist", "first_result_ms_median"),
        "peak_rss_gib_50k": (
            _get(fifty, "archivist", "peak_rss_bytes") / GIB
            if _get(fifty, "archivist", "peak_rss_bytes")
            else None
        ),
    }


def _fmt(value: Any, unit: str = "", digits: int = 1) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float | int):
        return f"{value:,.{digits}f}{unit}"
    return str(value)


def _kib(value: Any) -> str:
    return _fmt(value / 1024 if isinstance(value, int | float) else None, " KiB")


def _search_cells(size: dict[str, Any], tool: str) -> list[str]:
    found = _get(size, "search", tool) or {}
    if found.get("status", "ok") != "ok":
        return [found["status"]] * 3
    return [
        _kib(found.get("raw_bytes_mean")),
        _kib(found.get("gzip_bytes_mean")),
        _fmt(found.get("first_result_ms_median"), " ms", 0),
    ]


def _rows(size: dict[str, Any]) -> list[tuple[str, str]]:
    a, p, h = size["archivist"], size["pelican"], size["hugo"]
    whoosh = size.get("whoosh", {})
    ours, pagefind = _search_cells(size, "archivist"), _search_cells(size, "pagefind")
    latency = (
        f"{_fmt(whoosh.get('p50_ms'), ' ms', 0)} / {_fmt(whoosh.get('p95_ms'), ' ms', 0)}"
        if whoosh.get("status") == "ok"
        else str(whoosh.get("status", "n/a"))
    )
    return [
        ("full build: Archivist", _fmt(a["full_s"], " s")),
        ("full build: bare Pelican", _fmt(p["full_s"], " s")),
        ("full build: Hugo", _fmt(h["full_s"], " s", 2)),
        (
            "full build: Archivist, English and Arabic interfaces",
            _fmt(a.get("full_every_interface_s"), " s"),
        ),
        ("Archivist / bare Pelican", _fmt(_ratio(a["full_s"], p["full_s"]), "×", 2)),
        ("same, in CPU time", _fmt(_ratio(a["full_cpu_s"], p["full_cpu_s"]), "×", 2)),
        ("rebuild after one article changed", _fmt(a["one_changed_s"], " s")),
        ("rebuild after one article added", _fmt(a["one_added_s"], " s")),
        (
            "one changed / full (each rebuild / the full build before it)",
            _fmt(a["one_changed_vs_full"], "", 2),
        ),
        ("same, in CPU time", _fmt(a["one_changed_vs_full_cpu"], "", 2)),
        ("rebuild after a second change (in the spare site)", _fmt(a.get("again_s"), " s")),
        ("second change / full", _fmt(a.get("again_vs_full"), "", 2)),
        ("same, in CPU time", _fmt(a.get("again_vs_full_cpu"), "", 2)),
        ("peak RSS: Archivist", _fmt(a["peak_rss_bytes"] / 2**20, " MiB", 0)),
        (
            "peak RSS: bare Pelican / Hugo",
            f"{p['peak_rss_bytes'] / 2**20:,.0f} / {h['peak_rss_bytes'] / 2**20:,.0f} MiB",
        ),
        (
            "output per article: Archivist / Pelican",
            f"{_kib(a['output_bytes_per_article'])} / {_kib(p['output_bytes_per_article'])}",
        ),
        ("search bytes before 1st result, raw: ours / Pagefind", f"{ours[0]} / {pagefind[0]}"),
        ("search bytes before 1st result, gzip: ours / Pagefind", f"{ours[1]} / {pagefind[1]}"),
        ("first result in Chromium: Archivist / Pagefind", f"{ours[2]} / {pagefind[2]}"),
        ("`archivist search` latency p50 / p95", latency),
    ]


def markdown(results: dict[str, Any]) -> str:
    sizes = results["sizes"]
    header = "| measure | " + " | ".join(f"{s['articles']:,} articles" for s in sizes) + " |"
    lines = [
        f"# Benchmark {results['date']} (seed {results['seed']}, "
        f"{results['machine']['cpus']} CPUs, Python {results['machine']['python']})",
        "",
        header,
        "| --- |" + " --- |" * len(sizes),
    ]
    columns = [_rows(s) for s in sizes]
    for i, (name, _) in enumerate(columns[0]):
        lines.append(f"| {name} | " + " | ".join(col[i][1] for col in columns) + " |")
    lines += ["", "Key figures (targets in brackets)", ""]
    targets = {
        "build_vs_pelican_10k": "≤ 1.5",
        "incremental_vs_full_10k": "≤ 0.2",
        "incremental_again_vs_full_10k": "≤ 0.2",
        "search_bytes_vs_pagefind_10k": "≤ 2",
        "first_result_ms_10k": "< 300",
        "peak_rss_gib_50k": "< 4",
    }
    for key, target in targets.items():
        lines.append(f"- `{key}`: {_fmt(results.get(key), '', 2)} ({target})")
    loads = [s.get("load_average_at_end", [None])[0] for s in sizes]
    lines.append(
        "- machine load (1-min average) at the start: "
        f"{results['machine']['load_average_at_start'][0]:.1f}, "
        f"at the end of each size: {', '.join(_fmt(x) for x in loads)}"
    )
    return "\n".join(lines) + "\n" + NOTES


def plot(sizes: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = [s["articles"] for s in sizes]
    figure, axes = plt.subplots(figsize=(6, 4), dpi=100)
    for label, key in (("Archivist", "archivist"), ("bare Pelican", "pelican"), ("Hugo", "hugo")):
        axes.plot(counts, [s[key]["full_s"] for s in sizes], marker="o", label=label)
    axes.plot(
        counts,
        [s["archivist"]["one_changed_s"] for s in sizes],
        marker="o",
        linestyle="--",
        label="Archivist, one article changed",
    )
    axes.set_xlabel("articles")
    axes.set_ylabel("build time (s)")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, metadata={"Software": None})
    plt.close(figure)
