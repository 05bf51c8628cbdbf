"""What Zotero saves from each article of a built site, field by field (not part of CI).

Zotero's translation-server (https://github.com/zotero/translation-server: Zotero's own
translators under node) must already be running on this machine, as its README says.
This script serves the built site on a loopback port, asks the server to save every
article page (``POST /web``), and prints what Zotero stored next to what the article's
own CSL-JSON says, marking each difference (*Archive* and the access date, which no
page can set, are printed unmarked)::

    .venv/bin/archivist build --settings <settings with ARCHIVE["public_url"] =
        "http://127.0.0.1:8765/"> --output /tmp/site
    python tests/zotero_check.py /tmp/site --server http://127.0.0.1:1969 --port 8765

Exit status 1 when any field differs.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

#: The Zotero fields compared with what the article's CSL-JSON says they should be.
FIELDS = (
    *("itemType", "title", "date", "publicationTitle", "creators", "language", "url"),
    *("abstractNote", "archiveLocation", "extra", "institution", "reportType"),
)
#: Zotero's item type for each CSL type the archive writes.
ITEM_TYPES = {"article-newspaper": "newspaperArticle", "report": "report"}
#: The CSL-JSON note's part that names the credited original source (Zotero's Extra).
CREDIT = "Originally reported by "


def expected(item: dict[str, Any]) -> dict[str, str]:
    """The Zotero fields an item saved from the page of this CSL-JSON item should have."""
    parts = item.get("issued", {}).get("date-parts", [[]])[0]
    return {
        "itemType": ITEM_TYPES[item["type"]],
        "title": item["title"],
        "date": "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)),
        "publicationTitle": item.get("container-title", ""),
        "creators": "; ".join(a["literal"] for a in item.get("author", [])),
        "language": item.get("language", ""),
        "url": item.get("URL", ""),
        "abstractNote": item.get("abstract", ""),
        "archiveLocation": item.get("archive_location", ""),
        "institution": item.get("publisher", ""),  # the issuer of a report
        "reportType": item.get("genre", ""),
        "extra": next((n for n in item.get("note", "").split("; ") if n.startswith(CREDIT)), ""),
    }


def saved(server: str, url: str) -> dict[str, str]:
    """What Zotero saves from ``url``: its first item's fields, creators as text."""
    request = urllib.request.Request(
        f"{server}/web", data=url.encode(), headers={"Content-Type": "text/plain"}
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        [item] = json.load(response)[:1]
    creators = "; ".join(
        c.get("name") or " ".join(p for p in (c.get("firstName"), c.get("lastName")) if p)
        for c in item.get("creators", [])
    )
    fields = {key: str(item.get(key, "")) for key in item if key != "creators"}
    return {**fields, "creators": creators}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (output folder)")
    parser.add_argument("--server", default="http://127.0.0.1:1969")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(args.site))
    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    wrong = 0
    try:
        for cite in sorted(args.site.glob("articles/*/cite.json")):
            page = f"http://127.0.0.1:{args.port}/{cite.parent.relative_to(args.site)}/"
            want = expected(json.loads(cite.read_text(encoding="utf-8"))[0])
            got = saved(args.server, page)
            print(cite.parent.name)
            for key in FIELDS:
                mark = "ok" if got.get(key, "") == want[key] else "WRONG"
                wrong += mark == "WRONG"
                print(
                    f"  {mark:5} {key:16} {got.get(key, '')[:70]!r}"
                    + (f"  (want {want[key][:70]!r})" if mark == "WRONG" else "")
                )
            for key in ("archive", "accessDate"):
                print(f"  {'':5} {key:16} {got.get(key, '')[:70]!r}")
    finally:
        httpd.shutdown()
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
