"""The search page's ``?q=`` in Chromium: hostile queries are shown as text, never run.

Every payload, and queries that make lunr.js raise QueryParseError (whose message
repeats the query), go into ``?q=``. Once the page signals that it has answered
(``search_page.answered``; a page that never does fails the test), the query must
be the one it searched, its live DOM must hold no active content, and no dialog
may have opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from active_content import findings
from search_page import answered
from xss_payloads import PAYLOADS

SEARCH_PAGE = "search/index.html"
#: Queries with lunr.js syntax, most of which it cannot parse. The page's message quotes
#: an unknown field by name: the last two make that name a tag, which the message repeats.
BAD_SYNTAX = (
    "title:<img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)>~",
    "<svg onload=alert(1)>^x",
    ":<script>alert(1)</script>",
    "+<iframe src=javascript:alert(1)>",
    "<svg/onload=alert(1)>:x",
    "<img/src/onerror=alert(1)>:x",
)


def test_hostile_queries_are_shown_as_text(page: Any, seed_site: Path) -> None:
    url = f"{(seed_site / SEARCH_PAGE).as_uri()}?q="
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(page.url), dialog.dismiss()))
    active: dict[str, list[str]] = {}
    searched: dict[str, str | None] = {}
    for query in (*PAYLOADS, *BAD_SYNTAX):
        if found := findings(answered(page, url + quote(query))):
            active[query] = found
        searched[query] = page.get_attribute("#search-results", "data-query")
    answered(page, url + "raqqa")
    shown = page.locator("#search-status").inner_text()
    assert ran == []
    assert active == {}
    # The page searched each query as given (a search box drops line breaks).
    assert searched == {q: q.replace("\r", "").replace("\n", "") for q in searched}
    assert any(ch.isdigit() for ch in shown), shown  # the page did search and render
