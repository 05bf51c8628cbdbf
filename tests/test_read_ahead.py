"""Reading ahead on every core leaves the build nothing to compute, and the same results."""

from __future__ import annotations

from pathlib import Path

from archivist.content import article_paths, read_article
from archivist.memo import MEMOS
from archivist.model import Article
from archivist.read_ahead import read_ahead
from archivist.related import count_words
from archivist.render import body_html
from conftest import ROOT


def forget() -> None:
    for memo in MEMOS.values():
        memo.reset()


def what_the_build_reads(paths: list[Path]) -> list[object]:
    """Each article, its rendered body and its word counts, as the build asks for them."""
    found: list[object] = []
    for path in paths:
        article = read_article(path)
        assert isinstance(article, Article)
        found += [article, body_html(article.body), count_words(article)]
    return found


def test_after_reading_ahead_the_build_computes_nothing_again() -> None:
    paths = article_paths(ROOT / "content")
    forget()
    expected = what_the_build_reads(paths)
    forget()
    read_ahead(paths, "en", workers=2)
    for memo in MEMOS.values():
        memo.take_computed()  # the parent's own share
    assert what_the_build_reads(paths) == expected
    assert all(memo.take_computed() == {} for memo in MEMOS.values())
