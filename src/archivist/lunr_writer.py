"""Write a serialised lunr index (lunr.py 0.8's format, lunr.js 2.3.9's schema) from terms.

lunr.py's ``Builder`` runs every token through a pipeline of Python objects and
keeps a ``Vector`` per field that it grows by binary-search insertion: at 10,000
synthetic articles it took ~154 s of CPU and 1.4 GB, and every rebuild, even of
one changed article, redoes the whole index because BM25 depends on archive-wide
statistics. This module computes the same thing by counting: term frequencies per
field, field lengths and their average, idf, BM25 with lunr's ``k1``/``b`` and the
field boosts, each score rounded as lunr.py rounds it, evaluated in the same order
so the floats are the same. Term indexes follow lunr.py's order of first appearance
and vectors and postings its order, so the output is lunr.py's index, not a look-alike:
``tests/test_lunr_writer.py`` holds it to lunr.py's Builder (``tests/lunr_oracle.py``)
value for value, on the seed archive, the search fixtures, a synthetic archive and
generated documents.
"""

from __future__ import annotations

import math
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

#: A field's name and its boost.
Field = tuple[str, int]
#: A term's posting: for each field, the refs of the documents it occurs in, and its index.
Posting = dict[str, Any]


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
    counted = _Counted([name for name, _ in fields])
    for document in documents:
        counted.add(document)
    return {
        "version": VERSION,
        "fields": counted.names,
        "fieldVectors": _field_vectors(counted, [boost for _, boost in fields]),
        "invertedIndex": [
            [term, counted.postings[term]] for term in sorted(counted.postings, key=sort_key)
        ],
        "pipeline": list(pipeline),
    }


@dataclass
class _Counted:
    """The postings and, flat over every field of every document, the term frequencies."""

    names: list[str]
    postings: dict[str, Posting] = field(default_factory=dict)
    #: Per field of a document ("field ref"), in order: its field, length and number of terms.
    field_of: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    #: Per term of a field ref, in the order of the field refs: term index and frequency.
    term_indexes: list[int] = field(default_factory=list)
    frequencies: list[int] = field(default_factory=list)

    def add(self, counts_per_field: Sequence[Mapping[str, int]]) -> None:
        ref = str(len(self.sizes) // len(self.names))
        for number, (name, counts) in enumerate(zip(self.names, counts_per_field, strict=True)):
            for term in counts:
                posting = self.postings.get(term)
                if posting is None:
                    posting = self.postings[term] = {n: {} for n in self.names}
                    posting["_index"] = len(self.postings) - 1
                posting[name][ref] = {}
                self.term_indexes.append(posting["_index"])
            self.frequencies.extend(counts.values())
            self.field_of.append(number)
            self.lengths.append(sum(counts.values()))
            self.sizes.append(len(counts))

    @property
    def document_count(self) -> int:
        return len(self.sizes) // len(self.names)


def _field_vectors(counted: _Counted, boosts: list[int]) -> list[list[Any]]:
    """Each field of each document as [field ref, [term index, score, ...]] by term index."""
    scores = _scores(counted, boosts)
    # lunr.py rounds with Python's round(); numpy's differs at ties, so round here.
    rounded = [round(score, 3) for score in scores.tolist()]
    field_refs = np.repeat(np.arange(len(counted.sizes)), counted.sizes)
    order = np.lexsort((np.asarray(counted.term_indexes), field_refs))
    elements: list[Any] = [None] * (2 * len(rounded))
    elements[0::2] = np.asarray(counted.term_indexes)[order].tolist()
    elements[1::2] = [rounded[i] for i in order.tolist()]
    ends = np.cumsum(counted.sizes).tolist()
    vectors = []
    for number, (start, end) in enumerate(zip([0, *ends], ends, strict=False)):
        field_ref = f"{counted.names[counted.field_of[number]]}/{number // len(counted.names)}"
        vectors.append([field_ref, elements[2 * start : 2 * end]])
    return vectors


def _scores(counted: _Counted, boosts: list[int]) -> npt.NDArray[np.float64]:
    """BM25 of every term of every field ref, as lunr.py's Builder computes it.

    The same operations in the same order on the same doubles, so the same results:
    ``idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf) * boost``.
    """
    field_of = np.asarray(counted.field_of, dtype=np.int64)
    lengths = np.asarray(counted.lengths, dtype=np.int64)
    count = counted.document_count
    totals = np.bincount(field_of, weights=lengths, minlength=len(counted.names))
    average = totals / max(count, 1)  # lunr.py: sum of lengths / documents
    # An empty field has no terms to score, and in an archive of empty fields no average.
    relative = np.divide(lengths, average[field_of], out=np.zeros(len(lengths)), where=lengths > 0)
    norms = K1 * (1 - B + B * relative)
    term_indexes = np.asarray(counted.term_indexes, dtype=np.int64)
    frequencies = np.asarray(counted.frequencies, dtype=np.float64)
    sizes = np.asarray(counted.sizes)
    idf = _idf(np.bincount(term_indexes, minlength=len(counted.postings)), count)
    field_boosts = np.asarray(boosts, dtype=np.float64)[field_of]
    return (
        idf[term_indexes]
        * ((K1 + 1) * frequencies)
        / (np.repeat(norms, sizes) + frequencies)
        * np.repeat(field_boosts, sizes)
    )


def _idf(documents_with_term: npt.NDArray[np.int64], count: int) -> npt.NDArray[np.float64]:
    """lunr's idf per term; it counts a document once per field the term occurs in."""
    x = (count - documents_with_term + 0.5) / (documents_with_term + 0.5)
    # math.log, as lunr.py: numpy's log may differ in the last bit.
    return np.asarray([math.log(1 + abs(value)) for value in x.tolist()], dtype=np.float64)
