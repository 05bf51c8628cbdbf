"""The numbers of the search index: lunr.py's rounding, term numbers that stay, an
average field length that one edit does not move."""

from __future__ import annotations

import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.search.bm25 import NUMBERS, on_grid, rounded, stable_numbers
from conftest import ROOT
from search_helpers import documents_of


def test_a_word_new_to_the_archive_leaves_every_other_words_number() -> None:
    words = sorted({w for d in documents_of(ROOT / "content") for w in d.body.lower().split()})

    def numbers(terms: list[str]) -> dict[str, int]:
        return dict(zip(terms, stable_numbers(terms).tolist(), strict=True))

    before, after = numbers(words), numbers([*words, "correction"])
    assert len(words) > 500 and "correction" not in before
    assert {w: after[w] for w in words} == before


def test_two_words_with_one_checksum_get_two_numbers() -> None:
    first, second = "tlervfz", "yhbjdjs"  # their CRC-32s agree below NUMBERS
    wanted = zlib.crc32(first.encode()) % NUMBERS
    assert zlib.crc32(second.encode()) % NUMBERS == wanted
    assert stable_numbers([second, first]).tolist() == [wanted + 1, wanted]  # by text


def test_an_average_field_length_moves_only_when_it_crosses_a_step_of_the_grid() -> None:
    averages = np.array([300.0, 300.04, 2 ** (527 / 64), 0.0])
    on = on_grid(averages)
    assert on[0] == on[1] == 2 ** (527 / 64) == on[2]  # 300 is 2 ** (526.6 / 64)
    assert on[3] == 0 and abs(on_grid(np.array([123.4]))[0] / 123.4 - 1) < 0.0055


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.floats(-1e300, 1e300),
        st.integers(-(10**7), 10**7).map(lambda n: n / 2000),  # halves of thousandths
        st.floats(0, 100),
    )
)
def test_scores_round_as_python_rounds_them(value: float) -> None:
    assert rounded(np.array([value]))[0] == round(value, 3)
