"""The search index is lunr.py's, written by counting: held to lunr.py's Builder byte for byte."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synthetic import write_archive

from archivist.places.placenames import PlaceName
from archivist.search.bm25 import stable_numbers
from archivist.search.index import SearchDocument, build_index, place_refs
from archivist.search.lunr_writer import serialised_index
from archivist.text.textpipeline import LABELS
from conftest import ROOT
from lunr_oracle import lunr_index
from search_helpers import GAZETTEER, documents_of


def as_json(index: dict[str, Any]) -> str:
    """The index as the search files hold it: compact, keys sorted, text as UTF-8."""
    return json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def assert_same_as_lunr(documents: Sequence[SearchDocument]) -> None:
    written, oracle = build_index(documents), lunr_index(documents)
    assert json.loads(written) == oracle
    assert written == as_json(oracle)


def test_the_seed_archive_indexes_as_lunr_py_indexes_it() -> None:
    assert_same_as_lunr(documents_of(ROOT / "content"))


def test_the_search_fixtures_index_as_lunr_py_indexes_them() -> None:
    assert_same_as_lunr(documents_of(Path(__file__).parents[1] / "fixtures" / "search"))


def test_a_synthetic_archive_with_arabic_and_undated_articles_indexes_as_lunr_py(
    tmp_path: Path,
) -> None:
    write_archive(300, 3, tmp_path, ROOT / "gazetteer.yaml")
    documents = documents_of(tmp_path)
    assert {"ar", "en"} <= {d.language for d in documents}
    assert "" in {d.date for d in documents}
    assert_same_as_lunr(documents)


def test_an_empty_archive_has_an_empty_index_where_lunr_py_divides_by_zero() -> None:
    assert json.loads(build_index([])) == {
        "version": "2.3.9",
        "fields": ["title", "tags", "places", "body"],
        "fieldVectors": [],
        "invertedIndex": [],
        "pipeline": list(LABELS),
    }


def test_terms_are_numbered_by_their_text_and_sorted_by_the_given_key() -> None:
    documents = [[{"b": 2, "a": 1}, {}], [{"c": 1}, {"a": 1}]]
    written = serialised_index([("t", 1), ("u", 1)], documents, ["p"], sort_key=lambda t: -ord(t))
    index = json.loads(written)
    numbers = dict(zip("abc", stable_numbers(["a", "b", "c"]).tolist(), strict=True))
    assert [(term, posting["_index"]) for term, posting in index["invertedIndex"]] == [
        ("c", numbers["c"]),
        ("b", numbers["b"]),
        ("a", numbers["a"]),
    ]
    assert [ref for ref, _ in index["fieldVectors"]] == ["t/0", "u/0", "t/1", "u/1"]
    assert index["fieldVectors"][3][1][0] == numbers["a"]  # "a" keeps its number in another field
    reordered = serialised_index([("t", 1), ("u", 1)], documents[::-1], ["p"])
    assert {t: p["_index"] for t, p in json.loads(reordered)["invertedIndex"]} == numbers


WORDS = st.sampled_from(
    [
        "the",
        "of",
        "في",
        "Attacks",
        "attacked",
        "attack,",
        "Kobanê",
        "KOBANE",
        "المرتزقة",
        "بالرقة",
        "Tal-Abyad",
        "2019",
        "—",
        "...",
        "Turkey's",
        "x",
    ]
)
TEXT = st.lists(WORDS, max_size=12).map(" ".join)
DOCUMENT = st.builds(
    lambda title, tags, places, summary, body: SearchDocument(
        url="/a/",
        title=title,
        date="",
        source="",
        language="en",
        tags=tuple(tags),
        places=tuple(places),
        place_refs=place_refs(PlaceName(name, GAZETTEER.resolve(name)) for name in places),
        summary=summary,
        body=body,
    ),
    TEXT,
    st.lists(TEXT, max_size=3),
    st.lists(st.sampled_from(["Kobani", "Girê Spî", "تل أبيض", "Nowhere", "the"]), max_size=3),
    TEXT,
    TEXT,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DOCUMENT, min_size=1, max_size=6))
def test_any_small_set_of_documents_indexes_as_lunr_py_indexes_it(
    documents: list[SearchDocument],
) -> None:
    assert_same_as_lunr(documents)
