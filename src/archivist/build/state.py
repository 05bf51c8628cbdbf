"""The one build object: what a build checked and decided, handed to every plugin.

``archivist build`` makes one :class:`Build` before Pelican starts and gives it to
Pelican in its settings, under :data:`SETTING`; each plugin reaches it through
:func:`build_of`. Nothing of a build is parked in a module: a second build in the same
process starts from its own object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archivist.cite.permalinks import Plan
from archivist.config import ArchiveConfig, ArticleUrls
from archivist.content.model import Archive, Article
from archivist.errors import BuildError
from archivist.pages.borders import Country
from archivist.pages.interface import Interface
from archivist.places.gazetteer import Gazetteer
from archivist.places.placenames import ArticlePlaces

from .cache import Store
from .parallel import Background
from .progress import Progress

if TYPE_CHECKING:  # page_reuse leaves the build object out of the site's digest
    from .page_reuse import Pages

#: The Pelican setting that carries the build object.
SETTING = "ARCHIVIST_BUILD"


@dataclass(frozen=True, eq=False)
class Build:
    """One run of ``archivist build``: its configuration, the checked archive with its
    places resolved, where its articles are published, the permalink plan, its cache,
    the pages it may reuse and the work it runs beside Pelican."""

    config: ArchiveConfig
    #: The folder of the settings file: the project's files are found from there.
    project: Path
    #: The content folder, resolved.
    content: Path
    gazetteer: Gazetteer
    #: Every article, checked: Pelican's reader and the search worker take them as they are,
    #: so the build publishes what it checked even if a file is edited while it runs.
    archive: Archive
    #: Each article's place names, resolved once after the check: what every page, the
    #: search files, related reports and citations read of its places (never the gazetteer).
    places: ArticlePlaces
    #: Where articles are published (``ARTICLE_URL``): every article address is made here.
    urls: ArticleUrls
    permalinks: Plan
    #: What this build computed and the earlier one kept: this content folder's cache.
    store: Store
    pages: Pages
    #: The language of the site's own words, its catalog and formats (``pages/interface``),
    #: of the pages Pelican is rendering now (see :meth:`in_interface`).
    interface: Interface
    #: The countries the maps draw (``pages/borders``, Natural Earth via world-atlas).
    countries: tuple[Country, ...] = ()
    #: Whether the drafts are previewed (``--drafts``): each at ``drafts/<slug>/``, listed
    #: at ``drafts/`` (``pages/drafts``); else nothing of a draft is written.
    drafts: bool = False
    #: The workers plugins started beside Pelican; the build waits for them.
    background: Background = field(default_factory=Background)
    #: The writers Pelican made for this build, whose queued pages are written at its end.
    writers: list[Any] = field(default_factory=list)
    #: Every interface the site is built in, the default (at the site's root) first;
    #: () when it is built in ``interface`` only.
    interfaces: tuple[Interface, ...] = ()
    #: What the build is doing, on the terminal (``build/progress``).
    progress: Progress = field(default_factory=Progress)

    @property
    def writes_shared_files(self) -> bool:
        """Whether this run of Pelican writes the files every interface shares (search
        files, citation files, redirects, assets): the default interface's run."""
        return not self.interface.home

    @property
    def translated_reports(self) -> frozenset[str]:
        """The article pages of the other interfaces (``ar/articles/<slug>/``): each names
        its page at the root canonical, so the sitemap lists only that one."""
        homes = [interface.home for interface in self.interfaces[1:]]
        return frozenset(
            home + self.urls.of(article.slug) for home in homes for article in self.archive.articles
        )

    def in_interface(self, interface: Interface) -> Build:
        """This build, rendering its pages in ``interface``: the same archive, plan,
        publisher (``pages``) and workers."""
        return replace(self, interface=interface)

    @cached_property
    def _by_path(self) -> Mapping[Path, Article]:
        articles = (*self.archive.articles, *self.archive.drafts)  # Pelican reads drafts too
        return {article.path: article for article in articles}

    def article_at(self, path: Path) -> Article:
        """The checked article read from ``path``."""
        found = self._by_path.get(path)
        if found is None:  # Pelican was told to skip what the check skips
            raise BuildError(f"{path}: the site generator read a file the check did not")
        return found

    @property
    def gazetteer_file(self) -> Path:
        return self.config.gazetteer_path(self.project)

    @property
    def node_modules(self) -> Path:
        return self.project / self.config.node_modules


def build_of(settings: Mapping[str, Any]) -> Build:
    """The build that the Pelican ``settings`` belong to."""
    build = settings.get(SETTING)
    if not isinstance(build, Build):
        raise BuildError(
            "the Archivist plugins run under 'archivist build' (make html), not bare 'pelican'"
        )
    return build
