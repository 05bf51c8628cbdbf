"""The one project setting, ``ARCHIVE`` in ``pelicanconf.py``, parsed into a typed object."""

from __future__ import annotations

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
            if not isinstance(value, str):
                raise ConfigError(f"pelicanconf.py: ARCHIVE[{key!r}] must be text")
        public_url = raw.get("public_url", "")
        if public_url and not public_url.startswith(("https://", "http://")):
            raise ConfigError(
                "pelicanconf.py: ARCHIVE['public_url'] must start with https:// "
                "(e.g. 'https://example.org/archive'), or be left out"
            )
        return cls(**raw)
