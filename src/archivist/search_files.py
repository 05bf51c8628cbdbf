"""The search files of the site: a sharded lunr index and a document store.

A query downloads only what it needs: the small ``manifest``, the term shards its
terms fall in, and the store chunks of the documents it shows; ``facets`` (every
document's date, language, source, tags and places, as small numbers) comes after
the first results, to count and filter the whole result set. Every shard is a
real serialised lunr index holding some of the terms, with the document vectors
cut to those terms; the browser merges the shards a query needs into one lunr
index. lunr scores a document by the dot product of the query vector and the
document's field vectors, divided by the *query* vector's magnitude, so the merged
index scores exactly as the whole index does as long as every term the query
expands to is loaded (``tests/test_search_files.py`` and the node acceptance test
check this on a fixed query set).

Terms go to shards in their sorted order, consecutive terms sharing a shard up to
``limit`` postings (a term with more has a shard of its own). The manifest lists
where each shard starts, as the shortest prefix of its first term that sorts after
the shard before it: a term is in the last shard starting at or before it, and a
``term*`` query needs that shard and those after it whose start begins with ``term``.
Small shards keep a query's download small, and the list of starts stays small
(measured at 10k articles against shards by prefixes of up to three letters: the
shard of a mid-frequency term 35-70 KB instead of 130-180 KB, the manifest 19 KB
instead of 21 KB). Each file is JSON wrapped as a script,
``(self.archivistSearchData=self.archivistSearchData||{})["name"]=JSON;``, so a copy
opened from ``file://`` loads it with a ``<script>`` tag and a served site fetches it
and parses the JSON between ``=`` and the final ``;``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from . import textpipeline
from .search_index import (
    FIELDS,
    SearchDocument,
    build_index,
    facet_table,
    store_record,
    utf16_key,
)

#: Postings a shard holds at most, unless one term has more.
SHARD_POSTINGS = 2000
#: Documents per file of the document store: one, so the first page of results
#: (twenty reports spread over the archive) costs twenty small files, not twenty
#: files of ten reports each (measured: 68 of 144 KiB gzip before the first result).
STORE_CHUNK = 1
#: Version of the layout of the files below; the page refuses another one.
FORMAT = 2
FOLDER = "search"


def dumps(value: Any) -> str:
    """Deterministic compact JSON: sorted keys, no spaces, text as UTF-8.

    orjson writes what ``json.dumps(value, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False)`` writes for these files (text, integers, scores of three
    decimals), several times faster: the JSON of a 10k archive's index took 10 s.
    """
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def as_script(name: str, value: Any) -> str:
    return f'(self.archivistSearchData=self.archivistSearchData||{{}})["{name}"]={dumps(value)};\n'


def search_files(
    documents: Sequence[SearchDocument],
    shard_postings: int = SHARD_POSTINGS,
    store_chunk: int = STORE_CHUNK,
) -> Iterator[tuple[str, str]]:
    """Every search file of the site, one at a time: (relative path, text).

    One at a time because together they are large (156 MB at 10,000 articles): a
    caller that writes each file as it comes holds one file's text, not all of them,
    and each shard is let go once written.
    """
    starts, shards = split_index(build_index(documents), shard_postings)
    count = len(shards)
    chunks = range(0, len(documents), store_chunk)
    manifest = {
        "format": FORMAT,
        "documents": len(documents),
        "fields": [name for name, _ in FIELDS],
        "pipeline": list(textpipeline.LABELS),
        "shards": starts,
        "shardCount": count,
        "storeChunk": store_chunk,
        "storeCount": len(chunks),
    }
    yield f"{FOLDER}/manifest.js", as_script("manifest", manifest)
    yield f"{FOLDER}/facets.js", as_script("facets", facet_table(documents))
    shards.reverse()  # so that each shard is popped, and freed, in order
    for number in range(count):
        yield f"{FOLDER}/shard-{number}.js", as_script(f"shard-{number}", shards.pop())
    for number, start in enumerate(chunks):
        records = [store_record(document) for document in documents[start : start + store_chunk]]
        yield f"{FOLDER}/docs-{number}.js", as_script(f"docs-{number}", records)


def split_index(index: dict[str, Any], limit: int) -> tuple[list[str], list[dict[str, Any]]]:
    """Cut a serialised index into shards of consecutive terms: (where each starts, shards)."""
    starts: list[str] = []
    shard_of: dict[str, int] = {}
    size, previous = limit + 1, ""
    for term, posting in index["invertedIndex"]:  # in JavaScript's order
        weight = _postings(posting)
        if size + weight > limit:
            starts.append(_separator(previous, term))
            size = 0
        size += weight
        shard_of[term] = len(starts) - 1
        previous = term
    return starts, _shards(index, shard_of, len(starts))


def _postings(posting: dict[str, Any]) -> int:
    return 1 + sum(len(docs) for field, docs in posting.items() if field != "_index")


def _separator(before: str, term: str) -> str:
    """The shortest prefix of ``term`` that sorts after ``before`` (which sorts before it)."""
    return next(
        term[:n] for n in range(1, len(term) + 1) if utf16_key(term[:n]) > utf16_key(before)
    )


def _shards(index: dict[str, Any], shard_of: dict[str, int], count: int) -> list[dict[str, Any]]:
    """Real lunr indices, each holding its terms, with document vectors cut to those terms."""
    inverted: list[list[Any]] = [[] for _ in range(count)]
    shard_of_index: dict[int, int] = {}
    for entry in index["invertedIndex"]:
        inverted[shard_of[entry[0]]].append(entry)
        shard_of_index[entry[1]["_index"]] = shard_of[entry[0]]
    vectors: list[list[Any]] = [[] for _ in range(count)]
    for field_ref, elements in index["fieldVectors"]:
        cut: dict[int, list[Any]] = defaultdict(list)
        for position in range(0, len(elements), 2):
            cut[shard_of_index[elements[position]]].extend(elements[position : position + 2])
        for number in sorted(cut):
            vectors[number].append([field_ref, cut[number]])
    return [
        {
            "version": index["version"],
            "fields": index["fields"],
            "fieldVectors": vectors[number],
            "invertedIndex": inverted[number],
            "pipeline": index["pipeline"],
        }
        for number in range(count)
    ]


def merge_shards(shards: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One lunr index of several shards (what the browser does; used by the tests)."""
    vectors: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for shard in shards:
        for field_ref, elements in shard["fieldVectors"]:
            vectors[field_ref].extend(zip(elements[::2], elements[1::2], strict=True))
    inverted = sorted(
        (entry for shard in shards for entry in shard["invertedIndex"]),
        key=lambda entry: utf16_key(entry[0]),
    )
    return {
        **shards[0],
        "fieldVectors": [
            [ref, [x for pair in sorted(pairs) for x in pair]] for ref, pairs in vectors.items()
        ],
        "invertedIndex": inverted,
    }


def write_search_files(documents: Sequence[SearchDocument], output: Path) -> None:
    """Write every search file under ``output`` (the site's folder)."""
    for relative, text in search_files(documents):
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
