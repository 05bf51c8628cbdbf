"""The terms of every field of every search document, counted into flat arrays: what
the lunr index is written from (:mod:`archivist.search.lunr_writer`).

Terms get numbers once (:class:`Vocabulary`), so documents counted in an earlier build
are kept as numbers (:mod:`archivist.search.analyses`) and counted again in bulk.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

#: A field's terms as counted: each term's number (in a :class:`Vocabulary`) and how
#: often it occurs, terms in order of first appearance; both as int32 bytes.
FieldTerms = tuple[bytes, bytes]


class Vocabulary:
    """Numbers for terms: each term met gets the next number, for good. Documents counted
    once can then be kept as numbers (:mod:`archivist.search.analyses` keeps them between
    builds) and counted again in bulk, without looking up each term."""

    def __init__(self, terms: Iterable[str] = ()) -> None:
        #: Every term met, by number.
        self.terms: list[str] = list(terms)
        self._numbers = {term: number for number, term in enumerate(self.terms)}

    def field_terms(self, counts: Mapping[str, int]) -> FieldTerms:
        """A field's term counts (terms in order of first appearance), numbered."""
        numbers = self._numbers
        for term in [term for term in counts if term not in numbers]:
            numbers[term] = len(self.terms)
            self.terms.append(term)
        return (
            array("i", map(numbers.__getitem__, counts)).tobytes(),
            array("i", counts.values()).tobytes(),
        )


@dataclass
class Counts:
    """The terms of every field of every document ("field ref"), counted, flat.

    Field refs come document by document, field by field; each one's terms follow
    in its own order, with their number in :attr:`vocabulary` and their frequency.
    lunr's term index (order of first appearance in the whole index) is worked out
    from the numbers once all are counted (:meth:`term_indexes`).
    """

    fields: int
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    sizes: array[int] = field(default_factory=lambda: array("i"))
    numbers: array[int] = field(default_factory=lambda: array("i"))
    frequencies: array[int] = field(default_factory=lambda: array("i"))

    def add(self, counts_per_field: Sequence[Mapping[str, int]]) -> None:
        """Count the next document, given as its term counts per field."""
        self.add_numbered([self.vocabulary.field_terms(counts) for counts in counts_per_field])

    def add_numbered(self, terms_per_field: Sequence[FieldTerms]) -> None:
        """Count the next document, given as its terms per field numbered in :attr:`vocabulary`."""
        if len(terms_per_field) != self.fields:
            raise ValueError(f"expected {self.fields} fields, got {len(terms_per_field)}")
        for numbers, frequencies in terms_per_field:
            self.numbers.frombytes(numbers)
            self.frequencies.frombytes(frequencies)
            self.sizes.append(len(numbers) // self.numbers.itemsize)

    @property
    def document_count(self) -> int:
        return len(self.sizes) // self.fields

    def lengths(self) -> npt.NDArray[np.int64]:
        """Each field ref's length: how many terms it holds, repeats counted."""
        totals = np.concatenate([[0], np.cumsum(np.frombuffer(self.frequencies, np.int32))])
        sizes = np.frombuffer(self.sizes, np.int32)
        ends = np.cumsum(sizes)
        lengths: npt.NDArray[np.int64] = (totals[ends] - totals[ends - sizes]).astype(np.int64)
        return lengths

    def term_indexes(self) -> tuple[list[str], npt.NDArray[np.int32]]:
        """The terms counted, in order of first appearance (the order of lunr's term
        indexes), and the term index of each counted entry."""
        numbers = np.frombuffer(self.numbers, dtype=np.int32)
        # Each term's first entry: without sorting the entries (millions), as np.unique would.
        first = np.full(len(self.vocabulary.terms), len(numbers), dtype=np.int64)
        np.minimum.at(first, numbers, np.arange(len(numbers), dtype=np.int64))
        met = np.flatnonzero(first < len(numbers))
        in_order = met[np.argsort(first[met])]
        index = np.zeros(len(self.vocabulary.terms), dtype=np.int32)
        index[in_order] = np.arange(len(in_order), dtype=np.int32)
        terms = self.vocabulary.terms
        return [terms[number] for number in in_order.tolist()], index[numbers]
