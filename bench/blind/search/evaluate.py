"""Measure the site's search and ``archivist search`` on the blind set.

Builds ``content/`` (copied to a temporary folder, with the repository's gazetteer and
settings), runs each query of ``queries.json`` through the search page's engine (lunr.js
under node, on the built search files) and through ``archivist search --json``, and prints,
per engine, recall, the precision of the first page (the first ten results) and the queries
that miss or flood. ``--split held`` runs the held-out queries; run those once, at the end.
``--split fresh`` runs the second unseen batch, judged before the phrase, snippet and sort
work of issue 27; run it once, at the end of that work. ``--split fresh2`` is a third
unseen batch, judged before the work on places named in the text, Arabic loanword
spellings and phrase highlighting; run it once, at the end of that work. ``--split fresh3``
is a fourth, judged before the work on typo tolerance (misspellings and other forms a
researcher types); run it once, at the end of that work. ``--split fresh4`` is a fifth,
with ten more reports (Roj camp, Mayadin, Dhiban, one Turkish and one Kurmanji), judged
before the lead's end-of-session run; run it once, then.

``--chromium`` also opens each query's address in the real search page, served, in headless
Chromium (the system ``chromium`` through Playwright), and reads the page's results: the
page shows its first twenty, so its recall counts those only. Its first twenty should be
the engine's under node; the line "chromium = node" says for how many queries they are.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
PAGE = 10
SHOWN = 20  # the results the search page lists before its "more" button


def build(work: Path) -> Path:
    content = work / "content"
    shutil.copytree(HERE / "content", content)
    output = work / "output"
    subprocess.run(
        [ROOT / ".venv/bin/archivist", "build", "-c", content, "-o", output],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return content


def browser(queries: list[str], work: Path) -> list[dict]:
    done = subprocess.run(
        ["node", HERE / "browser_search.js", work / "output" / "search"],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout)


def chromium(queries: list[str], work: Path) -> list[dict]:
    """Each query's results as the search page lists them in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "http.server", str(port), "-b", "127.0.0.1"]
    server = subprocess.Popen(
        command, cwd=work / "output", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    answers = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"))
            # Playwright's string predicates need eval, which the site's policy refuses.
            page = browser.new_context(bypass_csp=True).new_page()
            for query in queries:
                page.goto(f"http://127.0.0.1:{port}/search/?q={quote(query)}")
                page.wait_for_function(
                    "q => document.getElementById('search-results').dataset.query === q",
                    arg=query,
                )
                links = page.locator("#search-results > li.report h2 a")
                hrefs = [links.nth(i).get_attribute("href") or "" for i in range(links.count())]
                answers.append({"slugs": [h.rstrip("/").split("/")[-1] for h in hrefs]})
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return answers


def terminal(queries: list[str], content: Path) -> list[dict]:
    answers = []
    for query in queries:
        done = subprocess.run(
            [
                ROOT / ".venv/bin/archivist",
                "search",
                "--json",
                "--limit",
                "100",
                "-c",
                content,
                "--",
                query,
            ],
            check=False,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            answers.append({"error": done.stderr.strip().splitlines()[-1]})
            continue
        results = json.loads(done.stdout)["results"]
        primary = sum(not (r.get("any_word") or r.get("near")) for r in results)
        answers.append({"slugs": [r["slug"] for r in results], "primary": primary})
    return answers


def score(relevant: set[str], answer: dict, primary: bool = False) -> tuple[float, float]:
    """Recall over every result, and the share of the first page that is relevant; with
    ``primary``, of the results with every word as typed only (not the near-spelling and
    any-word ones after them)."""
    slugs = answer.get("slugs", [])
    if primary and answer.get("primary", -1) >= 0:
        slugs = slugs[: answer["primary"]]
    recall = len(relevant & set(slugs)) / len(relevant)
    page = slugs[:PAGE]
    precision = len(relevant & set(page)) / len(page) if page else 0.0
    return recall, precision


def report(name: str, items: list[dict], answers: list[dict], verbose: bool) -> None:
    recalls, precisions, strict = [], [], []
    for item, answer in zip(items, answers, strict=True):
        relevant = set(item["relevant"])
        recall, precision = score(relevant, answer)
        recalls.append(recall)
        precisions.append(precision)
        strict.append(score(relevant, answer, primary=True))
        if verbose or recall < 1 or precision < 1:
            shown = answer.get("error") or f"{len(answer['slugs'])} results"
            print(f"  {name:8} R={recall:.2f} P@{PAGE}={precision:.2f}  {item['q']!r}: {shown}")
    n = len(items)
    print(
        f"{name}: recall {sum(recalls) / n:.1%}, first-page precision "
        f"{sum(precisions) / n:.1%}, perfect {sum(r == 1 for r in recalls)}/{n} recall, "
        f"{sum(p == 1 for p in precisions)}/{n} precision"
    )
    if not any("primary" in answer for answer in answers):
        return  # the page does not say which results have every word
    print(
        f"{name}: with every word as typed only (no fallback): recall "
        f"{sum(r for r, _ in strict) / n:.1%}, first-page precision "
        f"{sum(p for _, p in strict) / n:.1%}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=("dev", "held", "fresh", "fresh2", "fresh3", "fresh4"), default="dev"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="every query, not misses")
    parser.add_argument(
        "--chromium", action="store_true", help="also in the real page, in headless Chromium"
    )
    args = parser.parse_args()
    chosen = {"held": "heldout"}.get(args.split, args.split)
    items = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))[chosen]
    queries = [item["q"] for item in items]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        content = build(work)
        print(f"{chosen}: {len(items)} queries on {len(list(content.glob('*.md')))} reports")
        engine = browser(queries, work)
        report("browser", items, engine, args.verbose)
        report("terminal", items, terminal(queries, content), args.verbose)
        if args.chromium:
            shown = chromium(queries, work)
            report("chromium", items, shown, args.verbose)
            same = sum(a["slugs"] == b["slugs"][:SHOWN] for a, b in zip(shown, engine, strict=True))
            print(f"chromium = node: the same first {SHOWN} results for {same}/{len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
