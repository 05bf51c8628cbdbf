"""Pelican adapter for the full-text search: write the search files of the articles.

Thin on purpose: the index is built by ``archivist.search.files`` from the article
records the pages are made from (read by the same reader); this module only starts
the worker that reads them and writes.
"""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path
from typing import Any

from pelican import signals

from archivist.build import page_reuse, site_digest
from archivist.build.state import Build, build_of
from archivist.reuse.fingerprint import fingerprint
from archivist.search.analyses import Analyses
from archivist.search.files import analyse, write_search_files
from archivist.search.index import TermCounter, document_of, plain_fields


def start_worker(pelican: Any) -> None:
    """Fork the search worker as Pelican starts, while the build's memory is small (see
    :meth:`archivist.build.parallel.Background.start`). It takes the articles
    ``archivist build`` checked, so it need not wait for Pelican's reader."""
    build = build_of(pelican.settings)
    if not build.writes_shared_files:  # one set of search files for every interface
        return
    # What an analysis depends on beside the article: the code, Python and libraries that
    # find its terms, and the places' other names.
    version = fingerprint((site_digest.software(), build.gazetteer_file.read_bytes()))
    job = partial(_write, build, Path(pelican.output_path), version)
    build.background.start(job, then=build.pages.adopt)


def _write(build: Build, output: Path, version: bytes) -> page_reuse.Made:
    """Write the search files of the build's articles, in archive order, each
    place under every name the gazetteer knows for it, analysing only the articles the
    cache has no analysis of; hand back which files this worker made, for page reuse.

    The worker's cycle collector is off: it makes millions of small lists and dicts,
    none in a cycle (reference counting frees them), and each collection walks every
    object the worker holds. At 10,000 articles, with the build's rare collections,
    that took 0.6 of its 9 s. It ends with its job.
    """
    gc.disable()
    terms = TermCounter()
    bodies = build.store.bodies
    fields = (
        plain_fields(a, build.urls.of(a.slug), build.places[a.slug], bodies)
        for a in build.archive.articles
    )
    with build.store.analyses() as shelf:  # a connection of this worker's own
        analyses = Analyses(shelf, version)
        documents = analyses.analysed(
            fields, lambda each: analyse(document_of(each), terms, analyses.vocabulary)
        )
        write = partial(build.pages.write, output)
        gazetteer = [(p.id, p.name, p.all_names) for p in build.gazetteer]
        write_search_files(documents, analyses.vocabulary, write, gazetteer)
    return build.pages.made_here()


def register() -> None:
    signals.initialized.connect(start_worker)
