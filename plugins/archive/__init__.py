"""Pelican adapter for Archivist: read articles with the archive's content model.

Thin on purpose: the reading, validation and rendering live in the ``archivist``
package; this module only plugs them into Pelican's signals.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar

from pelican import signals
from pelican.readers import BaseReader

from archivist.config import ArchiveConfig
from archivist.content.articles import outside_link, published_article, read_article
from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.errors import ContentError
from archivist.pages.assets import copy_vendor_files, write_search_bundle
from archivist.paths import Resolver

#: Pelican wants a datetime on every article; undated ones sort by our own key instead.
UNDATED = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


class ArchiveReader(BaseReader):  # type: ignore[misc]
    """Reads ``.md`` articles through the archive's strict front-matter and model."""

    enabled = True
    file_extensions: ClassVar[list[str]] = ["md"]

    @cached_property
    def _content_dir(self) -> Path:
        return Path(self.settings["PATH"]).resolve()

    @cached_property
    def _default_language(self) -> str:
        return ArchiveConfig.from_settings(self.settings).default_language

    @cached_property
    def _resolver(self) -> Resolver:
        return Resolver()

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        path = Path(source_path)
        article = published_article(path)  # as `archivist build` checked it
        if article is None:
            escaped = outside_link(path, self._content_dir, self._resolver.path)
            if escaped:  # Pelican follows links into folders; never publish what they lead to
                raise ContentError([escaped])
            result = read_article(path, self._default_language)
            if not isinstance(result, Article):
                raise ContentError(result)
            article = result
        return article_html(article), pelican_metadata(article)


def pelican_metadata(article: Article) -> dict[str, Any]:
    """What Pelican needs to place and order the page; templates read ``record``."""
    date = article.date
    return {
        "title": article.title,
        "slug": article.slug,
        "date": dt.datetime.combine(date.first_day(), dt.time(), dt.UTC) if date else UNDATED,
        "record": article,
    }


def use_archive_reader(readers: Any) -> None:
    readers.reader_classes["md"] = ArchiveReader


def copy_assets(pelican: Any) -> None:
    config = ArchiveConfig.from_settings(pelican.settings)
    copy_vendor_files(Path(config.node_modules), Path(pelican.output_path))
    write_search_bundle(Path(pelican.output_path))


def register() -> None:
    signals.readers_init.connect(use_archive_reader)
    signals.finalized.connect(copy_assets)
