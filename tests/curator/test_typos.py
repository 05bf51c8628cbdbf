"""A typed word with a typo stands for the nearest words of the index only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archivist.curator.typos import typo_words

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "typos.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["typed"])
def test_typo_words_match_the_shared_vectors(case: dict[str, Any]) -> None:
    words = typo_words(VECTORS["vocabulary"], case["term"], case["typed"], case["limit"])
    assert words == case["words"]


def test_only_the_nearest_words_count() -> None:
    # detainess's term is "detai": detail and deal are as near to it as detain, but detain
    # is no edit at all from the typed word less its ending.
    assert typo_words(["deal", "detail", "detain"], "detai", "detainess", 2) == ["detain"]


def test_a_misspelt_ending_keeps_its_word_found() -> None:
    # "repatriaton" stays whole; "repatriation" is "repatri", four letters shorter.
    assert typo_words(["repatri", "report"], "repatriaton", "repatriaton", 2) == ["repatri"]


def test_a_word_no_nearer_than_the_limit_stands_for_nothing() -> None:
    assert typo_words(["attack"], "zzzzz", "zzzzz", 1) == []
