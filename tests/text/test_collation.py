"""Index names in the order a reader of the interface's language expects."""

from __future__ import annotations

from functools import partial

from archivist.text.collation import sort_key

NAMES = ["الرقة", "zebra", "Ömer", "Ábaco", "إدلب", "Omar", "abacus", "الحسكة", "أعزاز", "Azaz"]


def test_an_english_interface_lists_latin_names_a_to_z_then_arabic_ones() -> None:
    assert sorted(NAMES, key=sort_key) == [
        "Ábaco", "abacus", "Azaz", "Omar", "Ömer", "zebra",  # accents beside their letter
        "أعزاز", "إدلب", "الحسكة", "الرقة",  # alif with hamza above, below, then with lam
    ]  # fmt: skip


def test_an_arabic_interface_lists_arabic_names_first_in_arabic_order() -> None:
    assert sorted(NAMES, key=partial(sort_key, language="ar")) == [
        "أعزاز", "إدلب", "الحسكة", "الرقة",
        "Ábaco", "abacus", "Azaz", "Omar", "Ömer", "zebra",
    ]  # fmt: skip


def test_names_that_collate_alike_keep_one_order() -> None:
    assert sorted(["raqqa", "Raqqa"], key=sort_key) == sorted(["Raqqa", "raqqa"], key=sort_key)
