"""Pelican adapter: up to five related articles on every article page.

Thin on purpose: ``archivist.pages.related`` computes the lists from the articles; this
module hands each article its list as ``article.related_articles`` (records of the
content model) for ``theme/templates/_related.html``.
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from archivist.pages.related import SCORES, related_scores
from archivist.places.gazetteer import gazetteer_of


def attach_related(generator: Any) -> None:
    gazetteer = gazetteer_of(generator.settings)

    def place_id(name: str) -> str | None:
        place = gazetteer.resolve(name)
        return place.id if place else None

    records = {article.record.slug: article.record for article in generator.articles}
    # Starting from the previous build's scores, only what an edit moved is scored again.
    scores = related_scores(list(records.values()), place_id, earlier=SCORES.earlier)
    SCORES.keep(scores)
    related = scores.lists()
    for article in generator.articles:
        slugs = related.get(article.record.slug, [])
        article.related_articles = tuple(records[slug] for slug in slugs)


def register() -> None:
    signals.article_generator_finalized.connect(attach_related)
