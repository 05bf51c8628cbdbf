from __future__ import annotations

import json
from types import MappingProxyType

from test_search_acceptance import FIXTURE

from archivist.places.gazetteer import Gazetteer, Place
from archivist.places.placenames import PlaceName
from archivist.search.index import build_index, place_refs, plain_text
from archivist.text.textpipeline import LABELS
from search_helpers import documents_of

TAL_ABYAD = Place(
    "tal-abyad",
    "Tal Abyad",
    "town",
    names=MappingProxyType({"en": ("Tell Abyad", "Girê Spî"), "ar": ("تل أبيض",)}),
)


def resolved(*names: str) -> list[PlaceName]:
    """``names`` as the build resolves them, in a gazetteer of Tal Abyad alone."""
    gazetteer = Gazetteer([TAL_ABYAD])
    return [PlaceName(name, gazetteer.resolve(name)) for name in names]


def test_a_known_place_is_indexed_under_every_name_the_gazetteer_has() -> None:
    (ref,) = place_refs(resolved("Girê Spî"))
    assert (ref.key, ref.label) == ("tal-abyad", "Tal Abyad")
    assert set(ref.names) == set(TAL_ABYAD.all_names)


def test_an_unknown_name_is_indexed_as_written_but_is_no_place_to_filter_by() -> None:
    refs = place_refs(resolved("Tell Abyad", "تل أبيض", "Nowhere-on-Sea", "nowhere on sea"))
    assert [(r.key, r.label, r.names) for r in refs[1:]] == [
        ("", "Nowhere-on-Sea", ("Nowhere-on-Sea",))
    ]
    assert refs[0].key == "tal-abyad"  # two names of one place count once


def test_the_index_names_the_archive_pipeline_and_has_short_numeric_refs() -> None:
    documents = documents_of(FIXTURE)
    index = json.loads(build_index(documents))
    assert index["pipeline"] == list(LABELS)
    assert index["fields"] == ["title", "tags", "places", "body"]
    refs = {ref.split("/")[1] for ref, _ in index["fieldVectors"]}
    assert refs == {str(n) for n in range(len(documents))}
    terms = [term for term, _ in index["invertedIndex"]]
    assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be"))
    assert {"ابيض", "gire", "abyad", "koban", "مرتزق", "monday"} <= set(terms)


def test_plain_text_keeps_the_words_of_an_html_fragment() -> None:
    assert plain_text("<p>One <em>two</em></p><p>three&amp;four</p>") == "One two three&four"
