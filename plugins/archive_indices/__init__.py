"""Pelican adapter for the archive's indices: places, tags, sources, languages, dates,
feeds and maps (the sitemap, of the finished site, is written by :mod:`archivist.build.site`).

Thin on purpose: :mod:`archivist.pages.index_pages` decides every page and file from
the articles Pelican read; this module renders the pages with the theme and
writes the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from archivist.build.state import build_of
from archivist.content.captures import served_type
from archivist.content.model import Article
from archivist.pages.feeds import site_url_of
from archivist.pages.index_pages import HtmlPage, Site, index_outputs
from archivist.pages.indices import key_slug
from archivist.places.placenames import PlaceName


class IndicesGenerator(Generator):  # type: ignore[misc]
    """Writes the index pages, maps, timeline and feeds after the articles are read."""

    def generate_context(self) -> None:
        """Nothing to read: the indices are made from the articles Pelican read."""

    def generate_output(self, writer: Any) -> None:
        build = build_of(self.settings)
        records = sorted((a.record for a in self.context["articles"]), key=lambda r: r.sort_key)
        site = Site(
            self.settings["SITENAME"],
            build.urls,
            site_url_of(self.settings),
            build.interface,
        )
        outputs = index_outputs(records, build.gazetteer, build.places, site, build.countries)
        for output in outputs:
            if isinstance(output, HtmlPage):
                writer.write_file(
                    build.interface.home + output.save_as,
                    self.get_template(output.template.removesuffix(".html")),
                    self.context,
                    relative_urls=self.settings["RELATIVE_URLS"],
                    **output.context,
                )
            else:  # feeds: each interface's, in its folder (output.path says where)
                build.pages.write(Path(self.output_path), output.path, output.text)


def offer_lookups(generator: Any) -> None:
    """Let templates link reports, places and tags to their pages.

    ``url_of(record)`` is an article's address; ``places_of(record)`` its place names as
    the build resolved them (``PlaceName``: as written, and the place or None);
    ``tag_slug(tag)`` a tag's slug; ``capture_type(name)`` the media type a raw capture's
    link announces. And the interface's language: ``_()`` and ``ngettext()``
    (its catalog), ``interface`` (``language``, ``direction``, ``language_name()``,
    ``page_path()``), ``interfaces`` (every one the site is built in) and ``HOME`` (where
    this interface's pages are: links between pages are ``SITEURL/HOME...``; links to the
    files all interfaces share, ``SITEURL/...``), ``place_names`` (the places' names in the
    interface's language, for the search page's scripts), and the filters ``long_date`` and
    ``number``.
    """
    build = build_of(generator.settings)

    def url_of(record: Article) -> str:
        return build.urls.of(record.slug)

    def places_of(record: Article) -> tuple[PlaceName, ...]:
        return build.places[record.slug]

    interface = build.interface
    generator.env.add_extension("jinja2.ext.i18n")
    generator.env.install_gettext_translations(interface.translations, newstyle=True)
    generator.env.globals["interface"] = interface
    generator.env.globals["interfaces"] = build.interfaces
    generator.env.globals["HOME"] = interface.home
    generator.env.globals["SITE_ADDRESS"] = site_url_of(generator.settings).rstrip("/")
    generator.env.filters["long_date"] = interface.date
    generator.env.filters["number"] = interface.number
    generator.env.globals["url_of"] = url_of
    generator.env.globals["places_of"] = places_of
    generator.env.globals["place_names"] = interface.place_names(build.gazetteer)
    generator.env.globals["tag_slug"] = key_slug
    generator.env.globals["capture_type"] = served_type


def indices_generator(pelican: Any) -> type[Generator]:
    return IndicesGenerator


def register() -> None:
    signals.get_generators.connect(indices_generator)
    signals.generator_init.connect(offer_lookups)
