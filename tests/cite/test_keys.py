"""Citation keys read like the report, never change for an article, and never repeat."""

from __future__ import annotations

import bibtexparser

from archivist.cite.formats import bibtex
from archivist.cite.keys import Keyed, base_key, citation_keys
from archivist.content.dates import PartialDate
from citation_helpers import cite


def test_a_key_is_source_year_and_first_word_of_the_title() -> None:
    assert base_key("ANF", PartialDate(2019, 10), "Operations against ISIS cells") == (
        "anf2019operations"
    )
    assert base_key("The Syrian Observer", None, "Has ISIS returned?") == "syrianobserverhas"
    assert base_key("", PartialDate(2023), "قسد تطلق غرفة عمليات") == "anon2023qsd"
    assert base_key("عنب بلدي", PartialDate(2022, 1, 2), "The attack") == "nbbldy2022attack"


def test_equal_keys_are_told_apart_in_the_order_of_the_ids() -> None:
    same = [Keyed(i, "ANF", PartialDate(2019), "Attack on Raqqa") for i in ("c3", "a1", "b2")]
    assert citation_keys(same) == {
        "a1": "anf2019attacka",
        "b2": "anf2019attackb",
        "c3": "anf2019attackc",
    }
    other = Keyed("d4", "ANF", PartialDate(2020), "Attack on Raqqa")
    assert citation_keys([*same, other])["d4"] == "anf2020attack"
    assert citation_keys([*same, other])["a1"] == "anf2019attacka"  # unchanged by the newcomer


def test_keys_are_valid_bibtex_keys() -> None:
    key = base_key("R&D {Weekly} 100%", PartialDate(2022), "“Quoted” title: with punctuation!")
    [entry] = bibtexparser.parse_string(bibtex(cite(key=key))).entries
    assert entry.key == key == "rdweekly1002022quoted"
