"""Helpers for the curator search tests: a copy of the seed archive and its index."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from archivist.curator_index import ArchiveIndex, Sources, open_index
from archivist.folding import fold
from conftest import ROOT


@dataclass(frozen=True)
class Place:
    id: str
    all_names: tuple[str, ...]


class TinyGazetteer:
    """Two places, looked up by folded name, standing in for archivist.gazetteer."""

    PLACES = (
        Place("hasakah", ("Hesekê", "Haseke", "Hasakah", "al-Hasakah", "الحسكة")),
        Place("tal-abyad", ("Tal Abyad", "Girê Spî", "Girê Spi", "تل أبيض", "كري سبي")),
    )

    def resolve(self, name: str) -> Place | None:
        for place in self.PLACES:
            if fold(name) in {fold(n) for n in place.all_names}:
                return place
        return None


def seed_copy(folder: Path) -> Path:
    """A private copy of the seed archive's content/, safe to edit."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    return content


def index_of(content: Path, places: TinyGazetteer | None = None) -> ArchiveIndex:
    return open_index(content.parent / "index", Sources(content, places, "tiny" if places else ""))
