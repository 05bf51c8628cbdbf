"""Helpers for the curator search tests: a copy of the seed archive and its index."""

from __future__ import annotations

import shutil
from pathlib import Path

from archivist.curator.index import ArchiveIndex, Sources, open_index
from archivist.places.gazetteer import Gazetteer, load_gazetteer
from conftest import ROOT

#: The archive's own gazetteer: every name of a place finds it.
GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")


def seed_copy(folder: Path) -> Path:
    """A private copy of the seed archive's content/, safe to edit."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def index_of(content: Path, places: Gazetteer | None = GAZETTEER) -> ArchiveIndex:
    """The index of ``content`` beside it, with the archive's gazetteer (or none)."""
    sources = Sources(content, places, "gazetteer" if places else "")
    return open_index(content.parent / "index", sources)
