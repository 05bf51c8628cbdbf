"""The gazetteer: every place the archive knows, its kind, parent, coordinates and names.

One place has one stable id and many names: ``Hesekê``, ``Haseke``, ``Hasakah``,
``al-Hasakah`` and ``الحسكة`` are one town. Names are matched through
:func:`archivist.text.folding.fold`, so case, diacritics, hamza forms and apostrophes
do not matter. The data lives in ``gazetteer.yaml`` (see :mod:`archivist.places.gazetteer_file`
for its format and checks); this module is the model and its look-ups.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from archivist.text.folding import fold
from archivist.text.languages import base

#: The language of the gazetteer's display names (``name``): an interface in it shows
#: them, and so does any other for a place with no name in its language.
DISPLAY_LANGUAGE = "en"

#: The kinds of place a gazetteer entry may be; extend here when a new kind is needed.
KINDS = frozenset(
    {
        "country",
        "region",
        "governorate",
        "district",
        "subdistrict",
        "city",
        "town",
        "village",
        "neighbourhood",
        "camp",
        "prison",
        "desert",
        "plain",
        "river",
        "lake",
        "dam",
        "mountain",
        "border-crossing",
        "site",
    }
)


@dataclass(frozen=True)
class Place:
    """One place: a stable ASCII id, a display name and every other name it goes by."""

    id: str
    name: str
    kind: str
    parent: str | None = None
    lat: float | None = None
    lon: float | None = None
    #: Language code (``en``, ``ar``, ``ku``, ``tr``, ...) -> the names in that language.
    names: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}), compare=False
    )
    #: The names that are also common words (``Hit``): matched with care, and flagged.
    common: tuple[str, ...] = field(default=(), compare=False)

    @property
    def all_names(self) -> tuple[str, ...]:
        """The display name, then every alias in file order, each spelling once."""
        spellings = [self.name, *(n for names in self.names.values() for n in names)]
        return tuple(dict.fromkeys(spellings))

    @property
    def other_names(self) -> tuple[str, ...]:
        """Every name but the display name."""
        return self.all_names[1:]

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    def names_in(self, language: str) -> tuple[str, ...]:
        return self.names.get(language, ())

    def name_in(self, language: str) -> str:
        """How an interface in ``language`` names the place: the display name in English,
        else the first of its names in that language ("الرقة" for Raqqa in Arabic); the
        display name when it has none."""
        return self.name_and_language(language)[0]

    def name_and_language(self, language: str) -> tuple[str, str]:
        """:meth:`name_in`, and the language that name is in (to mark it on a page)."""
        wanted = base(language)
        if wanted != DISPLAY_LANGUAGE:
            for code, names in self.names.items():
                if base(code) == wanted and names:
                    return names[0], code
        return self.name, DISPLAY_LANGUAGE


class Gazetteer:
    """The places, looked up by id or by any of their names; iterates in id order.

    Built from validated places (see :func:`load_gazetteer`): ids are unique,
    parents exist, and no folded name belongs to two places.
    """

    def __init__(self, places: Iterable[Place]) -> None:
        self._places = {p.id: p for p in sorted(places, key=lambda p: p.id)}
        self._by_key: dict[str, Place] = {}
        self._spelling: dict[str, str] = {}
        for place in self._places.values():
            for name in place.all_names:
                key = fold(name)
                self._by_key.setdefault(key, place)
                self._spelling.setdefault(key, name)
        self._children: dict[str, list[Place]] = {}
        for place in self._places.values():
            if place.parent is not None:
                self._children.setdefault(place.parent, []).append(place)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError if there is none."""
        return self._places[place_id]

    def resolve(self, name: str) -> Place | None:
        """The place any spelling of ``name`` in any script refers to, or None."""
        key = fold(name)
        return self._by_key.get(key) if key else None

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """The known names nearest to ``name``, closest first and one per place."""
        keys = difflib.get_close_matches(fold(name), self._by_key, n=limit * 8, cutoff=0.6)
        nearest: dict[str, str] = {}
        for key in keys:
            nearest.setdefault(self._by_key[key].id, self._spelling[key])
        return list(nearest.values())[:limit]

    def ancestors(self, place_id: str) -> list[Place]:
        """Parent, grandparent, ... up to the top (a country, usually)."""
        chain: list[Place] = []
        parent = self.get(place_id).parent
        while parent is not None and parent in self._places and len(chain) < len(self):
            chain.append(self._places[parent])
            parent = self._places[parent].parent
        return chain

    def children(self, place_id: str) -> list[Place]:
        """The places whose parent is ``place_id``, in id order."""
        self.get(place_id)
        return list(self._children.get(place_id, ()))

    def descendants(self, place_id: str) -> list[Place]:
        """Children, their children, and so on, depth first, each in id order."""
        found: list[Place] = []
        for child in self.children(place_id):
            found.append(child)
            found.extend(self.descendants(child.id))
        return found


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and check ``gazetteer.yaml``; raise ContentError with one Problem per issue."""
    from .gazetteer_file import read_places  # noqa: PLC0415 (it imports Place from here)

    return Gazetteer(read_places(path))
