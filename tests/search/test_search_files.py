"""The search files: deterministic, real lunr indices that add up to the whole index."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from synthetic import write_archive

from archivist.config import ArticleUrls
from archivist.content.articles import load_archive
from archivist.search.files import as_script, file_name, merge_shards, search_files, split
from archivist.search.index import SearchDocument, build_index, utf16_key
from archivist.search.shards import expand
from conftest import ROOT, build_into
from search_helpers import GAZETTEER, document, documents_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "search"
URLS = ArticleUrls("articles/")


@pytest.fixture(scope="module")
def documents() -> list[SearchDocument]:
    return documents_of(ROOT / "content")


def parse(text: str) -> Any:
    start, end = text.index('"]=') + 3, text.rindex(";")
    return json.loads(text[start:end])


def test_every_file_is_json_wrapped_as_a_script() -> None:
    text = as_script("shard-3", {"b": 1, "a": [0.5, "ر"]})
    wrapper = '(self.archivistSearchData=self.archivistSearchData||{})["shard-3"]='
    assert text == wrapper + '{"a":[0.5,"ر"],"b":1};\n'
    assert parse(text) == {"a": [0.5, "ر"], "b": 1}


def test_the_files_are_the_same_on_every_build(documents: Sequence[SearchDocument]) -> None:
    assert dict(search_files(documents)) == dict(search_files(list(documents)))


def test_two_site_builds_write_byte_identical_search_files(tmp_path: Path) -> None:
    first = build_into(tmp_path / "one", FIXTURE)
    second = build_into(tmp_path / "two", FIXTURE)
    names = sorted(p.relative_to(first) for p in (first / "search").rglob("*.js"))
    assert len(names) >= 3
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)
    archive = load_archive(FIXTURE, "en")
    gazetteer = [(p.id, p.name, p.all_names) for p in GAZETTEER]
    expected = dict(search_files([document(a) for a in archive.articles], gazetteer=gazetteer))
    assert {str(n): (first / n).read_text("utf-8") for n in names} == expected


def shard_names(manifest: dict[str, Any]) -> list[str]:
    return [file_name("shard-", start) for start in manifest["shards"]]


def shards_of(documents: Sequence[SearchDocument], limit: int) -> tuple[list[str], list[Any]]:
    """The manifest's shard starts and the shards of the search files."""
    files = dict(search_files(documents, shard_postings=limit))
    manifest = parse(files["search/manifest.js"])
    shards = [
        expand(parse(files[f"search/{name}.js"]), manifest["fields"], manifest["pipeline"])
        for name in shard_names(manifest)
    ]
    return manifest["shards"], shards


@pytest.mark.parametrize("limit", [1, 15, 60, 500, 100_000])
def test_the_shards_add_up_to_the_whole_index(
    documents: Sequence[SearchDocument], limit: int
) -> None:
    index = json.loads(build_index(documents))
    _, shards = shards_of(documents, limit)
    merged = merge_shards(shards)
    assert merged["invertedIndex"] == index["invertedIndex"]
    assert dict(map(tuple, merged["fieldVectors"])) == {  # type: ignore[arg-type]
        ref: vector for ref, vector in index["fieldVectors"] if vector
    }
    assert all(set(shard) == set(index) for shard in shards)
    if limit >= 100_000:
        assert len(shards) == 1


def test_every_term_is_in_the_last_shard_starting_at_or_before_it(
    documents: Sequence[SearchDocument],
) -> None:
    starts, shards = shards_of(documents, 15)
    assert len(shards) > 20 and sorted(starts, key=utf16_key) == starts
    for number, shard in enumerate(shards):
        for term, _ in shard["invertedIndex"]:
            last = max(n for n, start in enumerate(starts) if utf16_key(start) <= utf16_key(term))
            assert last == number


def test_a_shard_starts_at_the_shortest_prefix_that_sorts_after_the_shard_before() -> None:
    terms = ["kobane", "kobani", "kobanî", "raqqa"]  # two postings each, so two a shard
    assert split(terms, [2, 2, 2, 2], 6) == (["k", "kobanî"], [2, 4])
    assert split(terms, [2, 2, 2, 2], 3) == (["k", "kobani", "kobanî", "r"], [1, 2, 3, 4])


def test_a_term_with_more_postings_than_a_shard_holds_has_a_shard_of_its_own() -> None:
    assert split(["a", "b", "c"], [1, 9, 1], 4) == (["a", "b", "c"], [1, 2, 3])


