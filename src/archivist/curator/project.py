"""Wiring for the curator's tools: the index of a project's content, from its settings."""

from __future__ import annotations

import hashlib
import runpy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from archivist.config import ArchiveConfig
from archivist.errors import ConfigError, ContentError, Problem
from archivist.paths import folder_for
from archivist.places.gazetteer import load_gazetteer

from .index import ArchiveIndex, PlaceResolver, Sources, open_index


def read_settings(settings_file: Path) -> dict[str, Any]:
    """The settings file's upper-case names, PATH made absolute, without importing Pelican.

    The curator's commands need only PATH and ARCHIVE; importing Pelican would double
    the time a search takes. Pelican's own defaults do not matter here.
    """
    if not settings_file.is_file():
        raise ConfigError(f"{settings_file}: settings file not found; run from the project folder")
    values = runpy.run_path(str(settings_file))
    settings = {key: value for key, value in values.items() if key.isupper()}
    folder = settings_file.resolve().parent
    settings["PATH"] = str(folder / settings.get("PATH", "."))
    config = ArchiveConfig.from_settings(settings)
    gazetteer = str(config.gazetteer_path(folder))  # absolute, as the build hands it on
    settings["ARCHIVE"] = {**settings.get("ARCHIVE", {}), "gazetteer": gazetteer}
    return settings


def places_from_settings(settings: Mapping[str, Any]) -> tuple[PlaceResolver, str]:
    """The gazetteer and a digest of its file (the index is rebuilt when it changes).

    ``ARCHIVE["gazetteer"]`` is absolute here: :func:`read_settings` and the build make it so.
    """
    path = Path(ArchiveConfig.from_settings(settings).gazetteer)
    gazetteer = load_gazetteer(path)
    return gazetteer, hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def open_project_index(settings: Mapping[str, Any], content: Path | None = None) -> ArchiveIndex:
    """The up-to-date index of the settings' content folder (or of ``content``)."""
    config = ArchiveConfig.from_settings(settings)
    content_dir = content or Path(settings["PATH"])
    if not content_dir.is_dir():
        raise ContentError(
            [Problem(content_dir, None, "content folder not found", "create it or fix PATH")]
        )
    places, digest = places_from_settings(settings)
    sources = Sources(content_dir, places, digest, config.default_language)
    return open_index(folder_for(Path(config.search_index), content_dir), sources)
