"""Every page carries a strict Content-Security-Policy; _headers repeats it for the host."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pytest

from archivist.pages.csp import HEADER_POLICY, HEADERS_FILE, META_POLICY, headers_file


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert found
    return found


def head_elements(path: Path) -> list[tuple[str, dict[str, str]]]:
    tree = html5lib.parse(path.read_text("utf-8"), treebuilder="etree", namespaceHTMLElements=False)
    head = tree.find("head")
    assert head is not None
    return [(element.tag, dict(element.attrib)) for element in head]


def test_the_policy_allows_nothing_inline_and_nothing_foreign() -> None:
    directives = dict(d.split(" ", 1) for d in META_POLICY.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == directives["style-src"] == "'self'"
    assert "unsafe" not in META_POLICY
    assert "frame-ancestors" not in META_POLICY  # browsers ignore it in <meta>, with a warning
    assert HEADER_POLICY == META_POLICY + "; frame-ancestors 'none'"


@pytest.mark.parametrize("site_name", ["seed_site", "fixture_site"])
def test_every_page_sets_the_policy_before_loading_anything(
    site_name: str, request: pytest.FixtureRequest
) -> None:
    for path in pages(request.getfixturevalue(site_name)):
        head = head_elements(path)
        assert head[0] == ("meta", {"charset": "utf-8"}), path
        assert head[1] == (
            "meta",
            {"http-equiv": "Content-Security-Policy", "content": META_POLICY},
        ), path


DATA_BLOCKS = ("application/ld+json", "application/json")


def test_no_page_needs_inline_script_or_style(seed_site: Path) -> None:
    for path in pages(seed_site):
        tree = html5lib.parse(path.read_text("utf-8"), namespaceHTMLElements=False)
        for element in tree.iter():
            assert "style" not in element.attrib, path
            assert not any(name.startswith("on") for name in element.attrib), path
            # Data blocks (JSON-LD, the scripts' words) are data the browser never runs.
            if element.tag == "script" and element.get("type") not in DATA_BLOCKS:
                assert element.get("src") and not (element.text or "").strip(), path
            assert element.tag != "style", path


def test_the_build_writes_a_headers_file_for_the_host(seed_site: Path) -> None:
    text = (seed_site / HEADERS_FILE).read_text("utf-8")
    assert text == headers_file()
    lines = text.splitlines()
    assert lines[0] == "/*"
    headers = dict(line.strip().split(": ", 1) for line in lines[1:])
    assert headers["Content-Security-Policy"] == HEADER_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "DENY"
    assert "Permissions-Policy" in headers
