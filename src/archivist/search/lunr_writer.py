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
doubles) and rounded as Python's ``round(score, 3)`` rounds; field vectors and postings
in its order. It is written as JSON text, keys sorted, straight from flat arrays: at
10,000 articles the parts hold millions of field vectors, and making each as Python
lists before writing it took more than twice as long. So the output is lunr.py's
index, not a look-alike: ``tests/search/test_lunr_writer.py`` holds it to lunr.py's
Builder (``tests/lunr_oracle.py``) byte for byte as JSON with sorted keys, on the seed
archive, the search fixtures, a synthetic archive and generated document sets.

Two choices differ from lunr.py's, both so that one report's edit leaves the other
reports' postings as they were, and the shards holding them unwritten: the average
field length is taken on a grid (:func:`~.bm25.on_grid`), and the terms are numbered by their
text (:func:`~.bm25.stable_numbers`), not in order of first appearance. The oracle makes
the same two choices; everything else is lunr.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson

from .bm25 import K1, bm25_parts, rounded, stable_numbers
from .term_counts import Counts

#: The lunr.js version the index is written for (lunr.py's ``__TARGET_JS_VERSION__``).
VERSION = "2.3.9"

#: A field's name and its boost.
Field = tuple[str, int]
Ints = npt.NDArray[np.integer[Any]]


def serialised_index(
    fields: Sequence[Field],
    documents: Iterable[Sequence[Mapping[str, int]]],
    pipeline: Sequence[str],
    sort_key: Callable[[str], Any] | None = None,
) -> str:
    """The serialised lunr index (JSON text) of ``documents``, each given as its term counts
    per field.

    Each field's counts list its terms in order of first appearance, as lunr.py meets them.
    Documents get refs "0", "1", ... in order; ``pipeline`` names the search pipeline's
    registered functions; terms are sorted by ``sort_key`` (code points by default).
    """
    counts = Counts(len(fields))
    for document in documents:
        counts.add(document)
    index = Index(counts, fields, sort_key)
    (whole,) = index.parts([len(index.terms)], pipeline, every_field=True)
    return whole


