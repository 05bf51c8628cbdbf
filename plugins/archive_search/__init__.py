"""Pelican adapter for the full-text search: write the search files of the articles.

Thin on purpose: the index is built by ``archivist.search.files`` from the article
records the pages are made from (read by the same reader); this module only starts
the worker that reads them and writes.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from pelican import signals

from archivist.build import page_reuse
from archivist.build.fingerprint import fingerprint
from archivist.build.parallel import in_background
from archivist.config import ArchiveConfig
from archivist.content.articles import published_archive
from archivist.content.model import Archive
from archivist.places.gazetteer import gazetteer_of
from archivist.search.analyses import Analyses
from archivist.search.files import analyse, write_search_files
from archivist.search.index import Resolver, TermCounter, document_of, plain_fields


def start_worker(pelican: Any) -> None:
    """Fork the search worker as Pelican starts, while the build's memory is small (see
    :func:`archivist.build.parallel.in_background`). It takes the articles ``archivist build``
    checked (or, Pelican run on its own, reads them), so it need not wait for Pelican's
    reader."""
    pages = page_reuse.current()
    settings = pelican.settings
    config = ArchiveConfig.from_settings(settings)
    cached = "cache" in settings.get("ARCHIVE", {})  # set by `archivist build`, not bare Pelican
    job = partial(
        _write,
        partial(published_archive, Path(settings["PATH"]), config.default_language),
        gazetteer_of(settings).resolve,
        Path(pelican.output_path),
        config.cache_folder(Path(settings["PATH"])) if cached else None,
        # What an analysis depends on beside the article: the code, Python and libraries
        # that find its terms, and the places' other names.
        fingerprint((page_reuse.software(), Path(config.gazetteer).read_bytes())),
    )
    in_background(job, then=pages.adopt if pages else None)


def _write(
    read: Callable[[], Archive], resolve: Resolver, output: Path, cache: Path | None, version: bytes
) -> page_reuse.Made:
    """Write the search files of the articles ``read``, in archive order, each
    place under every name the gazetteer knows for it, analysing only the articles the
    cache has no analysis of; hand back which files this worker made, for page reuse.

    The worker's cycle collector is off: it makes millions of small lists and dicts,
    none in a cycle (reference counting frees them), and each collection walks every
    object the worker holds. At 10,000 articles, with the build's rare collections,
    that took 0.6 of its 9 s. It ends with its job.
    """
    gc.disable()
    terms = TermCounter()
    fields = (plain_fields(article) for article in read().articles)
    with Analyses(cache, version) as analyses:
        documents = analyses.analysed(
            fields, lambda each: analyse(document_of(each, resolve), terms, analyses.vocabulary)
        )
        write_search_files(documents, analyses.vocabulary, output)
    pages = page_reuse.current()
    return pages.made_here() if pages else ({}, {})


def register() -> None:
    signals.initialized.connect(start_worker)
