"""Pelican adapter: up to five related articles on every article page.

Thin on purpose: ``archivist.related`` computes the lists from the curator's index
(brought up to date first, incrementally); this module hands each article its list
as ``article.related_articles`` (records of the content model) for
``theme/templates/_related.html``.
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals

from archivist.curator import open_project_index
from archivist.curator_report import index_notes
from archivist.related import related_lists

log = logging.getLogger(__name__)


def attach_related(generator: Any) -> None:
    archive = open_project_index(generator.settings)
    for note in index_notes(archive.report, archive.location):
        log.info(note)
    related = related_lists(archive)
    records = {article.record.slug: article.record for article in generator.articles}
    for article in generator.articles:
        slugs = related.get(article.record.slug, [])
        article.related_articles = tuple(records[slug] for slug in slugs if slug in records)


def register() -> None:
    signals.article_generator_finalized.connect(attach_related)
