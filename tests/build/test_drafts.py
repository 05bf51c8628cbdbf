"""Drafts: an imported article (``status: draft``) is checked but not published until the
curator publishes it; only then does its address enter the lock."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archivist.content.articles import load_archive, read_article
from archivist.content.model import Article
from archivist.errors import ContentError
from conftest import FIXTURE_SITE, build_into
from test_cli import archivist

DRAFT = """---
title: "Gunmen attack a checkpoint near Raqqa"
slug: gunmen-attack-a-checkpoint-near-raqqa
language: en
places: [Raqqa]
status: draft
imported_from: "report.txt"
---

Gunmen attacked a checkpoint near Raqqa on Monday, local sources said.
"""


def test_a_draft_is_checked_and_kept_apart_from_the_published_articles(tmp_path: Path) -> None:
    (tmp_path / "published.md").write_text(DRAFT.replace("status: draft\n", ""), "utf-8")
    (tmp_path / "draft.md").write_text(DRAFT.replace("checkpoint-near", "post-near"), "utf-8")
    archive = load_archive(tmp_path)
    assert [a.path.name for a in archive.articles] == ["published.md"]
    assert [a.path.name for a in archive.drafts] == ["draft.md"]


@pytest.mark.parametrize("status", ["published", "hidden", "Draft"])
def test_any_other_status_is_refused_with_its_line(tmp_path: Path, status: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(DRAFT.replace("status: draft", f"status: {status}"), "utf-8")
    (problem,) = read_article(path)  # type: ignore[misc]
    assert problem.line == 6 and "status" in problem.message
    with pytest.raises(ContentError):
        load_archive(tmp_path)


def test_a_draft_is_not_built_nor_locked_until_it_is_published(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    draft = content / "imported.md"
    draft.write_text(DRAFT, encoding="utf-8")
    site = build_into(tmp_path / "output", content)
    lock = (content / "permalinks.lock").read_text(encoding="utf-8")
    assert "gunmen-attack" not in lock
    assert not list(site.rglob("*gunmen-attack*"))
    built = [p for p in site.rglob("*") if p.is_file() and p.suffix in {".html", ".json", ".xml"}]
    assert built and not any("Gunmen attack" in p.read_text("utf-8", "replace") for p in built)

    draft.write_text(DRAFT.replace("status: draft\n", ""), encoding="utf-8")  # published
    site = build_into(tmp_path / "output", content)
    assert (site / "articles" / "gunmen-attack-a-checkpoint-near-raqqa" / "index.html").is_file()
    assert "gunmen-attack-a-checkpoint-near-raqqa" in (content / "permalinks.lock").read_text(
        "utf-8"
    )
    article = read_article(draft)
    assert isinstance(article, Article) and not article.is_draft


def test_check_counts_the_drafts_apart(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    (content / "imported.md").write_text(DRAFT, encoding="utf-8")
    result = archivist("check", "-c", str(content))
    assert result.stdout == "ok: 4 articles (and 1 draft, not published), no problems\n"
