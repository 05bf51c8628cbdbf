"""The test oracle for :mod:`archivist.search.lunr_writer`: the index as lunr.py's Builder makes it.

This is how the archive built its search index before it wrote the format itself:
the same fields, boosts and text pipeline, through ``lunr.builder.Builder``. Tests
hold the writer's output to this one, the whole serialised index, value for value.
It makes the writer's two choices (see :mod:`archivist.search.lunr_writer`): the
average field lengths on a grid, and the terms numbered by their text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from lunr.builder import Builder

from archivist.search.bm25 import on_grid, stable_numbers
from archivist.search.index import FIELDS, SearchDocument, field_texts, utf16_key
from archivist.text import textpipeline


def lunr_index(documents: Sequence[SearchDocument]) -> dict[str, Any]:
    """The serialised index lunr.py builds of ``documents``, terms in UTF-16 order."""
    builder = _GridBuilder()
    builder.pipeline = textpipeline.pipeline()
    builder.search_pipeline = textpipeline.pipeline()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for ref, document in enumerate(documents):
        # Split at white space here: lunr.py's own tokenizer walks the text a letter at a
        # time; the pipeline's first step splits each piece into words anyway.
        pieces = {name: text.split() for name, text in field_texts(document).items()}
        builder.add({"ref": str(ref), **pieces})
    serialised: dict[str, Any] = builder.build().serialize()
    serialised["invertedIndex"].sort(key=lambda entry: utf16_key(entry[0]))
    return _numbered_by_text(serialised)


class _GridBuilder(Builder):  # type: ignore[misc]
    """lunr.py's Builder, with the average field lengths on the writer's grid."""

    def _calculate_average_field_lengths(self) -> None:
        super()._calculate_average_field_lengths()
        for field, average in self.average_field_length.items():
            self.average_field_length[field] = float(on_grid(np.array([average]))[0])


def _numbered_by_text(serialised: dict[str, Any]) -> dict[str, Any]:
    """The index with each term's lunr.py number replaced by the writer's, and each field
    vector's elements in the order of the new numbers."""
    terms = [term for term, _ in serialised["invertedIndex"]]
    new = dict(zip(terms, stable_numbers(terms).tolist(), strict=True))
    renumber = {posting["_index"]: new[term] for term, posting in serialised["invertedIndex"]}
    for _, posting in serialised["invertedIndex"]:
        posting["_index"] = renumber[posting["_index"]]
    for vector in serialised["fieldVectors"]:
        elements = vector[1]
        pairs = sorted(
            (renumber[number], score)
            for number, score in zip(elements[::2], elements[1::2], strict=True)
        )
        vector[1] = [x for pair in pairs for x in pair]
    return serialised
