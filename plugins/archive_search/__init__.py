"""Pelican adapter for the full-text search: write the search files of the articles read.

Thin on purpose: the index is built by ``archivist.search_files`` from the same
article records the pages were made from; this module only finds them and writes.
"""

from __future__ import annotations

import gc
import marshal
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from pelican import signals
from pelican.generators import ArticlesGenerator

from archivist import page_reuse
from archivist.config import ArchiveConfig
from archivist.fingerprint import fingerprint
from archivist.gazetteer import gazetteer_of
from archivist.parallel import Standby, standby
from archivist.search_analyses import analysed
from archivist.search_files import analyse, write_search_files
from archivist.search_index import PlainFields, Resolver, TermCounter, document_of, plain_fields

#: The running build's search worker, forked when Pelican starts (see
#: :func:`archivist.parallel.standby`): a new build replaces it.
_WORKER: list[Standby] = []


def stand_by(pelican: Any) -> None:
    """Fork the search worker while the build's memory is small; it waits for the articles."""
    pages = page_reuse.current()
    settings = pelican.settings
    config = ArchiveConfig.from_settings(settings)
    cached = "cache" in settings.get("ARCHIVE", {})  # set by `archivist build`, not bare Pelican
    job = partial(
        _write,
        gazetteer_of(settings).resolve,
        Path(pelican.output_path),
        config.cache_folder(Path(settings["PATH"])) if cached else None,
        # What an analysis depends on beside the article: the code, Python and libraries
        # that find its terms, and the places' other names.
        fingerprint((page_reuse.software(), Path(config.gazetteer).read_bytes())),
    )
    _WORKER[:] = [standby(job, then=pages.adopt if pages else None)]


def write_index(generator: ArticlesGenerator) -> None:
    """Hand the search worker every article as soon as they are read, in archive order:
    it indexes each one, its places under every name the gazetteer knows for them, on
    another core while the build goes on (related reports, citations, pages)."""
    if not _WORKER:
        return
    worker = _WORKER.pop()
    for article in sorted(generator.articles, key=lambda a: a.record.sort_key):
        # Its text before links are filled in: they change no word.
        marshal.dump(plain_fields(article.record, article._content), worker.inputs)
    worker.start()


def _write(
    resolve: Resolver, output: Path, cache: Path | None, version: bytes, inputs: BinaryIO
) -> page_reuse.Made:
    """Write the search files, analysing only the articles the cache has no analysis of;
    hand back which files this worker made, for page reuse.

    The worker's cycle collector is off: it makes millions of small lists and dicts,
    none in a cycle (reference counting frees them), and each collection walks every
    object the worker holds. At 10,000 articles, with the build's rare collections,
    that took 0.6 of its 9 s. It ends with its job.
    """
    gc.disable()
    terms = TermCounter()
    documents = analysed(
        _read(inputs), lambda fields: analyse(document_of(fields, resolve), terms), cache, version
    )
    write_search_files(documents, output)
    pages = page_reuse.current()
    return pages.made_here() if pages else ({}, {})


def _read(inputs: BinaryIO) -> Iterator[PlainFields]:
    while True:
        try:
            yield marshal.load(inputs)
        except EOFError:
            return


def register() -> None:
    signals.initialized.connect(stand_by)
    signals.article_generator_pretaxonomy.connect(write_index)