def test_the_document_store_holds_what_the_result_list_shows(
    documents: Sequence[SearchDocument],
) -> None:
    files = dict(search_files(documents, store_chunk=2))
    manifest = parse(files["search/manifest.js"])
    assert manifest["documents"] == len(documents) == 5
    assert manifest["storeCount"] == 3
    records = [r for n in range(3) for r in parse(files[f"search/docs-{n}.js"])]
    assert [r["url"] for r in records] == [d.url for d in documents]
    assert {"title", "date", "source", "places", "tags", "language", "summary"} <= set(records[0])


def test_each_reports_whole_text_and_place_names_have_a_file_of_their_own(
    documents: Sequence[SearchDocument],
) -> None:
    files = dict(search_files(documents))
    texts = [parse(files[f"search/text-{n}.js"]) for n in range(len(documents))]
    assert [text for text, _ in texts] == [d.body for d in documents]
    for (_, names), each in zip(texts, documents, strict=True):
        assert names == " ".join(n for p in each.place_refs for n in p.names)
    assert all("text" not in parse(files[f"search/docs-{n}.js"])[0] for n in range(5))


def test_the_facet_table_numbers_each_documents_values(documents: Sequence[SearchDocument]) -> None:
    files = dict(search_files(documents))
    table = parse(files["search/facets.js"])
    assert table["values"]["language"] == ["ar", "en"]
    arabic = next(i for i, d in enumerate(documents) if d.language == "ar")
    date, language, source, tags, places = table["docs"][arabic]
    assert (date, table["values"]["language"][language]) == (documents[arabic].date, "ar")
    assert (table["values"]["source"][source] if source >= 0 else "") == documents[arabic].source
    assert [table["values"]["tag"][t] for t in tags] == list(documents[arabic].tags)
    named = {tuple(table["values"]["place"][p]) for p in places}  # gazetteer id and name
    assert named == {(r.key, r.label) for r in documents[arabic].place_refs}
    assert len(named) > 1


def test_the_files_hold_the_json_pythons_own_encoder_writes(
    documents: Sequence[SearchDocument],
) -> None:
    for relative, text in search_files(documents, shard_postings=40, store_chunk=2):
        value = parse(text)
        standard = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert text[text.index('"]=') + 3 : text.rindex(";")] == standard, relative


def test_the_shard_files_are_smaller_than_lunrs_json_of_their_indexes_as_gzip_serves_them(
    tmp_path: Path,
) -> None:
    """lunr's JSON says each posting twice; a shard file once, as numbers (search/shards).
    At 300 articles the shards gzip to 0.62 of lunr's JSON; at 10,000 a query's shards
    to about a third (docs/search-index.md)."""
    write_archive(300, 3, tmp_path, ROOT / "gazetteer.yaml")
    files = dict(search_files(documents_of(tmp_path)))
    manifest = parse(files["search/manifest.js"])
    ours = lunrs = 0
    for name in shard_names(manifest):
        text = files[f"search/{name}.js"]
        index = expand(parse(text), manifest["fields"], manifest["pipeline"])
        lunr_json = json.dumps(index, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        ours += len(gzip.compress(text.encode()))
        lunrs += len(gzip.compress(lunr_json.encode()))
    assert manifest["shardCount"] > 50
    assert ours < 0.65 * lunrs


def test_a_sentence_added_to_one_report_rewrites_only_the_shards_of_its_words(
    tmp_path: Path,
) -> None:
    """Its length moves its own scores; the average and the other words' numbers stay."""
    write_archive(300, 3, tmp_path, ROOT / "gazetteer.yaml")
    documents = documents_of(tmp_path)
    before = dict(search_files(documents, shard_postings=200))
    edited = replace(documents[150], body=documents[150].body + "\n\nCorrection 1 was added.")
    after = dict(search_files([*documents[:150], edited, *documents[151:]], shard_postings=200))
    manifest = parse(after["search/manifest.js"])
    shards = [f"search/{name}.js" for name in shard_names(manifest)]

    def holds_the_report(name: str) -> bool:
        index = expand(parse(after[name]), manifest["fields"], manifest["pipeline"])
        return any(ref.endswith("/150") for ref, _ in index["fieldVectors"])

    rewritten = [name for name in shards if before.get(name) != after[name]]
    assert len(shards) > 100 and rewritten
    assert all(holds_the_report(name) for name in rewritten)
