"""Open the built search page in Chromium and wait for its own signal that it has answered.

The page sets ``data-query`` on ``#search-results`` once it has shown its answer to a
query: the results, "No report matches.", or a message saying why the query cannot be
read. A freshly loaded page has no such attribute, so its presence is the signal.
A selector, not ``wait_for_function``: Playwright's selectors run outside the page's
scripts, so the page's Content-Security-Policy (no 'unsafe-eval') stays on.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ANSWERED = "#search-results[data-query]"
#: A search of a test site answers in well under a second; this only bounds a broken page.
TIMEOUT_MS = 15_000


def answered(tab: Any, url: str) -> str:
    """Open ``url`` (the search page with its ``?q=``); its live DOM once it has answered.

    Fails the test if the page never signals: a page whose scripts did not run has
    rendered nothing, and reading it would check nothing.
    """
    tab.goto(url, wait_until="load")
    try:
        tab.wait_for_selector(ANSWERED, state="attached", timeout=TIMEOUT_MS)
    except PlaywrightTimeoutError:
        pass  # fail below, without Playwright's traceback chained to the message
    else:
        html: str = tab.content()
        return html
    pytest.fail(
        f"the search page did not answer within {TIMEOUT_MS / 1000:g} s "
        f"(no data-query on #search-results): {url}",
        pytrace=False,
    )
