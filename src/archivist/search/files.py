"""The search files of the site: a sharded lunr index and a document store.

A query downloads only what it needs: the small ``manifest``, the term shards its
terms fall in, the store chunks of the documents it shows and, once they show, their
texts (``text-N``: one report's whole text and its places' names; the snippet is cut
where the query matched, and a ``"phrase"`` is checked on it, word after word, so the
index keeps no positions); ``facets`` (every
document's date, language, source, tags and places, as small numbers) comes after
the first results, to count and filter the whole result set. Every shard stands
for a real serialised lunr index holding some of the terms, with the document
vectors cut to those terms (written in a form of its own, :mod:`.shards`, a third
of lunr's JSON); the browser expands the shards a query needs and merges them into
one lunr index. lunr scores a document by the dot product of the query vector and the
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import orjson

from archivist.text import textpipeline
from archivist.text.placekeys import named_in, place_table

from . import lunr_writer, shards, term_counts
from .index import FIELDS, SearchDocument, TermCounter, facet_table, store_record, utf16_key
from .term_counts import FieldTerms, Vocabulary

#: Postings a shard holds at most, unless one term has more.
SHARD_POSTINGS = 2000
#: Documents per file of the document store: one, so the first page of results
#: (twenty reports spread over the archive) costs twenty small files, not twenty
#: files of ten reports each (measured: 68 of 144 KiB gzip before the first result).
STORE_CHUNK = 1
#: Version of the layout of the files below; the page refuses another one (3: shards in
#: their own form, :mod:`archivist.search.shards`; 4: files named by where they start).
FORMAT = 4
FOLDER = "search"


def dumps(value: Any) -> str:
    """Deterministic compact JSON: sorted keys, no spaces, text as UTF-8.

    orjson writes what ``json.dumps(value, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False)`` writes for these files (text, integers, scores of three
    decimals), several times faster: the JSON of a 10k archive's index took 10 s.
    """
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def as_script(name: str, value: Any) -> str:
    return script(name, dumps(value))


def script(name: str, json: str) -> str:
    """The JSON text ``json`` wrapped as the script of the file ``name``."""
    return f'(self.archivistSearchData=self.archivistSearchData||{{}})["{name}"]={json};\n'


@dataclass(frozen=True)
class Analysed:
    """What the search files take of one document: how often each term occurs in each
    of its fields (terms in order of first appearance, numbered in the build's
    :class:`~archivist.search.term_counts.Vocabulary`), its record for the result list, and
    the document without its text, for the facets."""

    terms: tuple[FieldTerms, ...]
    record: dict[str, Any]
    facets: SearchDocument


def analyse(document: SearchDocument, terms: TermCounter, vocabulary: Vocabulary) -> Analysed:
    """``document`` as the search files take it; ``terms`` and ``vocabulary`` are shared
    by a build's documents."""
    return Analysed(
        tuple(map(vocabulary.field_terms, terms.of(document))),
        store_record(document),
        replace(document, summary="", body=""),
    )


def search_files(
    documents: Iterable[SearchDocument],
    shard_postings: int = SHARD_POSTINGS,
    store_chunk: int = STORE_CHUNK,
    gazetteer: Sequence[tuple[str, str, Sequence[str]]] = (),
) -> Iterator[tuple[str, str]]:
    """Every search file of the site, one at a time: (relative path, text)."""
    terms, vocabulary = TermCounter(), Vocabulary()
    analysed = (analyse(document, terms, vocabulary) for document in documents)
    return files_of(analysed, vocabulary, shard_postings, store_chunk, gazetteer)


