"""The test oracle for :mod:`archivist.search.lunr_writer`: the index as lunr.py's Builder makes it.

This is how the archive built its search index before it wrote the format itself:
the same fields, boosts and text pipeline, through ``lunr.builder.Builder``. Tests
hold the writer's output to this one, the whole serialised index, value for value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lunr.builder import Builder

from archivist.search.index import FIELDS, SearchDocument, field_texts, utf16_key
from archivist.text import textpipeline


def lunr_index(documents: Sequence[SearchDocument]) -> dict[str, Any]:
    """The serialised index lunr.py builds of ``documents``, terms in UTF-16 order."""
    builder = Builder()
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
    return serialised
