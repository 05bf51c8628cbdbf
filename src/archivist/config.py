"""The project's settings, parsed once into typed objects: Archivist's own, ``ARCHIVE`` in
``pelicanconf.py``, and the one of Pelican's that says where articles are, ``ARTICLE_URL``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from archivist.errors import ConfigError
from archivist.paths import folder_for


@dataclass(frozen=True)
class ArchiveConfig:
    """Typed ``ARCHIVE`` setting. Unknown keys are an error, not a log line."""

    #: One sentence shown under the site name and in feeds.
    description: str = ""
    #: Language of articles whose front-matter has no ``language``.
    default_language: str = "en"
    #: Languages of the site's own words (menus, headings, dates), each a catalog of the
    #: theme's ``translations/`` (``en``, ``ar``, ``ku``, ``tr``): the first at the site's
    #: root, each other in its own folder (``ar/``). Reports keep their own language.
    interface_languages: tuple[str, ...] = ("en",)
    #: Where ``npm ci`` installed the pinned browser-side packages, relative to the
    #: settings file's folder.
    node_modules: str = "node_modules"
    #: The address the archive is published at, for citations (absolute permalinks);
    #: "" uses SITEURL when that is absolute (publishconf.py), else citations have none.
    public_url: str = ""
    #: The gazetteer of places (YAML), relative to the settings file's folder.
    gazetteer: str = "gazetteer.yaml"

    def gazetteer_path(self, settings_dir: Path) -> Path:
        """Where the gazetteer is: ``gazetteer`` as given if absolute, else in ``settings_dir``."""
        return settings_dir / self.gazetteer

    #: Where the curator's search index (``archivist search``) is kept; never published.
    search_index: str = ".archivist/whoosh"
    #: Where a build keeps what the next build can reuse; never published, safe to delete.
    cache: str = ".archivist/cache"

    def cache_folder(self, content_dir: Path) -> Path:
        """The part of ``cache`` that is ``content_dir``'s (each content folder has its own)."""
        return folder_for(Path(self.cache), content_dir)

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> ArchiveConfig:
        raw = settings.get("ARCHIVE", {})
        if not isinstance(raw, Mapping):
            raise ConfigError("pelicanconf.py: ARCHIVE must be a dict, e.g. ARCHIVE = {}")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(raw) - set(known))
        if unknown:
            raise ConfigError(
                f"pelicanconf.py: ARCHIVE has unknown key(s) {', '.join(map(repr, unknown))}; "
                f"known keys are {', '.join(sorted(known))}"
            )
        for key, value in raw.items():
            if key != "interface_languages" and not isinstance(value, str):
                raise ConfigError(f"pelicanconf.py: ARCHIVE[{key!r}] must be text")
        languages = _interface_languages(raw.get("interface_languages", ("en",)))
        public_url = raw.get("public_url", "")
        if public_url and not public_url.startswith(("https://", "http://")):
            raise ConfigError(
                "pelicanconf.py: ARCHIVE['public_url'] must start with https:// "
                "(e.g. 'https://example.org/archive'), or be left out"
            )
        return cls(**{**raw, "interface_languages": languages})


def _interface_languages(value: Any) -> tuple[str, ...]:
    """``ARCHIVE['interface_languages']`` checked: one or more language codes, each once."""
    example = "e.g. ['en', 'ar'] (the first at the site's root, 'ar' in ar/)"
    if isinstance(value, str) or not isinstance(value, list | tuple) or not value:
        raise ConfigError(
            f"pelicanconf.py: ARCHIVE['interface_languages'] must be a list, {example}"
        )
    languages = tuple(value)
    if not all(isinstance(code, str) and re.fullmatch(r"[a-z]{2,3}", code) for code in languages):
        raise ConfigError(
            f"pelicanconf.py: ARCHIVE['interface_languages'] {list(languages)!r} must be "
            f"lower-case language codes, {example}"
        )
    if len(set(languages)) != len(languages):
        raise ConfigError(
            f"pelicanconf.py: ARCHIVE['interface_languages'] names a language twice; {example}"
        )
    return languages


#: The folders the site's own pages are in (``a/`` holds the short addresses): no
#: article folder may be one of them.
SITE_FOLDERS = frozenset(
    {"a", "dates", "feeds", "languages", "page", "places", "search", "sources", "tags", "theme"}
)
#: One or more folders, then the slug as the last one: ``articles/{slug}/``.
_ARTICLE_URL = re.compile(r"^((?:[a-z0-9][a-z0-9_-]*/)+)\{slug\}/$")
#: Pelican's own ARTICLE_SAVE_AS, which a settings file that leaves it out has.
_PELICAN_SAVE_AS = "{slug}.html"
_EXAMPLE = "write e.g. ARTICLE_URL = 'articles/{slug}/'"


@dataclass(frozen=True)
class ArticleUrls:
    """Where articles are published: Pelican's ``ARTICLE_URL``, checked, is the one pattern.

    Every address of an article is made here: its page (Pelican's ``ARTICLE_SAVE_AS``
    follows from the pattern), the permalinks lock, citations, search results, feeds and
    links. The pattern is one or more folders, then ``{slug}/``; an article's slug is
    always the last part of its address, under this pattern or any earlier one the lock
    recorded (see :mod:`archivist.cite.permalinks`).
    """

    #: The folders before the slug, e.g. ``articles/``.
    folder: str

    @property
    def pattern(self) -> str:
        """``ARTICLE_URL``, e.g. ``articles/{slug}/``."""
        return f"{self.folder}{{slug}}/"

    @property
    def save_as_pattern(self) -> str:
        """Pelican's ``ARTICLE_SAVE_AS``, e.g. ``articles/{slug}/index.html``."""
        return f"{self.pattern}index.html"

    def of(self, slug: str) -> str:
        """The address of the article with ``slug``, relative to the site's root."""
        return f"{self.folder}{slug}/"

    def save_as(self, slug: str) -> str:
        """The file of the article's page, relative to the output folder."""
        return f"{self.of(slug)}index.html"

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> ArticleUrls:
        """``ARTICLE_URL`` checked; ``ARTICLE_SAVE_AS`` must be left out (it follows) or agree."""
        url = settings.get("ARTICLE_URL")
        if url is None:
            raise ConfigError(f"pelicanconf.py: ARTICLE_URL is not set; {_EXAMPLE}")
        match = _ARTICLE_URL.match(url) if isinstance(url, str) else None
        if match is None:
            raise ConfigError(
                f"pelicanconf.py: ARTICLE_URL {url!r} is not a folder per article: "
                f"{_EXAMPLE} (folders of lower-case letters, digits, '-' or '_', then "
                "{slug}/; no other {...} field)"
            )
        urls = cls(match.group(1))
        first = urls.folder.partition("/")[0]
        if first in SITE_FOLDERS:
            raise ConfigError(
                f"pelicanconf.py: ARTICLE_URL {url!r} puts articles in '{first}/', where the "
                f"site's own pages are; {_EXAMPLE}, or another folder"
            )
        save_as = settings.get("ARTICLE_SAVE_AS", _PELICAN_SAVE_AS)
        if save_as not in (_PELICAN_SAVE_AS, urls.save_as_pattern):
            raise ConfigError(
                f"pelicanconf.py: ARTICLE_SAVE_AS {save_as!r} does not match ARTICLE_URL "
                f"{url!r}; remove ARTICLE_SAVE_AS (it follows from ARTICLE_URL)"
            )
        return urls
