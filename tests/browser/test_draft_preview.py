"""A draft previewed (``archivist build --drafts``, as ``make serve`` builds) in real
headless Chromium: the curator reaches it from ``drafts/`` and sees at once that it is not
published."""

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from test_accessibility import audit, summary

from archivist.build.site import build
from conftest import FIXTURE_SITE, SETTINGS, serve

SLUG = "hujum-li-ser-xala-kontrole-li-nezik-reqqa"
DRAFT = f"""---
title: "Êrîşek li ser xala kontrolê li nêzîkî Reqqayê"
slug: {SLUG}
language: ku
status: draft
---

Çekdaran roja Duşemê li nêzîkî Reqqayê êrîşî xaleke kontrolê kirin.
"""


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("preview")
    content = folder / "content"
    shutil.copytree(FIXTURE_SITE, content)
    (content / "imported.md").write_text(DRAFT, encoding="utf-8")
    build(SETTINGS, folder / "output", content, drafts=True)
    yield from serve(folder / "output")


def test_the_curator_opens_a_draft_from_the_drafts_page(page: Any, preview: str) -> None:
    page.goto(f"{preview}/drafts/")
    page.locator("ol.drafts h2 a").click()
    page.wait_for_load_state()
    assert page.url == f"{preview}/drafts/{SLUG}/"
    assert page.locator("h1").inner_text() == "Êrîşek li ser xala kontrolê li nêzîkî Reqqayê"


def test_the_draft_banner_shows_above_the_title(page: Any, preview: str) -> None:
    page.goto(f"{preview}/drafts/{SLUG}/")
    banner = page.locator(".draft-banner")
    assert banner.is_visible()
    assert banner.inner_text().startswith("Draft: not published")
    assert banner.bounding_box()["y"] < page.locator("h1").bounding_box()["y"]
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"


@pytest.mark.parametrize("address", ["drafts/", f"drafts/{SLUG}/"])
def test_the_preview_has_no_wcag_21_aa_violation(browser: Any, preview: str, address: str) -> None:
    context = browser.new_context(bypass_csp=True)  # axe is injected
    tab = context.new_page()
    tab.goto(f"{preview}/{address}")
    result = audit(tab)
    context.close()
    assert summary(result["violations"]) == []
    assert len(result["passes"]) >= 10
