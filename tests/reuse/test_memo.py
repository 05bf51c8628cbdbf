"""Memos compute each text's value once; a record keeps its texts' keys, also in the cache."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from archivist.content import render
from archivist.content.model import Article
from archivist.reuse.memo import Memo


def report(body: str) -> Article:
    return Article(Path("a.md"), "a", "A report", body, 4, "en")


def test_a_record_keeps_its_texts_key_and_the_cache_keeps_it_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def body(article: Article) -> str:
        asked.append(article.slug)
        return article.body

    monkeypatch.setattr(render, "_body", body)
    bodies = Memo[str]("bodies")
    article = report("Fighters *seized* the silos.")
    html = render.article_html(article, bodies)
    assert render.article_html(article, bodies) == html
    assert render.article_html(pickle.loads(pickle.dumps(article)), bodies) == html
    assert asked == ["a"]  # the body was taken and digested once
    assert render.article_html(report("Another body."), bodies) != html
    assert asked == ["a", "a"]
    assert len(bodies.used()) == 2  # what the build cache keeps


def test_a_record_equal_to_another_renders_as_its_text_does() -> None:
    article = report("Text with [a link](https://example.org).")
    assert render.article_html(article, Memo("bodies")) == render.body_html(article.body)
    assert render.article_html(article) == render.body_html(article.body)
    assert article == pickle.loads(pickle.dumps(article))
