"""Write lunr.py's serialised index (lunr.js 2.3.9's schema) by counting, without its Builder.

Why: lunr.py's ``Builder`` runs every token through a pipeline of Python objects
and grows a ``Vector`` per field by binary-search insertion. At 10,000 synthetic
articles it took 90-108 s of CPU and a peak of 1.3 GB (154 s and 1.4 GB in an
earlier profile), and every rebuild, even of one changed article, redoes the whole
index, because BM25 depends on archive-wide statistics. Counting gives the same
index in 11-15 s and a peak of 0.8 GB (2026-11-30, a shared 2-core machine).

What: term frequencies per field, field lengths and their average, idf (which counts
a document once per field holding the term), BM25 with lunr's ``k1``/``b`` and the
field boosts, evaluated as lunr.py evaluates them (same operations, same order, same
doubles) and rounded as Python's ``round(score, 3)`` rounds; term indexes in lunr.py's
order of first appearance, field vectors and postings in its order. So the output is
lunr.py's index, not a look-alike: ``tests/test_lunr_writer.py`` holds it to lunr.py's
Builder (``tests/lunr_oracle.py``) byte for byte as JSON, on the seed archive, the
search fixtures, a synthetic archive and generated document sets.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

#: lunr's BM25 parameters (term frequency saturation, field length normalisation).
K1 = 1.2
B = 0.75
#: The lunr.js version the index is written for (lunr.py's ``__TARGET_JS_VERSION__``).
VERSION = "2.3.9"
#: The metadata of every posting: lunr keeps none here (no positions), so all share one.
NO_METADATA: dict[str, Any] = {}

#: A field's name and its boost.
Field = tuple[str, int]
Ints = npt.NDArray[np.int64]


def serialised_index(
    fields: Sequence[Field],
    documents: Iterable[Sequence[Mapping[str, int]]],
    pipeline: Sequence[str],
    sort_key: Callable[[str], Any] | None = None,
) -> dict[str, Any]:
    """The serialised lunr index of ``documents``, each given as its term counts per field.

    Each field's counts list its terms in order of first appearance, as lunr.py meets them.
    Documents get refs "0", "1", ... in order; ``pipeline`` names the search pipeline's
    registered functions; terms are sorted by ``sort_key`` (code points by default).
    """
    counted = _Counted(len(fields))
    for document in documents:
        counted.add(document)
    names = [name for name, _ in fields]
    # One int object per term index, shared by its posting and every vector naming it.
    indexes = list(range(len(counted.index_of)))
    postings = dict(zip(counted.index_of, _postings(counted, names, indexes), strict=True))
    return {
        "version": VERSION,
        "fields": names,
        "fieldVectors": _field_vectors(counted, fields, indexes),
        "invertedIndex": [[term, postings[term]] for term in sorted(postings, key=sort_key)],
        "pipeline": list(pipeline),
    }


@dataclass
class _Counted:
    """The terms of every field of every document ("field ref"), counted, flat.

    Field refs come document by document, field by field; each one's terms follow
    in its own order, with their term index (order of first appearance) and frequency.
    """

    fields: int
    index_of: dict[str, int] = field(default_factory=dict)
    lengths: array[int] = field(default_factory=lambda: array("q"))
    sizes: array[int] = field(default_factory=lambda: array("q"))
    term_indexes: array[int] = field(default_factory=lambda: array("q"))
    frequencies: array[int] = field(default_factory=lambda: array("q"))

    def add(self, counts_per_field: Sequence[Mapping[str, int]]) -> None:
        if len(counts_per_field) != self.fields:
            raise ValueError(f"expected {self.fields} fields, got {len(counts_per_field)}")
        index_of = self.index_of
        for counts in counts_per_field:
            for term in [term for term in counts if term not in index_of]:
                index_of[term] = len(index_of)
            self.term_indexes.extend(map(index_of.__getitem__, counts))
            self.frequencies.extend(counts.values())
            self.lengths.append(sum(counts.values()))
            self.sizes.append(len(counts))

    @property
    def document_count(self) -> int:
        return len(self.sizes) // self.fields

    def field_ref_numbers(self) -> Ints:
        """The number of the field ref of each counted term."""
        return np.repeat(np.arange(len(self.sizes), dtype=np.int64), self.sizes)


def _postings(counted: _Counted, names: list[str], indexes: list[int]) -> list[dict[str, Any]]:
    """Each term's posting, by term index: per field the refs of its documents, and its index."""
    width = len(names)
    field_refs = counted.field_ref_numbers()
    # By term, then field, then document (a stable sort keeps the documents in order).
    keys = np.asarray(counted.term_indexes, dtype=np.int64) * width + field_refs % width
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    refs = [str(number) for number in range(counted.document_count)]
    documents = list(map(refs.__getitem__, (field_refs[order] // width).tolist()))
    postings: list[dict[str, Any]] = [
        {**{name: {} for name in names}, "_index": index} for index in indexes
    ]
    ends = [*(np.flatnonzero(np.diff(keys)) + 1).tolist(), len(keys)] if len(keys) else []
    for start, end in zip([0, *ends], ends, strict=False):
        term, number = divmod(int(keys[start]), width)
        postings[term][names[number]] = dict.fromkeys(documents[start:end], NO_METADATA)
    return postings


def _field_vectors(
    counted: _Counted, fields: Sequence[Field], indexes: list[int]
) -> list[list[Any]]:
    """Each field of each document as [field ref, [term index, score, ...]] by term index."""
    field_refs = counted.field_ref_numbers()
    term_indexes = np.asarray(counted.term_indexes, dtype=np.int64)
    order = np.argsort(field_refs * max(len(indexes), 1) + term_indexes)
    sorted_indexes = list(map(indexes.__getitem__, term_indexes[order].tolist()))
    scores = _shared(rounded(_scores(counted, fields, field_refs)[order]))
    ends = np.cumsum(counted.sizes, dtype=np.int64).tolist()
    vectors = []
    for number, (start, end) in enumerate(zip([0, *ends], ends, strict=False)):
        elements: list[Any] = [None] * (2 * (end - start))
        elements[0::2] = sorted_indexes[start:end]
        elements[1::2] = scores[start:end]
        name = fields[number % len(fields)][0]
        vectors.append([f"{name}/{number // len(fields)}", elements])
    return vectors


def _shared(values: npt.NDArray[np.float64]) -> list[float]:
    """``values.tolist()`` with one float object per distinct value.

    Scores of three decimals repeat (9,561 values in 903,062 scores of 2,000 articles):
    sharing them saves a 24-byte float per score, a fifth of the index's memory.
    """
    distinct, positions = np.unique(values, return_inverse=True)
    shared: list[float] = np.array(distinct.tolist(), dtype=object)[positions].tolist()
    return shared


def rounded(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """``round(value, 3)`` of each value, as Python rounds (lunr.py's rounding).

    Python rounds the exact binary value half to even and returns the double nearest
    the decimal; ``rint(value * 1000) / 1000`` does the same unless the product's own
    rounding error could cross a half, so values that close to one (or huge) go through round().
    """
    thousandths = values * 1000
    result = np.rint(thousandths) / 1000
    unsure = np.flatnonzero(
        (np.abs(thousandths - np.floor(thousandths) - 0.5) < 1e-6) | (np.abs(thousandths) > 2**30)
    )
    result[unsure] = [round(value, 3) for value in values[unsure].tolist()]
    return result


def _scores(
    counted: _Counted, fields: Sequence[Field], field_refs: Ints
) -> npt.NDArray[np.float64]:
    """BM25 of every counted term, as lunr.py's Builder computes it.

    The same operations in the same order on the same doubles, so the same results:
    ``idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf) * boost``.
    """
    field_of = np.arange(len(counted.sizes), dtype=np.int64) % len(fields)
    lengths = np.asarray(counted.lengths, dtype=np.int64)
    count = counted.document_count
    totals = np.bincount(field_of, weights=lengths, minlength=len(fields))
    average = totals / max(count, 1)  # lunr.py: sum of lengths / documents
    # An empty field has no terms to score, and in an archive of empty fields no average.
    relative = np.divide(lengths, average[field_of], out=np.zeros(len(lengths)), where=lengths > 0)
    norms = (K1 * (1 - B + B * relative))[field_refs]
    term_indexes = np.asarray(counted.term_indexes, dtype=np.int64)
    frequencies = np.asarray(counted.frequencies, dtype=np.float64)
    idf = _idf(np.bincount(term_indexes, minlength=len(counted.index_of)), count)
    boosts = np.asarray([boost for _, boost in fields], dtype=np.float64)[field_of][field_refs]
    return idf[term_indexes] * ((K1 + 1) * frequencies) / (norms + frequencies) * boosts


def _idf(documents_with_term: Ints, count: int) -> npt.NDArray[np.float64]:
    """lunr's idf per term; it counts a document once per field the term occurs in."""
    x = (count - documents_with_term + 0.5) / (documents_with_term + 0.5)
    # math.log, as lunr.py: numpy's log may differ in the last bit.
    return np.asarray([math.log(1 + abs(value)) for value in x.tolist()], dtype=np.float64)
