"""No script from content runs: hostile text in every field, built, then read as a browser reads it.

Every payload of ``xss_payloads.PAYLOADS`` goes into every field an article has.
Fields whose values are checked (``source_url``, ``slug``, ``language``, ``date``)
refuse it; all the others are built into a site whose every page is parsed with
html5lib and opened in headless Chromium: no active content, no dialog.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import html5lib
import markdown
import pytest

from active_content import findings
from archivist.content.articles import read_article
from archivist.content.model import Article
from conftest import build_into
from search_page import answered
from test_cli import archivist
from xss_payloads import PAYLOADS

#: Fields that keep any text: the payload is built into the site.
TEXT_FIELDS = ("title", "summary", "source", "source_note", "date_note", "original_source", "notes")
LIST_FIELDS = ("authors", "tags", "places")
#: The body, and a web address that carries the payload after a valid scheme.
OTHER_BUILT = ("body", "source_url (path)")
#: Fields whose values are checked: the payload is refused with a Problem.
CHECKED_FIELDS = ("source_url", "slug", "language", "date")
BUILT_PLACES = len(TEXT_FIELDS) + len(LIST_FIELDS) + len(OTHER_BUILT)


def hostile_article(payload: str) -> str:
    def quoted(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # JSON strings are YAML strings

    lines = [f"{key}: {quoted(payload)}" for key in TEXT_FIELDS]
    lines += [f"{key}: [{quoted(payload)}, {quoted(payload + ' 2')}]" for key in LIST_FIELDS]
    lines.append(f"source_url: {quoted('https://x.example/' + ''.join(payload.split()))}")
    lines.append("date: 2024-01-02")
    return "---\n" + "\n".join(lines) + "\n---\n\n" + payload + "\n"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("hostile") / "content"
    content.mkdir()
    for number, payload in enumerate(PAYLOADS):
        (content / f"p{number:02}.md").write_text(hostile_article(payload), encoding="utf-8")
    return build_into(content.parent / "output", content)


def test_the_corpus_is_large_and_every_payload_is_live_somewhere() -> None:
    def live(payload: str) -> bool:
        contexts = (
            f"<div>{payload}</div>",
            f'<a title="{payload}" href="{payload}">x</a>',
            f"<a title='{payload}'>x</a>",
            markdown.markdown(payload),
        )
        return any(findings(f"<!DOCTYPE html><title>t</title>{c}") for c in contexts)

    assert len(set(PAYLOADS)) >= 40
    assert [p for p in PAYLOADS if not live(p)] == []


def test_only_the_sites_own_drawings_may_be_inline_svg_and_they_stay_inert() -> None:
    def page(body: str) -> list[str]:
        return findings(f"<!DOCTYPE html><title>t</title>{body}")

    ours = '<div class="map-frame"><svg class="map-svg"><a href="raqqa/"><circle/></a></svg></div>'
    assert page(ours) == []
    assert page('<svg class="map-svg"></svg>') == ["<svg> element"]  # not in its frame
    assert page('<div class="map-frame"><svg class="x"></svg></div>') == ["<svg> element"]
    inside = (
        '<div class="timeline-frame"><svg class="timeline-svg" onload="x()">'
        '<a href="javascript:x()"><rect/></a><set attributeName="href" to="javascript:x()"/>'
        "<script>x()</script></svg></div>"
    )
    assert len(page(inside)) == 4  # onload, the link, <set>, <script>


def test_no_built_page_holds_active_content(hostile_site: Path) -> None:
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > len(PAYLOADS) * 3  # articles, and the tag, place and source pages
    active = {str(p.relative_to(hostile_site)): findings(p.read_text("utf-8")) for p in pages}
    assert {page: found for page, found in active.items() if found} == {}


def test_hostile_titles_are_shown_as_text_not_dropped(hostile_site: Path) -> None:
    for number, payload in enumerate(PAYLOADS):
        html = (hostile_site / "articles" / f"p{number:02}" / "index.html").read_text("utf-8")
        tree = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
        h1 = tree.find(".//h1")
        assert h1 is not None
        assert "".join(h1.itertext()) == unicodedata.normalize("NFC", payload.strip())


@pytest.mark.parametrize("key", CHECKED_FIELDS)
def test_checked_fields_refuse_every_payload(tmp_path: Path, key: str) -> None:
    path = tmp_path / "hostile.md"
    for payload in PAYLOADS:
        value = json.dumps(payload, ensure_ascii=False)
        path.write_text(f"---\ntitle: fine\n{key}: {value}\n---\nText.\n", encoding="utf-8")
        result = read_article(path)
        assert not isinstance(result, Article), (key, payload)
        assert [p.line for p in result] == [3], (key, payload, result)


def test_check_reports_every_refused_payload_at_once(tmp_path: Path) -> None:
    for number, payload in enumerate(PAYLOADS):
        value = json.dumps(payload, ensure_ascii=False)
        text = "".join(f"{key}: {value}\n" for key in CHECKED_FIELDS)
        (tmp_path / f"p{number:02}.md").write_text(f"---\ntitle: t\n{text}---\n", "utf-8")
    result = archivist("check", "--content", str(tmp_path))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == len(PAYLOADS) * len(CHECKED_FIELDS)


def test_no_payload_runs_in_chromium(hostile_site: Path, browser: Any) -> None:
    context = browser.new_context()
    tab = context.new_page()
    ran: list[str] = []
    tab.on("dialog", lambda dialog: (ran.append(tab.url), dialog.dismiss()))
    pages = [hostile_site / "index.html", *sorted(hostile_site.glob("articles/*/index.html"))]
    for path in pages:
        tab.goto(path.as_uri(), wait_until="load")
    context.close()
    assert len(pages) == len(PAYLOADS) + 1
    assert ran == []


def test_search_results_show_hostile_titles_as_text(hostile_site: Path, page: Any) -> None:
    url = f"{(hostile_site / 'search' / 'index.html').as_uri()}?q="
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(page.url), dialog.dismiss()))
    active = {}
    listed = {}
    for query in ("alert", "script", "onerror", "javascript", "svg"):
        if found := findings(answered(page, url + query)):
            active[query] = found
        listed[query] = page.locator("#search-results > li").count()
    assert ran == []
    assert active == {}
    assert all(listed.values()), listed  # hostile titles were shown, not nothing
