"""Pelican adapter for Archivist: read articles with the archive's content model.

Thin on purpose: the reading, validation and rendering live in the ``archivist``
package; this module only plugs them into Pelican's signals.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from pelican import signals
from pelican.readers import BaseReader

from archivist.build.state import build_of
from archivist.content.captures import published_captures
from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.pages.assets import SEARCH_BUNDLE, search_bundle, site_assets
from archivist.pages.drafts import DRAFTS_URL, draft_url, listed_drafts

#: Pelican wants a datetime on every article; undated ones sort by our own key instead.
UNDATED = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


class ArchiveReader(BaseReader):  # type: ignore[misc]
    """Gives Pelican the ``.md`` articles as ``archivist build`` checked them: no file is
    read again, and the build publishes what it checked even if a file is edited meanwhile."""

    enabled = True
    file_extensions: ClassVar[list[str]] = ["md"]

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        build = build_of(self.settings)
        article = build.article_at(Path(source_path))
        return article_html(article, build.store.bodies), pelican_metadata(article)


def pelican_metadata(article: Article) -> dict[str, Any]:
    """What Pelican needs to place and order the page; templates read ``record``."""
    date = article.date
    return {
        "title": article.title,
        "slug": article.slug,
        "date": dt.datetime.combine(date.first_day(), dt.time(), dt.UTC) if date else UNDATED,
        "record": article,
        **({"status": "draft"} if article.is_draft else {}),  # see set_drafts_apart
    }


def set_drafts_apart(generator: Any) -> None:
    """Drafts (``status: draft``) were checked, and are not published: Pelican never
    writes them, and the lock never records their addresses. The build that previews
    them (``--drafts``) keeps them on the generator for :func:`preview_drafts`."""
    generator.archive_drafts = (
        tuple(generator.drafts) if build_of(generator.settings).drafts else ()
    )
    generator.drafts = []
    generator.drafts_translations = []


def preview_drafts(generator: Any, writer: Any) -> None:
    """Each previewed draft's page (``drafts/<slug>/``) and their listing (``drafts/``),
    linked from no other page: once, in the default interface (a preview is the
    curator's, and the drafts' addresses are not an interface's)."""
    drafts = getattr(generator, "archive_drafts", ())
    if not drafts or not build_of(generator.settings).writes_shared_files:
        return
    relative = generator.settings["RELATIVE_URLS"]
    for draft in drafts:
        writer.write_file(
            f"{draft_url(draft.record)}index.html",
            generator.get_template("draft"),
            generator.context,
            relative_urls=relative,
            article=draft,
        )
    writer.write_file(
        f"{DRAFTS_URL}index.html",
        generator.get_template("drafts"),
        generator.context,
        relative_urls=relative,
        drafts=listed_drafts(build_of(generator.settings).archive.drafts),
    )


def use_archive_reader(readers: Any) -> None:
    """The archive's reader, for ``.md`` files only: Pelican's own would publish a
    ``.html``, ``.markdown`` or ``.rst`` file the check never read."""
    readers.reader_classes.clear()
    readers.reader_classes["md"] = ArchiveReader


def write_assets(pelican: Any) -> None:
    """The theme's static files, the vendored ones and the search bundle, written as every
    file of the site is (Pelican's own copying of the theme's files is switched off)."""
    build = build_of(pelican.settings)
    if not build.writes_shared_files:  # one set for every interface
        return
    output = Path(pelican.output_path)
    assets = site_assets(Path(pelican.settings["THEME"]), build.node_modules)
    for name, source in assets.items():
        build.pages.write(output, name, source.read_bytes())
    build.pages.write(output, SEARCH_BUNDLE, search_bundle(assets))


def write_captures(pelican: Any) -> None:
    """Each published article's raw capture, byte for byte, beside it (``captures/``)."""
    build = build_of(pelican.settings)
    if not build.writes_shared_files:  # one set for every interface
        return
    output = Path(pelican.output_path)
    for name, data in published_captures(build.archive, build.content).items():
        build.pages.write(output, name, data)


def register() -> None:
    signals.readers_init.connect(use_archive_reader)
    signals.article_generator_pretaxonomy.connect(set_drafts_apart)
    signals.article_writer_finalized.connect(preview_drafts)
    signals.finalized.connect(write_assets)
    signals.finalized.connect(write_captures)
