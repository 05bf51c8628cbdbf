"""Search in headless Chromium: bytes fetched and time until the first result shows.

A page counts as answered when ``#search-results`` holds a link (our search page
and the Pagefind bench page both fill that list). Time is ``performance.now()``
at that moment: milliseconds since the navigation started, on a cold cache (a new
browser context per query). The page tells the bench by a console message, which
Chromium reports over its debugging protocol: nothing of Playwright's runs in the page
until then (its waiting helper, ``wait_for_function``, compiles a script on the page's
main thread and polls there every frame, while the search runs; measured: 30 ms later
first results on the 10k site). Bytes are the bodies of every script, JSON, WASM and
index file whose response had fully arrived by then, fetched by the page or its
workers (Pagefind searches in a worker); not the HTML page, CSS, fonts or images.
Raw, and as gzip would serve them.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
NOT_SEARCH = {"document", "stylesheet", "font", "image"}
#: Said on the console once, when the page has answered: the bench waits for it.
DONE = "bench: done"
#: Run before the page's own scripts: ``benchMark()`` notes the time of the answer
#: (once) and says so. It is called when a result link first shows, and by
#: ``PAGEFIND_PAGE`` when its search is done, so that a search with no result ends too.
MARK_FIRST_RESULT = f"""
window.benchMark = () => {{
  if (window.benchDone === undefined) {{
    window.benchDone = performance.now();
    console.debug("{DONE}");
  }}
}};
new MutationObserver(() => {{
  if (document.querySelector("#search-results li a")) window.benchMark();
}}).observe(document, {{subtree: true, childList: true}});
"""


@dataclass(frozen=True)
class SearchRun:
    query: str
    first_result_ms: float | None  # None: no result within the time limit
    raw_bytes: int
    gzip_bytes: int
    files: int


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """``folder`` served over HTTP by a process of its own, as a static host serves it: a
    server thread in this process would wait on the interpreter while Playwright's event
    handlers run (measured: 15 ms later first results, over six rounds of ten queries)."""
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # its log, and pages closed before their last request
        text=True,
    )
    try:
        assert server.stdout is not None
        port = re.search(r" port (\d+)", server.stdout.readline())
        if port is None:
            raise RuntimeError(f"the HTTP server for {folder} did not start")
        yield f"http://127.0.0.1:{port.group(1)}/"
    finally:
        server.terminate()
        server.wait()


def _one(browser: Any, url: str, query: str) -> SearchRun:
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(MARK_FIRST_RESULT)
    arrived: list[tuple[float, bytes]] = []  # (when the body had arrived, ms since epoch; body)

    def fetched(request: Any) -> None:
        with contextlib.suppress(Exception):  # the page closed first: it came too late
            response = request.response()
            if request.resource_type not in NOT_SEARCH and response and response.ok:
                timing = request.timing
                arrived.append((timing["startTime"] + timing["responseEnd"], response.body()))

    page.on("requestfinished", fetched)  # the page's and its workers' requests (Pagefind's)
    first = float("inf")
    try:
        with page.expect_console_message(lambda message: message.text == DONE, timeout=30_000):
            page.goto(url + quote(query))
        done: float | None = page.evaluate("window.benchDone")
        first = page.evaluate("performance.timeOrigin + window.benchDone")
        if not page.query_selector("#search-results li a"):
            done = None
    except Exception:  # a page that never answers is a result, not a crash of the bench
        done = None
    finally:
        context.close()
    # Only what had arrived when the first result showed (not, say, the facet counts after).
    bodies = {i: body for i, (when, body) in enumerate(arrived) if when <= first}
    raw = sum(len(b) for b in bodies.values())
    gz = sum(min(len(b), len(gzip.compress(b, 6))) for b in bodies.values())
    return SearchRun(query, done, raw, gz, len(bodies))


def measure(site: Path, page: str, queries: list[str]) -> list[SearchRun]:
    """Open ``site/page?q=QUERY`` for each query; ``page`` is relative to the site root.

    As for a timed command, the disk writes still pending from earlier ones (Pagefind's
    copy of the site) are flushed first, and one uncounted load goes before the timed
    ones, so that none of them pays for the browser's first page."""
    os.sync()
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        url = f"{base}{page}?q="
        try:
            _one(browser, url, queries[0])
            return [_one(browser, url, query) for query in queries]
        finally:
            browser.close()


def summary(runs: list[SearchRun]) -> dict[str, Any]:
    answered = [r.first_result_ms for r in runs if r.first_result_ms is not None]
    return {
        "queries": len(runs),
        "answered": len(answered),
        "first_result_ms_median": statistics.median(answered) if answered else None,
        "first_result_ms_max": max(answered) if answered else None,
        "raw_bytes_mean": statistics.mean(r.raw_bytes for r in runs),
        "gzip_bytes_mean": statistics.mean(r.gzip_bytes for r in runs),
        "runs": [r.__dict__ for r in runs],
    }