class Index:
    """The counted documents, ready to be written whole or in parts of its terms.

    Holds flat arrays only (a term index, a frequency and a field ref per counted term,
    the entries in their terms' sorted order), and scores a part's entries when the part
    is asked for: a part is made when it is written and let go after, so the index as
    Python objects (gigabytes at 50,000 articles) never exists at once.
    """

    def __init__(
        self, counts: Counts, fields: Sequence[Field], sort_key: Callable[[str], Any] | None
    ) -> None:
        in_order, self._term_indexes = counts.term_indexes()
        #: The number each term has in the written index (by its index in ``in_order``).
        self._numbers = stable_numbers(in_order)
        index_of = dict(zip(in_order, range(len(in_order)), strict=True))
        #: Every term, sorted by the sort key (the order of the inverted index).
        self.terms: list[str] = sorted(index_of, key=sort_key)
        self._fields = fields
        self._documents = counts.document_count
        self._frequencies = np.frombuffer(counts.frequencies, dtype=np.int32)
        sizes = np.frombuffer(counts.sizes, dtype=np.int32)
        self._field_refs = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
        self._norms, self._idf = bm25_parts(
            counts.lengths(), self._term_indexes, len(in_order), self._documents, len(fields)
        )
        self._boosts = np.asarray([boost for _, boost in fields], dtype=np.float64)
        #: Each term's index in ``in_order``, in sorted order.
        self._sorted_indexes = np.asarray([index_of[term] for term in self.terms], dtype=np.int32)
        self._rank = np.empty(len(self.terms), dtype=np.int32)
        self._rank[self._sorted_indexes] = np.arange(len(self.terms), dtype=np.int32)
        postings = np.bincount(self._term_indexes, minlength=len(self.terms))[self._sorted_indexes]
        #: Each term's postings (field refs holding it), in sorted order.
        self.postings: list[int] = postings.tolist()
        #: Where each sorted term's entries start in ``_by_term`` (and where the last ends).
        self._starts = np.concatenate([[0], np.cumsum(postings)]).tolist()
        #: The entries by term in sorted order; a term's in field ref order (a stable sort).
        self._by_term = np.argsort(self._rank[self._term_indexes], kind="stable")
        self._pieces = _Pieces([name for name, _ in fields], self._documents, self._numbers)

    def parts(
        self, ends: Sequence[int], pipeline: Sequence[str], every_field: bool = False
    ) -> Iterator[str]:
        """Serialised lunr indices (JSON text) of consecutive sorted terms, part ``k`` ending
        before ``ends[k]``; each with the field vectors cut to its terms (``every_field``: all
        field vectors, even empty ones, as lunr.py writes a whole index)."""
        fields = _json([name for name, _ in self._fields])
        tail = f'"pipeline":{_json(list(pipeline))},"version":{_json(VERSION)}}}'
        first = 0
        for end in ends:
            entries = self._by_term[self._starts[first] : self._starts[end]]
            yield (
                f'{{"fieldVectors":{self._field_vectors(entries, every_field)},'
                f'"fields":{fields},'
                f'"invertedIndex":{self._inverted(entries, first, end)},{tail}'
            )
            first = end

    def part_postings(self, first: int, end: int) -> tuple[list[int], Ints, Ints]:
        """The postings of the sorted terms ``first`` to ``end``: where each term's start
        (and the last ends) in the arrays, then each posting's field ref (document times
        fields, plus the field's position) and its score in thousandths, as the serialised
        index rounds it; a term's postings in field ref order."""
        entries = self._by_term[self._starts[first] : self._starts[end]]
        bounds = [start - self._starts[first] for start in self._starts[first : end + 1]]
        thousandths = np.rint(rounded(self._scores(entries)) * 1000).astype(np.int64)
        return bounds, self._field_refs[entries].astype(np.int64), thousandths

    def term_index(self, position: int) -> int:
        """The number (see :func:`stable_numbers`) of the sorted term at ``position``."""
        return int(self._numbers[self._sorted_indexes[position]])

    def _field_vectors(self, entries: Ints, every_field: bool) -> str:
        """[[field ref, [term index, score, ...]], ...] by field ref, each by term index.

        Written as text from pieces made once per index (the opening of each field ref's
        vector, each term index and each score): a part holds one vector per document
        field of its terms, millions in all, too many to make as lists first.
        """
        numbers = self._numbers[self._term_indexes[entries]]
        entries = entries[np.lexsort((numbers, self._field_refs[entries]))]
        field_refs = self._field_refs[entries]
        firsts = np.flatnonzero(np.diff(field_refs, prepend=-1))  # each field ref's first
        if every_field:
            wanted = np.arange(self._documents * len(self._fields), dtype=np.int32)
        else:
            wanted = field_refs[firsts]
        if not len(wanted):
            return "[]"
        indexes = self._term_indexes[entries]
        scores = self._pieces.scores(self._scores(entries))
        elements = self._pieces.next_index[indexes] + scores  # ",index,score"
        elements[firsts] = self._pieces.index[indexes[firsts]] + scores[firsts]
        openings = self._pieces.vector[wanted]  # ']],["field/document",['
        openings[0] = "[" + openings[0][3:]
        text = np.insert(elements, np.searchsorted(field_refs, wanted), openings)
        return "".join(text.tolist()) + "]]]"

    def _scores(self, entries: Ints) -> npt.NDArray[np.float64]:
        """BM25 of ``entries``, as lunr.py's Builder computes it.

        The same operations in the same order on the same doubles, so the same results:
        ``idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (length / average)) + tf) * boost``.
        """
        field_refs = self._field_refs[entries]
        frequencies = self._frequencies[entries].astype(np.float64)
        idf = self._idf[self._term_indexes[entries]]
        boosts = self._boosts[field_refs % len(self._fields)]
        return idf * ((K1 + 1) * frequencies) / (self._norms[field_refs] + frequencies) * boosts

    def _inverted(self, entries: Ints, first: int, end: int) -> str:
        """[[term, posting], ...] for the sorted terms ``first`` to ``end``; a posting holds
        the term's index and per field the refs of its documents (no metadata).

        Keys in sorted order, as ``json.dumps(sort_keys=True)`` writes them; the refs of a
        field are strings, so "10" comes before "9".
        """
        if end == first:
            return "[]"
        keys = self._pieces.posting_keys
        per_term = len(self._fields)
        documents, fields = np.divmod(self._field_refs[entries], per_term)
        terms = (self._rank[self._term_indexes[entries]] - first).astype(np.int64)
        groups = terms * per_term + self._pieces.field_position[fields]  # fields by name
        order = np.lexsort((self._pieces.ref_rank[documents], groups))
        groups, documents = groups[order], documents[order]
        refs = self._pieces.next_ref[documents]  # ',"document":{}'
        firsts = np.flatnonzero(np.diff(groups, prepend=-1))
        refs[firsts] = self._pieces.ref[documents[firsts]]
        openings: list[str] = []
        close = "["
        for term, index in zip(
            self.terms[first:end],
            self._numbers[self._sorted_indexes[first:end]].tolist(),
            strict=True,
        ):
            opening = f"{close}[{_json(term)},{{"
            for key in keys:
                if key is None:
                    opening += f'"_index":{index},'
                else:
                    openings.append(f"{opening}{key}:{{")
                    opening = "},"
            close = opening[:-1] + "}],"
        text = np.insert(refs, np.searchsorted(groups, np.arange(len(openings))), openings)
        return "".join(text.tolist()) + close[:-1] + "]"


