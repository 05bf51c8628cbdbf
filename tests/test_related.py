"""Related articles: the most similar articles, boosted by shared places and tags, stable."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.curator import open_project_index
from archivist.related import related_lists
from archivist.site import load_settings
from conftest import SETTINGS, build_into
from curator_helpers import index_of, seed_copy

EDITED = "has-isis-returned-to-rural-aleppo.md"


def test_every_article_gets_up_to_five_others(tmp_path: Path) -> None:
    related = related_lists(index_of(seed_copy(tmp_path)))
    assert len(related) == 5
    for slug, others in related.items():
        assert slug not in others
        assert 1 <= len(others) <= 5
        assert len(set(others)) == len(others)


def test_shared_places_and_tags_pull_articles_together(tmp_path: Path) -> None:
    related = related_lists(index_of(seed_copy(tmp_path)))
    # Both name Hesekê/Haseke and share the tags isis, sleeper-cells, turkish-occupation.
    invasion = "operations-against-isis-cells-reactivated-amid-turkish-invasion"
    threat = "isis-still-pose-threat-four-years-after-defeat-sdf-warns"
    assert related[invasion][0] == threat


def test_the_lists_do_not_depend_on_the_index_history(tmp_path: Path) -> None:
    fresh = related_lists(index_of(seed_copy(tmp_path / "a")))
    content = seed_copy(tmp_path / "b")
    index_of(content)
    path = content / EDITED
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nAleppo Aleppo Aleppo.\n", encoding="utf-8")
    edited = related_lists(index_of(content))
    path.write_text(original, encoding="utf-8")
    archive = index_of(content)
    assert archive.report.indexed == (EDITED,)  # updated in place, not rebuilt
    assert related_lists(archive) == fresh
    assert edited.keys() == fresh.keys()


def test_an_unchanged_archive_reuses_the_cached_lists(tmp_path: Path) -> None:
    archive = index_of(seed_copy(tmp_path))
    first = related_lists(archive)
    cache = archive.location / "related.json"
    stamp = cache.stat().st_mtime_ns
    assert related_lists(index_of(archive.content_dir)) == first
    assert cache.stat().st_mtime_ns == stamp


RELATED = re.compile(r'<nav class="related".*?</nav>', re.DOTALL)


def related_sections(output: Path) -> dict[str, str]:
    return {
        page.parent.name: "".join(RELATED.findall(page.read_text(encoding="utf-8")))
        for page in sorted((output / "articles").glob("*/index.html"))
    }


def test_article_pages_list_the_same_related_reports_at_every_build(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    first = related_sections(build_into(tmp_path / "one", content))
    path = content / EDITED
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nEdited.\n", encoding="utf-8")
    related_lists(open_project_index(load_settings(SETTINGS, {"PATH": str(content)})))
    path.write_text(original, encoding="utf-8")  # the index now holds a deleted document
    assert related_sections(build_into(tmp_path / "two", content)) == first
    for slug, section in first.items():
        links = re.findall(r'href="\.\./\.\./articles/([a-z0-9-]+)/"', section)
        assert 1 <= len(links) <= 5, slug
        assert slug not in links
        pages = tmp_path / "one" / "articles"
        assert all((pages / link / "index.html").is_file() for link in links)
