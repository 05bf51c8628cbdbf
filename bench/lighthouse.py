"""``make lighthouse``: Lighthouse's four scores, performance included, of every kind of
page of a built site (``output/``) in both interface languages, as desktop and phone.

Performance moves with the machine's load, so it is printed here, not checked in the
test suite (``tests/browser/test_lighthouse.py`` checks the other three).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "js" / "lighthouse_scores.mjs"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PAGES = {
    "home": "",
    "English article": "articles/has-isis-returned-to-rural-aleppo/",
    "Arabic article": "articles/sdf-launches-revenge-for-raqqa-martyrs-operation/",
    "place": "places/raqqa/",
    "places": "places/",
    "dates": "dates/",
    "tag": "tags/sleeper-cells/",
    "search with results": "search/?q=raqqa",
}
FORM_FACTORS = ["desktop", "mobile"]


def lighthouse(
    urls: list[str], categories: list[str], chromium: str
) -> subprocess.CompletedProcess[str]:
    """Lighthouse (``tests/js/lighthouse_scores.mjs``) on ``urls`` in ``categories``, as
    desktop and as phone, in ``chromium``: node's run, the scores as JSON on its stdout.
    ``tests/browser/test_lighthouse.py`` runs it too."""
    payload = {"urls": urls, "formFactors": FORM_FACTORS, "categories": categories}
    return subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "CHROME_PATH": chromium},
        timeout=1200,
        check=False,
    )


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    """``site`` served over HTTP on a free local port while the block runs: its address."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "output")
    parser.add_argument("--interfaces", default=",ar/", help="folders of the interfaces")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None or not (args.site / "index.html").is_file():
        print("make lighthouse: needs chromium and a built site (make html)", file=sys.stderr)
        return 1
    with served(args.site) as base:
        named = {
            base + home + path: f"{home or 'en/'}{name}"
            for home in args.interfaces.split(",")
            for name, path in PAGES.items()
        }
        run = lighthouse(list(named), CATEGORIES, chromium)
    if run.returncode:
        print(run.stderr, file=sys.stderr)
        return 1
    print(f"{'page':28} {'form':8} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES))
    for result in json.loads(run.stdout):
        scores = " ".join(f"{result['scores'][c]!s:>13}" for c in CATEGORIES)
        print(f"{named[result['url']]:28} {result['formFactor']:8} {scores}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