class _Pieces:
    """The JSON text an index's parts are made of, each piece made once: the opening of
    every field ref's vector, every term index and score, and every document ref."""

    def __init__(self, fields: Sequence[str], documents: int, numbers: Ints) -> None:
        self.vector = np.array(
            [f"]],[{_json(f'{name}/{d}')},[" for d in range(documents) for name in fields],
            dtype=object,
        )
        #: Each term's number as text (by the term's index in order of first appearance).
        self.index = np.array([str(n) for n in numbers.tolist()], dtype=object)
        self.next_index = np.array([f",{n}" for n in numbers.tolist()], dtype=object)
        self.ref = np.array([f'"{d}":{{}}' for d in range(documents)], dtype=object)
        self.next_ref = np.array([f',"{d}":{{}}' for d in range(documents)], dtype=object)
        #: Each document's place when refs sort as text.
        self.ref_rank = np.empty(documents, dtype=np.int64)
        self.ref_rank[sorted(range(documents), key=str)] = np.arange(documents)
        #: A posting's keys in sorted order, each field's as JSON, None for "_index".
        self.posting_keys = [
            None if key == "_index" else _json(key) for key in sorted(["_index", *fields])
        ]
        by_name = sorted(fields)
        self.field_position = np.array([by_name.index(name) for name in fields], dtype=np.int64)
        self._score_texts = np.array([], dtype=object)

    def scores(self, values: npt.NDArray[np.float64]) -> npt.NDArray[np.object_]:
        """',score' of each of ``values`` (BM25, never negative), rounded as lunr.py rounds
        (see :func:`rounded`): the text of ``k / 1000`` for ``k`` thousandths."""
        thousandths = np.rint(rounded(values) * 1000).astype(np.int64)
        known, wanted = len(self._score_texts), int(thousandths.max(initial=-1)) + 1
        if wanted > known:
            more = np.array([f",{_json(k / 1000)}" for k in range(known, wanted)], dtype=object)
            self._score_texts = np.concatenate([self._score_texts, more])
        return self._score_texts[thousandths]


def _json(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")
