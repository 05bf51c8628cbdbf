"""Drafts: an imported article (``status: draft``) is checked but not published until the
curator publishes it; only then does its address enter the lock. ``archivist build
--drafts`` (``make serve``) previews each draft at ``drafts/<slug>/``, a page nothing
else on the site names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archivist.build.site import build
from archivist.content.articles import load_archive, read_article
from archivist.content.model import Article
from archivist.errors import ContentError
from conftest import FIXTURE_SITE, SETTINGS, build_into
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


PREVIEW = Path("drafts/gunmen-attack-a-checkpoint-near-raqqa/index.html")


def content_with_a_draft(folder: Path) -> Path:
    content = folder / "content"
    shutil.copytree(FIXTURE_SITE, content)
    (content / "imported.md").write_text(DRAFT, encoding="utf-8")
    return content


def preview_into(output: Path, content: Path) -> Path:
    build(SETTINGS, output, content, drafts=True)
    return output


def site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_previewed_draft_is_at_drafts_slug_marked_as_a_draft(tmp_path: Path) -> None:
    site = preview_into(tmp_path / "output", content_with_a_draft(tmp_path))
    page = (site / PREVIEW).read_text("utf-8")
    assert '<p class="draft-banner" role="note"><strong>Draft: not published</strong>' in page
    assert '<meta name="robots" content="noindex">' in page
    assert "<h1>Gunmen attack a checkpoint near Raqqa</h1>" in page
    assert "Gunmen attacked a checkpoint near Raqqa on Monday" in page
    # Nothing that would cite or publish it: no citation meta, no permalink, no Cite panel.
    assert "citation_title" not in page and 'class="permalink"' not in page
    assert "cite-heading" not in page
    listing = (site / "drafts" / "index.html").read_text("utf-8")
    assert '<meta name="robots" content="noindex">' in listing
    assert 'href="../drafts/gunmen-attack-a-checkpoint-near-raqqa/"' in listing


def test_a_previewed_draft_is_in_no_index_search_file_feed_sitemap_nor_the_lock(
    tmp_path: Path,
) -> None:
    content = content_with_a_draft(tmp_path)
    site = preview_into(tmp_path / "output", content)
    elsewhere = {n: d for n, d in site_files(site).items() if not n.startswith("drafts/")}
    assert "sitemap.xml" in elsewhere and "feeds/all.atom.xml" in elsewhere
    assert any(name.startswith("search/") for name in elsewhere)
    naming = [n for n, data in elsewhere.items() if b"unmen attack" in data or b"gunmen-" in data]
    assert naming == []
    assert "gunmen-attack" not in (content / "permalinks.lock").read_text("utf-8")
    assert "drafts/" not in (site / "sitemap.xml").read_text("utf-8")


def test_without_drafts_a_build_writes_nothing_of_them_and_says_how_to_preview(
    tmp_path: Path,
) -> None:
    content = content_with_a_draft(tmp_path)
    output = tmp_path / "output"
    preview_into(output, content)
    assert (output / PREVIEW).is_file()
    result = archivist("build", "-c", str(content), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "; 1 draft not published (archivist build --drafts previews them)" in result.stdout
    assert not (output / "drafts").exists()
    assert site_files(output) == site_files(build_into(tmp_path / "clean", content))
    result = archivist("build", "--drafts", "-c", str(content), "-o", str(output))
    assert f"; 1 draft previewed at {output.resolve() / 'drafts'}/, not published" in result.stdout


def test_an_edited_draft_is_previewed_afresh_as_a_clean_build_would(tmp_path: Path) -> None:
    content = content_with_a_draft(tmp_path)
    rebuilt = preview_into(tmp_path / "output", content)
    draft = content / "imported.md"
    draft.write_text(DRAFT.replace("on Monday", "on Tuesday"), encoding="utf-8")
    preview_into(rebuilt, content)
    assert "on Tuesday" in (rebuilt / PREVIEW).read_text("utf-8")
    clean = preview_into(tmp_path / "clean", content)
    assert site_files(rebuilt) == site_files(clean)


def test_a_published_draft_moves_to_its_address_and_into_the_lock(tmp_path: Path) -> None:
    content = content_with_a_draft(tmp_path)
    site = preview_into(tmp_path / "output", content)
    result = archivist("publish", str(content / "imported.md"))
    assert result.returncode == 0, result.stderr
    preview_into(site, content)
    assert not (site / "drafts").exists()
    page = site / "articles" / "gunmen-attack-a-checkpoint-near-raqqa" / "index.html"
    assert "Draft: not published" not in page.read_text("utf-8")
    lock = (content / "permalinks.lock").read_text("utf-8")
    assert "articles/gunmen-attack-a-checkpoint-near-raqqa/" in lock
    assert "articles/gunmen-attack-a-checkpoint-near-raqqa/" in (site / "sitemap.xml").read_text(
        "utf-8"
    )
