"""The shard files' own form: each term's postings as numbers, not lunr's JSON.

A shard stands for a serialised lunr index of some of the terms (see
:mod:`archivist.search.files`), but lunr's JSON says each posting twice, and wordily:
once in the inverted index (``"1234":{}`` under the term and field) and once in the
field vectors (``["body/1234",[281210,0.016]]``). A shard file says it once::

    {"terms": [[term, index, [ref, score, ref, score, ...]], ...]}

in the index's order of terms: ``index`` is the term's number in the index, ``ref`` the field
ref (the document's number times the number of fields, plus the field's position in the
manifest's ``fields``) as the difference from the posting before it (the first as it
is), and ``score`` the BM25 score in thousandths, as lunr's index rounds it. The page
expands a shard into the lunr index it stands for (``expandShard`` in
``theme/static/js/search-engine.js``), as :func:`expand` does here: the same values, so
the same scores. At 10,000 articles a query's shards are about a third of the
bytes as gzip serves them (a frequent word's: 12 KB instead of 60).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import orjson

from .lunr_writer import VERSION, Index


def encode(index: Index, ends: Sequence[int]) -> Iterator[str]:
    """The shard files' JSON, one a part of ``index``'s sorted terms, part ``k`` ending
    before ``ends[k]``."""
    first = 0
    for end in ends:
        bounds, refs, scores = index.part_postings(first, end)
        gaps = np.diff(refs, prepend=0)
        firsts = np.asarray(bounds[:-1], dtype=np.int64)  # each term's first posting
        gaps[firsts] = refs[firsts]
        numbers = np.empty(2 * len(refs), dtype=np.int64)
        numbers[0::2], numbers[1::2] = gaps, scores
        terms = [
            [index.terms[first + k], index.term_index(first + k), numbers[2 * start : 2 * stop]]
            for k, (start, stop) in enumerate(itertools.pairwise(bounds))
        ]
        yield orjson.dumps({"terms": terms}, option=orjson.OPT_SERIALIZE_NUMPY).decode("utf-8")
        first = end


def expand(shard: dict[str, Any], fields: Sequence[str], pipeline: Sequence[str]) -> dict[str, Any]:
    """The serialised lunr index a shard file stands for, as lunr.py writes it (field
    vectors by field ref, each by term index; only those holding the shard's terms)."""
    vectors: dict[int, list[tuple[int, float]]] = defaultdict(list)
    inverted = []
    for term, term_index, numbers in shard["terms"]:
        posting: dict[str, Any] = {"_index": term_index, **{field: {} for field in fields}}
        ref = 0
        for gap, score in zip(numbers[0::2], numbers[1::2], strict=True):
            ref += gap
            document, field = divmod(ref, len(fields))
            posting[fields[field]][str(document)] = {}
            vectors[ref].append((term_index, score / 1000))
        inverted.append([term, posting])
    return {
        "fieldVectors": [
            [f"{fields[ref % len(fields)]}/{ref // len(fields)}", [x for p in sorted(v) for x in p]]
            for ref, v in sorted(vectors.items())
        ],
        "fields": list(fields),
        "invertedIndex": inverted,
        "pipeline": list(pipeline),
        "version": VERSION,
    }
