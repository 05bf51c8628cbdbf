"""Pelican adapter: up to five related articles on every article page.

Thin on purpose: ``archivist.pages.related`` computes the lists from the articles; this
module hands each article its list as ``article.related_articles`` (records of the
content model) for ``theme/templates/_related.html``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from pelican import signals

from archivist.build.parallel import map_shares
from archivist.build.state import build_of
from archivist.pages.related import related_scores


def attach_related(generator: Any) -> None:
    build = build_of(generator.settings)
    records = {article.record.slug: article.record for article in generator.articles}
    # Scored once a build, whatever the interfaces it is built in. Starting from the
    # previous build's scores, only what an edit moved is scored again, on every core the
    # search worker leaves free.
    store = build.store
    if store.scores is None:
        deal = partial(map_shares, workers=build.background.free_cores())
        store.scores = related_scores(
            list(records.values()), build.places,
            earlier=store.earlier_scores, deal=deal, words=store.words,
        )  # fmt: skip
    related = store.scores.lists()
    for article in generator.articles:
        slugs = related.get(article.record.slug, [])
        article.related_articles = tuple(records[slug] for slug in slugs)


def register() -> None:
    signals.article_generator_finalized.connect(attach_related)
