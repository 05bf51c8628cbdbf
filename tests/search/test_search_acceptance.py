"""Acceptance: one fixed query set through lunr.py and through the real lunr.js in node.

lunr.py searches the monolithic index; node searches the same index with lunr.js, and
the sharded search files through theme/static/js/search-engine.js as the page does.
Refs and scores must be identical, and the words must find what a reader expects.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lunr.exceptions import BaseLunrException
from lunr.index import Index

from archivist.content.articles import load_archive
from archivist.search.files import search_files
from archivist.search.index import SearchDocument, build_index
from archivist.text.textpipeline import prepare_query
from conftest import build_into
from nodejs import run_node
from search_helpers import document, documents_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "search"
ACCEPTANCE = Path(__file__).parents[1] / "js" / "acceptance.js"

QUERIES = [
    "attacks", "attacked", "المرتزقة", "مرتزقة", "بالرقة", "الرقة", "Serekaniye",
    "Serêkaniyê", "SEREKANIYE", "Kobane", "Turkey", "Monday", "today", "Tal Abyad",
    "Girê Spî", "تل أبيض", "كري سبي", "Tell Abiad", "Hesekê", "heseke", "+attack -kobane",
    "+turkey +serekaniye",
    "-kobane", "title:kobane", "places:tal", "tags:attacks", "attack*", "Serêkan*",
    "الرق*", "attak~1", "hesek~1", "ISIS", "water^3 station", "nothingmatches",
    "+nothingmatches attack", "the", "-", "*", "foo:bar", "title:", "kobane^",
]  # fmt: skip


@pytest.fixture(scope="module")
def documents() -> list[SearchDocument]:
    archive = load_archive(FIXTURE, "en")
    return [document(a) for a in archive.articles]


def lunr_py(index: str, query: str) -> list[dict[str, Any]] | dict[str, str]:
    try:
        results = Index.load(json.loads(index)).search(prepare_query(query))
    except BaseLunrException as error:
        return {"error": type(error).__name__}
    ordered = sorted(results, key=lambda r: (-r["score"], int(r["ref"])))
    return [{"ref": r["ref"], "score": r["score"]} for r in ordered]


@pytest.fixture(scope="module")
def answers(documents: list[SearchDocument], tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("search")
    index = build_index(documents)
    (folder / "monolith.json").write_text(index, encoding="utf-8")
    # Tiny shards, so that queries and the words of a term* span several of them.
    for relative, text in search_files(documents, shard_postings=12, store_chunk=2):
        (folder / Path(relative).name).write_text(text, encoding="utf-8")
    node = run_node(ACCEPTANCE, QUERIES, str(folder / "monolith.json"), str(folder))
    return {q: {**a, "python": lunr_py(index, q)} for q, a in zip(QUERIES, node, strict=True)}


@pytest.fixture(scope="module")
def built_site_answers(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The same queries on the search files of a real site build (default shard sizes)."""
    site = build_into(tmp_path_factory.mktemp("built") / "output", FIXTURE)
    documents = documents_of(FIXTURE)
    monolith = site.parent / "monolith.json"
    index = build_index(documents)
    monolith.write_text(index, encoding="utf-8")
    node = run_node(ACCEPTANCE, QUERIES, str(monolith), str(site / "search"))
    return {q: {**a, "python": lunr_py(index, q)} for q, a in zip(QUERIES, node, strict=True)}


def test_lunr_js_on_the_built_site_agrees_with_lunr_py(built_site_answers: Any) -> None:
    for query, answer in built_site_answers.items():
        assert answer["sharded"] == answer["monolith"] == answer["python"], query
    assert len(built_site_answers["Kobane"]["sharded"]) == 1


@pytest.mark.parametrize("query", QUERIES)
def test_lunr_py_and_lunr_js_agree_on_refs_and_scores(answers: Any, query: str) -> None:
    answer = answers[query]
    assert answer["monolith"] == answer["python"]


@pytest.mark.parametrize("query", QUERIES)
def test_the_sharded_index_gives_the_monolithic_results(answers: Any, query: str) -> None:
    answer = answers[query]
    assert answer["sharded"] == answer["monolith"]


@pytest.mark.parametrize("query", QUERIES)
def test_the_sharded_index_gives_each_result_the_monolithic_terms(answers: Any, query: str) -> None:
    terms = answers[query].get("terms", {})  # none if the query is an error
    assert terms.get("sharded") == terms.get("monolith")


def shards_loaded(answers: Any, query: str) -> int:
    return sum(1 for name in answers[query]["loaded"] if name.startswith("shard-"))


def test_a_query_loads_only_the_shards_of_its_terms(answers: Any) -> None:
    assert shards_loaded(answers, "Kobane") == 1
    assert shards_loaded(answers, "Tal Abyad") == 2
    assert shards_loaded(answers, "nothingmatches") <= 1
    assert shards_loaded(answers, "attak~1") > 5  # fuzzy terms may start anywhere: all shards


def slugs(answers: Any, documents: list[SearchDocument], query: str) -> set[str]:
    return {documents[int(r["ref"])].url.split("/")[1] for r in answers[query]["sharded"]}


GIRE_SPI, SEREKANIYE, KOBANE = (
    "checkpoint-attack-gire-spi",
    "serekaniye-displaced-families",
    "kobane-liberation-anniversary",
)
RAQQA, TAL_ABYAD_AR = "raqqa-checkpoint-arabic", "tal-abyad-shelling-arabic"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("attacks", {GIRE_SPI, SEREKANIYE, KOBANE, RAQQA}),
        ("المرتزقة", {TAL_ABYAD_AR, RAQQA}),
        ("بالرقة", {RAQQA}),
        ("Serekaniye", {SEREKANIYE}),
        ("Kobane", {KOBANE}),
        ("Turkey", {SEREKANIYE, TAL_ABYAD_AR}),
        ("Monday", {GIRE_SPI}),
        ("today", {KOBANE}),
        ("+attack -kobane", {GIRE_SPI, SEREKANIYE, RAQQA}),
        ("title:kobane", {KOBANE}),
        ("Serêkan*", {SEREKANIYE}),
        ("attak~1", {GIRE_SPI, SEREKANIYE, KOBANE, RAQQA}),
    ],
)  # fmt: skip
def test_queries_find_the_reports_a_reader_expects(
    answers: Any, documents: list[SearchDocument], query: str, expected: set[str]
) -> None:
    assert slugs(answers, documents, query) == expected


@pytest.mark.parametrize("alias", ["Tal Abyad", "Girê Spî", "تل أبيض", "كري سبي", "Tell Abiad"])
def test_a_place_alias_finds_reports_in_every_spelling_and_script(
    answers: Any, documents: list[SearchDocument], alias: str
) -> None:
    assert slugs(answers, documents, alias) >= {
        GIRE_SPI,
        TAL_ABYAD_AR,
        "tell-abyad-water-station",
    }


@pytest.mark.parametrize("query", ["foo:bar", "title:"])
def test_bad_queries_are_errors_in_both(answers: Any, query: str) -> None:
    assert "error" in answers[query]["python"]
    assert "error" in answers[query]["sharded"]
