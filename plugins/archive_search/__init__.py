"""Pelican adapter for the full-text search: write the search files of the articles read.

Thin on purpose: the index is built by ``archivist.search_files`` from the same
article records the pages were made from; this module only finds them and writes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator

from archivist import page_reuse
from archivist.gazetteer import gazetteer_of
from archivist.parallel import in_background
from archivist.search_files import write_search_files
from archivist.search_index import Resolver, search_document


def write_index(generators: list[Any]) -> None:
    """Index each article, its places under every name the gazetteer knows for them."""
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            resolve = gazetteer_of(generator.settings).resolve
            articles = sorted(generator.articles, key=lambda a: a.record.sort_key)
            # Independent of the pages: made and written on another core while Pelican
            # writes them; each document's text exists only there, one at a time.
            pages = page_reuse.current()
            in_background(
                partial(_write, articles, resolve, Path(generator.output_path)),
                then=pages.adopt if pages else None,
            )


def _write(articles: list[Any], resolve: Resolver, output: Path) -> dict[str, bytes]:
    """Write the search files; hand back which files this worker made, for page reuse."""
    write_search_files((search_document(a.record, resolve, a.content) for a in articles), output)
    pages = page_reuse.current()
    return pages.made_here() if pages else {}


def register() -> None:
    signals.all_generators_finalized.connect(write_index)
