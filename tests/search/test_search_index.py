from __future__ import annotations

import json
from dataclasses import dataclass

from test_search_acceptance import FIXTURE

from archivist.config import ArticleUrls
from archivist.content.articles import load_archive
from archivist.search.index import build_index, place_refs, plain_text, search_document
from archivist.text.folding import fold
from archivist.text.textpipeline import LABELS


@dataclass(frozen=True)
class FixturePlace:
    id: str
    name: str
    all_names: tuple[str, ...]


TAL_ABYAD = FixturePlace(
    "tal-abyad", "Tal Abyad", ("Tal Abyad", "Tell Abyad", "Girê Spî", "تل أبيض")
)


def resolve(name: str) -> FixturePlace | None:
    """A one-place stand-in for the gazetteer's resolve()."""
    return TAL_ABYAD if fold(name) in {fold(n) for n in TAL_ABYAD.all_names} else None


def test_a_known_place_is_indexed_under_every_name_the_gazetteer_has() -> None:
    (ref,) = place_refs(["Girê Spî"], resolve)
    assert (ref.key, ref.label) == ("tal-abyad", "Tal Abyad")
    assert set(ref.names) == set(TAL_ABYAD.all_names)


def test_an_unknown_place_keeps_its_own_name_and_two_names_of_one_place_count_once() -> None:
    refs = place_refs(["Tell Abyad", "تل أبيض", "Nowhere-on-Sea"], resolve)
    assert [r.key for r in refs] == ["tal-abyad", "nowhere on sea"]
    assert refs[1].names == ("Nowhere-on-Sea",)


def test_the_index_names_the_archive_pipeline_and_has_short_numeric_refs() -> None:
    urls = ArticleUrls("articles/")
    documents = [
        search_document(a, urls.of(a.slug), resolve) for a in load_archive(FIXTURE).articles
    ]
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
