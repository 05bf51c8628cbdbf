"""The policy in real Chromium: the site runs under it with no violation, and it does block."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archivist.pages.csp import HEADERS_FILE

WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def host_headers(site: Path) -> list[tuple[str, str]]:
    """The headers a Netlify-style host sends for every path, read from the built _headers."""
    lines = (site / HEADERS_FILE).read_text("utf-8").splitlines()
    assert lines[0] == "/*"
    return [tuple(line.strip().split(": ", 1)) for line in lines[1:]]  # type: ignore[misc]


@pytest.fixture(scope="module")
def headers_server(seed_site: Path) -> Iterator[str]:
    """The seed archive served as a host reading _headers serves it."""
    headers = host_headers(seed_site)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            for name, value in headers:
                self.send_header(name, value)
            super().end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(seed_site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def site_urls(site: Path, base: str) -> list[str]:
    """Every kind of page: the home page and the first three pages of each section."""
    pages = [site / "index.html"]
    for section in sorted(p for p in site.iterdir() if p.is_dir()):
        pages += [p for p in sorted(section.rglob("*.html")) if not _redirect(p)][:3]
    return [base + str(p.relative_to(site)) for p in pages]


def _redirect(page: Path) -> bool:
    """Redirect pages leave at once; the Nu checker and the XSS audit read them instead."""
    return 'http-equiv="refresh"' in page.read_text("utf-8")


def visit_all(page: Any, urls: list[str]) -> list[str]:
    page.add_init_script(WATCH_VIOLATIONS)
    violations: list[str] = []
    for url in urls:
        page.goto(url, wait_until="load")
        page.evaluate("document.fonts.ready")
        violations += [f"{url}: {v}" for v in page.evaluate("window.__violations")]
    return violations


def test_every_page_runs_under_the_header_policy_without_a_violation(
    page: Any, seed_site: Path, headers_server: str
) -> None:
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))  # noqa: PLW0108 (playwright needs a Python function)
    assert visit_all(page, site_urls(seed_site, headers_server)) == []
    csp = {r.headers.get("content-security-policy") for r in responses}
    assert len(csp) == 1 and None not in csp


def test_every_page_runs_under_the_meta_policy_from_a_folder(page: Any, seed_site: Path) -> None:
    assert visit_all(page, site_urls(seed_site, seed_site.as_uri() + "/")) == []


def test_the_policy_blocks_an_injected_inline_script(browser: Any, headers_server: str) -> None:
    context = browser.new_context()
    tab = context.new_page()
    tab.add_init_script(WATCH_VIOLATIONS)
    tab.goto(headers_server)
    tab.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__ran = true'; document.head.appendChild(s); }"
    )
    tab.wait_for_function("window.__violations.length > 0")
    assert tab.evaluate("window.__ran === undefined")
    assert tab.evaluate("window.__violations")[0].startswith("script-src")
    context.close()
