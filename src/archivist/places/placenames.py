"""Resolve the names in articles' ``places:`` to gazetteer places, once, after the check.

An article may name a place in any spelling the gazetteer knows (``Haseke``,
``Hesekê``, ``الحسكة``); every spelling leads to the same place. Every consumer (place
pages, search, related reports, citations, the templates) reads the names as resolved
here (:class:`PlaceName`), never the gazetteer.

A name the gazetteer does not know is a warning, not an error: the article still
builds, and the curator is told the nearest known names and where to add the place.
Until then the name is text, not a place, everywhere alike: it is shown as written,
unlinked, in the article's list of places and in search results, and its words are
searched; it has no place page, no search filter, no related-reports bonus and no
place in the citation (which only the gazetteer's coordinates and names could fill).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from archivist.config import ArchiveConfig
from archivist.content.articles import read_archive
from archivist.content.captures import capture_problems
from archivist.content.model import Archive, Article
from archivist.errors import ContentError, Problem

from .gazetteer import Gazetteer, Place, load_gazetteer


@dataclass(frozen=True)
class PlaceName:
    """A name in an article's ``places:``, as written, and the gazetteer's place it names
    (None: the gazetteer does not know the name, which is then text, not a place)."""

    written: str
    place: Place | None = None


#: Each article's place names, resolved, in its order, by slug (see :func:`resolve_places`).
ArticlePlaces = Mapping[str, tuple[PlaceName, ...]]


def place_names(article: Article, gazetteer: Gazetteer) -> tuple[PlaceName, ...]:
    """The names in the article's ``places:``, in its order, each with its place."""
    return tuple(PlaceName(name, gazetteer.resolve(name)) for name in article.places)


def resolve_places(articles: Iterable[Article], gazetteer: Gazetteer) -> ArticlePlaces:
    """Each article's :func:`place_names`, by slug."""
    return MappingProxyType({a.slug: place_names(a, gazetteer) for a in articles})


def known_places(names: Iterable[PlaceName]) -> tuple[Place, ...]:
    """The places ``names`` name, in their order, each once; unknown names are left out."""
    return tuple(dict.fromkeys(named.place for named in names if named.place is not None))


def unknown_places(
    articles: Iterable[Article], places: ArticlePlaces, gazetteer: Gazetteer
) -> list[Problem]:
    """One warning per name in an article's ``places:`` the gazetteer does not know, as
    resolved in ``places``."""
    return [
        _unknown(article, named.written, gazetteer)
        for article in articles
        for named in places[article.slug]
        if named.place is None
    ]


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
    """The gazetteer and the archive, both valid, and each article's places resolved;
    ``warnings`` do not stop a build."""

    gazetteer: Gazetteer
    archive: Archive
    places: ArticlePlaces
    warnings: tuple[Problem, ...]


def check_content(
    config: ArchiveConfig,
    content_dir: Path,
    settings_dir: Path,
    readings: Mapping[Path, Article | list[Problem]] = MappingProxyType({}),
) -> CheckedContent:
    """Check the gazetteer and every article (those in ``readings`` as they were read, see
    :func:`~archivist.content.articles.read_archive`), and resolve the articles' places.

    Raises ContentError with every problem at once: the gazetteer's and the articles'
    errors (a raw capture missing or edited too, drafts' as well), and, with the articles'
    errors, the warnings of the articles read well.
    """
    try:
        gazetteer: Gazetteer | None = load_gazetteer(config.gazetteer_path(settings_dir))
    except ContentError as error:
        gazetteer, broken = None, error.problems
    else:
        broken = ()
    found = read_archive(content_dir, config.default_language, readings)
    every = (*found.archive.articles, *found.archive.drafts)
    problems = [*found.problems, *capture_problems(every, content_dir)]
    if gazetteer is None:
        raise ContentError([*broken, *problems])
    places = resolve_places(found.archive.articles, gazetteer)
    warnings = unknown_places(found.archive.articles, places, gazetteer)
    if problems:
        raise ContentError(problems, warnings)
    return CheckedContent(gazetteer, found.archive, places, tuple(warnings))
