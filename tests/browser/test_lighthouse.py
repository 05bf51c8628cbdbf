"""Lighthouse (npm, pinned) in the system Chromium, on every kind of page in both
interface languages, as a desktop and as a phone: accessibility 100, best practices and
SEO at least 95. Performance moves with the machine's load: ``make lighthouse`` prints it.

All the pages run in one node process and one Chromium, against the one served seed
site, so the suite pays Lighthouse's start once.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from lighthouse import FORM_FACTORS, PAGES
from lighthouse import lighthouse as run_lighthouse

from conftest import serve

CATEGORIES = ["accessibility", "best-practices", "seo"]
INTERFACES = {"English": "", "Arabic": "ar/"}
#: The least score each category may have.
FLOOR = {"accessibility": 100, "best-practices": 95, "seo": 95}


def lighthouse(urls: list[str], categories: list[str]) -> list[dict[str, Any]]:
    """Lighthouse's scores of ``urls`` in ``categories``, as desktop and as phone."""
    chromium = shutil.which("chromium")
    assert chromium is not None, "Lighthouse needs the Debian package chromium"
    run = run_lighthouse(urls, categories, chromium)
    assert run.returncode == 0, run.stderr
    results: list[dict[str, Any]] = json.loads(run.stdout)
    return results


@pytest.fixture(scope="module")
def scores(seed_server: str) -> dict[tuple[str, str], dict[str, Any]]:
    urls = [seed_server + home + path for home in INTERFACES.values() for path in PAGES.values()]
    return {(r["url"], r["formFactor"]): r for r in lighthouse(urls, CATEGORIES)}


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
@pytest.mark.parametrize("interface", INTERFACES)
@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_scores_the_page_at_least_the_floor(
    scores: dict[tuple[str, str], dict[str, Any]],
    seed_server: str,
    page: str,
    interface: str,
    form_factor: str,
) -> None:
    result = scores[(seed_server + INTERFACES[interface] + PAGES[page], form_factor)]
    assert result["error"] is None
    below = {
        category: (result["scores"][category], result["failed"][category])
        for category, floor in FLOOR.items()
        if result["scores"][category] < floor
    }
    assert below == {}


def test_lighthouse_does_mark_a_page_down(tmp_path: Path) -> None:
    """A page without a language, a title or a description scores below the floors."""
    (tmp_path / "index.html").write_text("<!DOCTYPE html><html><body><img src=x.png></body></html>")
    for base in serve(tmp_path):
        [desktop, _] = lighthouse([base + "/"], CATEGORIES)
    assert desktop["scores"]["accessibility"] < 100 and desktop["scores"]["seo"] < 95
    assert {"html-has-lang", "image-alt"} <= set(desktop["failed"]["accessibility"])
