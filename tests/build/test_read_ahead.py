"""Reading ahead on every core leaves the build nothing to compute, and the same results."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.build.cache import Store
from archivist.build.read_ahead import read_ahead
from archivist.content.articles import load_archive, read_article
from archivist.content.files import article_paths
from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.errors import ContentError
from archivist.pages.key_terms import count_words
from conftest import ROOT


def what_the_build_reads(paths: list[Path], store: Store) -> list[object]:
    """Each article, its rendered body and its word counts, as the build asks for them."""
    found: list[object] = []
    for path in paths:
        article = read_article(path, "en", store.readings)
        assert isinstance(article, Article)
        found += [article, article_html(article, store.bodies), count_words(article, store.words)]
    return found


def test_after_reading_ahead_the_build_computes_nothing_again(tmp_path: Path) -> None:
    paths = article_paths(ROOT / "content")
    expected = what_the_build_reads(paths, Store(tmp_path))
    store = Store(tmp_path)
    read_ahead(paths, "en", store, workers=2)
    store.take_computed()  # the parent's own share
    assert what_the_build_reads(paths, store) == expected
    assert all(computed == {} for computed in store.take_computed().values())


def test_the_check_takes_each_file_as_it_was_read_ahead(tmp_path: Path) -> None:
    for name, title in [("a.md", "As read ahead"), ("b.md", "Another"), ("c.md", "A third")]:
        (tmp_path / name).write_text(f"---\ntitle: {title}\n---\nText.\n", encoding="utf-8")
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    readings = read_ahead(article_paths(tmp_path), "en", Store(tmp_path / "cache"), workers=2)
    (tmp_path / "a.md").write_text("---\ntitle: Edited since\n---\nText.\n", encoding="utf-8")
    (tmp_path / "broken.md").write_text("---\ntitle: Mended since\n---\n", encoding="utf-8")

    with pytest.raises(ContentError) as raised:
        load_archive(tmp_path, "en", readings)
    assert [problem.path.name for problem in raised.value.problems] == ["broken.md"]

    del readings[tmp_path / "broken.md"]  # a file not read ahead is read now
    titles = [article.title for article in load_archive(tmp_path, "en", readings).articles]
    assert sorted(titles) == ["A third", "Another", "As read ahead", "Mended since"]
