"""The curator's text analysis: words in any script, folded, stemmed as the browser does."""

from __future__ import annotations

from typing import Any

import pytest
from whoosh.analysis import RegexTokenizer, StemFilter

from archivist.content.articles import load_archive
from archivist.content.model import Article
from archivist.text.analysis import WORD_PATTERN, FoldFilter, archive_stem, terms, text_analyzer
from conftest import ROOT


def test_words_are_folded_and_stemmed_like_the_browser_search() -> None:
    assert terms("Attacks near Hesekê") == ["attack", "near", "hesek"]
    assert terms("Sina'a prison, بالرقة") == ["sinaa", "prison", "رق"]


@pytest.mark.parametrize("article", load_archive(ROOT / "content").articles, ids=lambda a: a.slug)
def test_terms_are_what_the_whoosh_analyzer_indexes(article: Article) -> None:
    text = "\n".join((article.title, article.summary, article.body))
    assert terms(text) == [token.text for token in text_analyzer()(text)]


#: What the one-pass tokenizer stands for: whoosh's own tokenizer and filters in a chain.
WHOOSH_CHAIN = RegexTokenizer(WORD_PATTERN) | FoldFilter() | StemFilter(stemfn=archive_stem)


def tokens(analyzer: Any, text: str, **options: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in analyzer(text, positions=True, chars=True, **options)
    ]


@pytest.mark.parametrize("article", load_archive(ROOT / "content").articles, ids=lambda a: a.slug)
def test_the_analyzer_gives_the_positions_and_offsets_of_whoosh_s_own_chain(
    article: Article,
) -> None:
    text = "\n".join((article.title, article.summary, article.body))
    assert tokens(text_analyzer(), text) == tokens(WHOOSH_CHAIN, text)


@pytest.mark.parametrize("word", ["Qami*", "Hesekê~", "ـ", "بالرقة"])
def test_a_query_word_taken_whole_is_analysed_as_whoosh_s_chain_does(word: str) -> None:
    assert tokens(text_analyzer(), word, tokenize=False) == tokens(
        WHOOSH_CHAIN, word, tokenize=False
    )


def test_a_word_that_folds_to_nothing_keeps_its_place_in_the_count() -> None:
    text = "Kafr \u0640 Ghan"  # a lone tatweel folds to nothing
    assert tokens(text_analyzer(), text) == tokens(WHOOSH_CHAIN, text)
    assert tokens(text_analyzer(), text, no_morph=True) == tokens(WHOOSH_CHAIN, text, no_morph=True)