def files_of(
    analysed: Iterable[Analysed],
    vocabulary: Vocabulary,
    shard_postings: int = SHARD_POSTINGS,
    store_chunk: int = STORE_CHUNK,
    gazetteer: Sequence[tuple[str, str, Sequence[str]]] = (),
) -> Iterator[tuple[str, str]]:
    """Every search file of the analysed documents (see :func:`analyse`, numbering their
    terms in ``vocabulary``), one at a time. The manifest's places are those the reports
    are about, and those of ``gazetteer`` ((id, label, names)) their words may name.

    One at a time because together they are large (204 MB at 10,000 articles): a
    caller that writes each file as it comes holds one file's text, not all of them.
    Each document is counted and stored as it comes, and its text let go; the index
    is kept as flat arrays and each shard made only when its turn comes.
    """
    counts = term_counts.Counts(len(FIELDS), vocabulary)
    facets: list[SearchDocument] = []
    chunk: list[dict[str, Any]] = []
    for document in analysed:
        counts.add_numbered(document.terms)
        facets.append(document.facets)
        record = dict(document.record)
        number = len(facets) - 1
        text = [record.pop("text", ""), record.pop("names", "")]
        yield f"{FOLDER}/text-{number}.js", as_script(f"text-{number}", text)
        chunk.append(record)
        if len(chunk) == store_chunk:
            yield _store_file(len(facets) // store_chunk - 1, chunk)
            chunk = []
    if chunk:
        yield _store_file(len(facets) // store_chunk, chunk)
    index = lunr_writer.Index(counts, FIELDS, sort_key=utf16_key)
    starts, ends = split(index.terms, index.postings, shard_postings)
    vocabularies = by_first_letter(index.terms)
    manifest = {
        "format": FORMAT,
        "documents": len(facets),
        "fields": [name for name, _ in FIELDS],
        "pipeline": list(textpipeline.LABELS),
        "places": _places(facets, gazetteer, index.terms),
        "vocabulary": [first for first, _ in vocabularies],
        "shards": starts,
        "shardCount": len(starts),
        "storeChunk": store_chunk,
        "storeCount": -(-len(facets) // store_chunk),
    }
    yield f"{FOLDER}/manifest.js", as_script("manifest", manifest)
    yield f"{FOLDER}/facets.js", as_script("facets", facet_table(facets))
    for first, words in vocabularies:
        name = file_name("terms-", first)
        yield f"{FOLDER}/{name}.js", as_script(name, words)
    for start, shard in zip(starts, shards.encode(index, ends), strict=True):
        name = file_name("shard-", start)
        yield f"{FOLDER}/{name}.js", script(name, shard)


def file_name(prefix: str, start: str) -> str:
    """The name of the shard starting at ``start`` ("shard-") or of the words of first
    letter ``start`` ("terms-"): the prefix and the hex of ``start``'s UTF-8.

    Not their numbers: a new word that needs a shard of its own (one report's edit can
    add one) would renumber every shard after it, and each would be written anew (at
    10,000 articles, "Correction 1 was added." rewrote 2,057 of 2,346 shards).
    """
    return prefix + start.encode("utf-8").hex()


def _places(
    facets: list[SearchDocument],
    gazetteer: Sequence[tuple[str, str, Sequence[str]]],
    terms: Sequence[str],
) -> list[Any]:
    about = {p.key: (p.key, p.label, p.names) for d in facets for p in d.place_refs}
    others = [place for place in gazetteer if place[0] not in about]
    return place_table([*about.values(), *named_in(others, set(terms))])


def by_first_letter(terms: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The index's words (no postings) in runs of one first letter, in the index's order:
    a word~2 query reads the run of its first letter to find the words near it, then
    loads the shards of those words only (at 10k articles the shards of all words of one
    letter are some 12 MB, the letter's words some 25 KB)."""
    runs: dict[str, list[str]] = {}
    for term in terms:
        runs.setdefault(term[:1], []).append(term)
    return list(runs.items())


def _store_file(number: int, records: list[dict[str, Any]]) -> tuple[str, str]:
    return f"{FOLDER}/docs-{number}.js", as_script(f"docs-{number}", records)


def split(terms: Sequence[str], postings: Sequence[int], limit: int) -> tuple[list[str], list[int]]:
    """Cut sorted terms into shards of consecutive terms, each up to ``limit`` postings
    (a term counting one more than its postings): (where each starts, where each ends)."""
    starts: list[str] = []
    ends: list[int] = []
    size, previous = limit + 1, ""
    for position, (term, weight) in enumerate(zip(terms, postings, strict=True)):
        if size + weight + 1 > limit:
            if starts:
                ends.append(position)
            starts.append(_separator(previous, term))
            size = 0
        size += weight + 1
        previous = term
    if starts:
        ends.append(len(terms))
    return starts, ends


def _separator(before: str, term: str) -> str:
    """The shortest prefix of ``term`` that sorts after ``before`` (which sorts before it)."""
    return next(
        term[:n] for n in range(1, len(term) + 1) if utf16_key(term[:n]) > utf16_key(before)
    )


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


def write_search_files(
    analysed: Iterable[Analysed],
    vocabulary: Vocabulary,
    write: Callable[[str, str], None],
    gazetteer: Sequence[tuple[str, str, Sequence[str]]] = (),
) -> None:
    """Hand every search file to ``write`` (its path in the site, its text); ``gazetteer``
    as :func:`files_of` takes it."""
    for relative, text in files_of(analysed, vocabulary, gazetteer=gazetteer):
        write(relative, text)
