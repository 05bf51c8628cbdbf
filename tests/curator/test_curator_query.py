"""The terminal's query reader, on the vectors the page's reader runs too
(``tests/vectors/query.json``): same refusals, same messages, same place keys."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from archivist.curator.query import read, read_near
from archivist.errors import QueryError
from archivist.text.placekeys import place_key

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "query.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(("text", "message"), VECTORS["refused"])
def test_a_mistake_or_a_bound_gets_the_pages_message(text: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        read(text)
    assert str(raised.value) == message


def test_a_10000_character_query_is_refused_not_searched() -> None:
    with pytest.raises(QueryError, match="keep it under 500"):
        read("raqqa " * 2000)


@pytest.mark.parametrize("text", VECTORS["accepted"])
def test_queries_within_the_bounds_are_read(text: str) -> None:
    assert read(text).every_word


@pytest.mark.parametrize(("name", "key"), VECTORS["place_keys"])
def test_place_keys_leave_out_the_article(name: str, key: str) -> None:
    assert place_key(name) == key


def test_minus_is_not_and_every_word_is_required() -> None:
    reading = read("isis -Qamishlo prison")
    assert reading.every_word == "(isis) NOT (qamishlo) (prison)"
    assert reading.any_word == "isis OR prison NOT (qamishlo)"
    assert reading.units == 2


@pytest.mark.parametrize(("text", "expected"), VECTORS["typos"])
def test_a_word_of_five_letters_may_be_a_letter_off_of_nine_two(
    text: str, expected: list[str]
) -> None:
    typed = set(re.findall(r"\S+~\d", read(text).every_word))
    near = read_near(text)
    words = re.findall(r"\S+~\d", near.every_word) if near else []
    assert [word for word in words if word not in typed] == expected
