"""Index names in the order a reader of the interface's language expects."""

from __future__ import annotations

from functools import partial

from archivist.text.collation import sort_key

NAMES = ["الرقة", "zebra", "Ömer", "Ábaco", "إدلب", "Omar", "abacus", "الحسكة", "أعزاز", "Azaz"]


def test_an_english_interface_lists_latin_names_a_to_z_then_arabic_ones() -> None:
    assert sorted(NAMES, key=sort_key) == [
        "Ábaco", "abacus", "Azaz", "Omar", "Ömer", "zebra",  # accents beside their letter
        "إدلب", "أعزاز", "الحسكة", "الرقة",  # an alif with hamza is an alif: dal, ain, lam
    ]  # fmt: skip


def test_an_arabic_interface_lists_arabic_names_first_in_arabic_order() -> None:
    assert sorted(NAMES, key=partial(sort_key, language="ar")) == [
        "إدلب", "أعزاز", "الحسكة", "الرقة",
        "Ábaco", "abacus", "Azaz", "Omar", "Ömer", "zebra",
    ]  # fmt: skip


def test_names_that_collate_alike_keep_one_order() -> None:
    assert sorted(["raqqa", "Raqqa"], key=sort_key) == sorted(["Raqqa", "raqqa"], key=sort_key)


def test_an_alef_with_hamza_sorts_as_the_alef_as_in_an_arabic_dictionary() -> None:
    countries = ["إيران", "الأردن", "العراق", "تركيا", "آمد"]
    assert sorted(countries, key=partial(sort_key, language="ar")) == [
        "الأردن", "العراق", "آمد", "إيران", "تركيا",
    ]  # fmt: skip
