"""Pelican adapter for citations and permalinks (issue 7).

Thin on purpose: the lock, the ids, the citation formats and the references
live in the ``archivist`` package. This generator attaches each article's
citation data for the templates, then writes the citation files, the redirect
pages (old slugs, ``a/<id>/``) and the withdrawn pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from archivist.build.state import build_of
from archivist.cite.citable import CITE_FILES, ArticleCitation, citable_articles, site_info
from archivist.cite.permalinks import ALIAS, SHORT, WITHDRAWN, Route
from archivist.reuse.deferred import Deferred


class CiteGenerator(Generator):  # type: ignore[misc]
    """Runs after the articles are read: citation data in, citation files and redirects out."""

    def generate_context(self) -> None:
        articles = self.context.get("articles", [])
        self.build = build_of(self.settings)
        self.site = site_info(self.settings)
        self.plan = self.build.permalinks
        records = [a.record for a in articles]
        cites = citable_articles(
            self.plan, records, self.site, self.build.places, self.build.store.citations
        )
        for article in articles:
            article.cite = cites[article.record.slug]
        self.cites: list[ArticleCitation] = [cites[a.record.slug] for a in articles]

    def generate_output(self, writer: Any) -> None:
        if not self.build.writes_shared_files:  # one citation and one redirect for every
            return  # interface: the default one's
        output = Path(self.output_path)
        for cite in self.cites:
            for name, make in CITE_FILES.items():
                text = Deferred(make, (cite.citation,))
                self.build.pages.write(output, f"{cite.citation.path}{name}", text)
        for route in self.plan.routes:
            if route.kind in (ALIAS, SHORT, WITHDRAWN):
                self._write_route(writer, route)

    def _write_route(self, writer: Any, route: Route) -> None:
        template = "withdrawn" if route.kind == WITHDRAWN else "redirect"
        writer.write_file(
            f"{route.url}index.html",
            self.get_template(template),
            self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            route=route,
            canonical=self.site.absolute(route.target),
            interfaces=(),  # at the root only: no page in another interface to link to
        )


def get_generators(pelican: Any) -> type[CiteGenerator]:
    return CiteGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
