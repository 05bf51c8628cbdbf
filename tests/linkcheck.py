"""A link checker for a built site, offline: every internal link, source and #anchor resolves.

Reads every page with the standard library's HTML parser, resolves each relative
``href``/``src``/``srcset`` against the page (``x/`` means ``x/index.html``, as a
static host serves it), checks the file exists inside the site and, for a
``#fragment``, that the target page has that ``id`` (or ``<a name>``). Stylesheets'
``url(...)`` references are checked too. External addresses are counted, not fetched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = frozenset({"href", "src", "srcset", "action", "poster", "data"})
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Page(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)
            elif name == "srcset":
                self.links += [c.split()[0] for c in value.split(",") if c.strip()]
            elif name in LINK_ATTRIBUTES:
                self.links.append(value)


@dataclass
class Report:
    pages: int = 0
    checked: int = 0
    anchors_checked: int = 0
    external: int = 0
    broken: list[str] = field(default_factory=list)


def check_site(site: Path) -> Report:
    site = site.resolve()
    report = Report()
    for page in sorted(site.rglob("*.html")):
        report.pages += 1
        for link in _parsed(page).links:
            _check(site, page, link, report)
    for sheet in sorted(site.rglob("*.css")):
        for link in _CSS_URL.findall(sheet.read_text("utf-8")):
            _check(site, sheet, link, report)
    return report


@cache
def _parsed(page: Path) -> _Page:
    return _Page(page.read_text("utf-8"))


def _check(site: Path, source: Path, link: str, report: Report) -> None:
    parts = urlsplit(link.strip())
    where = f"{source.relative_to(site)}: {link}"
    if parts.scheme or parts.netloc:
        report.external += 1
        return
    report.checked += 1
    path = unquote(parts.path)
    target = source if not path else (source.parent / path).resolve()
    if path.startswith("/"):
        report.broken.append(f"{where} (root-absolute: breaks under a sub-path)")
        return
    if target.is_dir():
        target = target / "index.html"
    if not target.is_relative_to(site):
        report.broken.append(f"{where} (leads out of the site)")
    elif not target.is_file():
        report.broken.append(f"{where} (no such file)")
    elif parts.fragment:
        report.anchors_checked += 1
        if target.suffix != ".html" or unquote(parts.fragment) not in _parsed(target).anchors:
            report.broken.append(f"{where} (no such anchor)")
