"""Resolve the names in articles' ``places:`` to gazetteer places.

An article may name a place in any spelling the gazetteer knows (``Haseke``,
``Hesekê``, ``الحسكة``); every spelling leads to the same place. A name the
gazetteer does not know is a warning, not an error: the article still builds,
and the curator is told the nearest known names and where to add the place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from archivist.config import ArchiveConfig
from archivist.content.articles import load_archive
from archivist.content.model import Archive, Article
from archivist.errors import Problem

from .gazetteer import Gazetteer, Place, load_gazetteer


def places_of(article: Article, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The places an article names, in its order, each once; unknown names are left out."""
    found = (gazetteer.resolve(name) for name in article.places)
    return tuple(dict.fromkeys(place for place in found if place is not None))


def unknown_places(articles: Iterable[Article], gazetteer: Gazetteer) -> list[Problem]:
    """One warning per name in ``places:`` that the gazetteer does not know."""
    warnings = []
    for article in articles:
        for name in article.places:
            if gazetteer.resolve(name) is None:
                warnings.append(_unknown(article, name, gazetteer))
    return warnings


def _unknown(article: Article, name: str, gazetteer: Gazetteer) -> Problem:
    nearest = gazetteer.suggestions(name)
    hint = f"did you mean {', '.join(repr(n) for n in nearest)}? " if nearest else ""
    return Problem(
        article.path,
        article.lines.get("places", 1),
        f"place '{name}' is not in the gazetteer",
        f"{hint}add it to gazetteer.yaml",
    )


@dataclass(frozen=True)
class CheckedContent:
    """The gazetteer and the archive, both valid; ``warnings`` do not stop a build."""

    gazetteer: Gazetteer
    archive: Archive
    warnings: tuple[Problem, ...]


def check_content(
    config: ArchiveConfig,
    content_dir: Path,
    settings_dir: Path,
    readings: Mapping[Path, Article | list[Problem]] = MappingProxyType({}),
) -> CheckedContent:
    """Check the gazetteer first (its problems stop here), then every article
    (those in ``readings`` as they were read, see :func:`~archivist.content.articles.load_archive`).

    Raises ContentError for the gazetteer's problems, else for the articles'.
    """
    gazetteer = load_gazetteer(config.gazetteer_path(settings_dir))
    archive = load_archive(content_dir, config.default_language, readings)
    warnings = unknown_places(archive.articles, gazetteer)
    return CheckedContent(gazetteer, archive, tuple(warnings))
