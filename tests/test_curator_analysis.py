"""The curator's text analysis: words in any script, folded, stemmed as the browser does."""

from __future__ import annotations

import pytest

from archivist.content import load_archive
from archivist.curator_analysis import terms, text_analyzer
from archivist.model import Article
from conftest import ROOT


def test_words_are_folded_and_stemmed_like_the_browser_search() -> None:
    assert terms("Attacks near Hesekê") == ["attack", "near", "hesek"]
    assert terms("Sina'a prison, بالرقة") == ["sinaa", "prison", "رق"]


@pytest.mark.parametrize("article", load_archive(ROOT / "content").articles, ids=lambda a: a.slug)
def test_terms_are_what_the_whoosh_analyzer_indexes(article: Article) -> None:
    text = "\n".join((article.title, article.summary, article.body))
    assert terms(text) == [token.text for token in text_analyzer()(text)]
