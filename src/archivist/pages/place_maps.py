"""Which places each map draws: the places index's map, and a bounded neighbourhood on
each place's page. The drawing itself is :mod:`archivist.pages.svgmap`'s.

A place's map draws at most :data:`NEIGHBOURS` other places: those with the most reports
first, then the nearest. Finding them costs the same however many places share a parent:
:class:`PlaceMaps`, made once per build, keeps each parent's children by number of
reports, and a group larger than a map draws in a k-d tree (scipy's), so a town's map
asks for its nearest siblings instead of ranking every one of them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from archivist.places.gazetteer import Gazetteer, Place

from . import svgmap
from .borders import Country
from .interface import Interface, english

if TYPE_CHECKING:
    from scipy.spatial import cKDTree

#: Kinds of place that are areas: their map shows what is inside them rather than their
#: neighbours, and they are drawn as areas, not as towns' dots.
AREAS = frozenset({"country", "region", "governorate", "district", "desert"})
#: The most places a place's map draws besides the place itself.
NEIGHBOURS = 24
#: How many more places than it needs a map asks a k-d tree for, so that places as near
#: as the last one needed are ranked by :func:`_rank` like the rest (the tree works its
#: distances out a little differently).
SLACK = 8


def has_point(place: Place) -> bool:
    return place.lat is not None and place.lon is not None


def _drawn(place: Place) -> bool:
    """Whether another place's map may draw this one (countries are drawn as borders)."""
    return has_point(place) and place.kind != "country"


def _marker(
    place: Place,
    counts: Mapping[str, int],
    url: str,
    interface: Interface,
    highlight: bool = False,
) -> svgmap.Marker:
    """The place's marker, named and counted as ``interface`` writes them."""
    assert place.lat is not None and place.lon is not None
    count = counts.get(place.id, 0)
    return svgmap.Marker(
        place.lat,
        place.lon,
        interface.place_name(place),
        count,
        highlight,
        url,
        area=place.kind in AREAS,
        count=interface.number(count),
    )


@dataclass(frozen=True)
class _Group:
    """Children of one parent that maps draw, with one number of reports, in id order."""

    places: tuple[Place, ...]
    #: A k-d tree of their (lat, lon), when there are more than a map could ever need.
    tree: cKDTree | None = None

    @classmethod
    def of(cls, places: Sequence[Place]) -> _Group:
        if len(places) <= NEIGHBOURS + 1 + SLACK:
            return cls(tuple(places))
        # Imported here: only a crowded gazetteer needs it, and importing takes 0.2 s.
        from scipy.spatial import cKDTree  # noqa: PLC0415

        return cls(tuple(places), cKDTree([(p.lat or 0.0, p.lon or 0.0) for p in places]))

    def nearest(self, lat: float, lon: float, wanted: int) -> Sequence[Place]:
        """At least the ``wanted`` places nearest to (lat, lon), or all if there are fewer."""
        if self.tree is None or len(self.places) <= wanted + SLACK:
            return self.places
        _, found = self.tree.query((lat, lon), k=wanted + SLACK)
        return [self.places[i] for i in np.atleast_1d(found)]


class PlaceMaps:
    """The maps of one build in one interface: its gazetteer, each place's number of
    reports, the countries drawn under the places (named as the interface names them),
    and each parent's children grouped for :meth:`place_map`."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        counts: Mapping[str, int],
        countries: Sequence[Country],
        interface: Interface | None = None,
    ) -> None:
        self.gazetteer, self.counts = gazetteer, counts
        self.interface = interface or english()
        self.countries = _named(countries, gazetteer, self.interface)
        by_count: dict[str, dict[int, list[Place]]] = {}
        for place in gazetteer:  # in id order
            if place.parent is not None and _drawn(place):
                groups = by_count.setdefault(place.parent, {})
                groups.setdefault(counts.get(place.id, 0), []).append(place)
        #: Per parent, its drawn children by number of reports, most first.
        self._children = {
            parent: tuple(_Group.of(groups[count]) for count in sorted(groups, reverse=True))
            for parent, groups in by_count.items()
        }
        #: Per parent, the sums of its drawn children's latitudes and longitudes, and
        #: their number: the centre of a map of a place without a point.
        self._sums = {
            parent: _sums(p for group in groups for p in group.places)
            for parent, groups in self._children.items()
        }

    def index_map(self) -> str | None:
        """``places/``: every place with a point but the countries, framed on those with
        reports."""
        drawn = (p for p in self.gazetteer if _drawn(p))
        markers = [_marker(p, self.counts, f"{p.id}/", self.interface) for p in drawn]
        title = self.interface.gettext("Map of the places the reports name")
        return svgmap.draw_map(markers, title, self.countries)

    def place_map(self, place: Place) -> str | None:
        """The place (red), what lies in it, and for a town its neighbours; countries not
        drawn. At most :data:`NEIGHBOURS` other places: those with reports first, the
        busiest first, then the nearest."""
        inside = [p for p in self.gazetteer.descendants(place.id) if _drawn(p)]
        siblings = place.parent is not None and place.kind not in AREAS
        parent = place.parent if siblings else None
        centre = self._centre(place, inside, parent)
        if centre is None:
            return None
        candidates = dict.fromkeys([*inside, *self._nearest_siblings(parent, *centre)])
        candidates.pop(place, None)

        def rank(other: Place) -> tuple[int, float, str]:
            return _rank(other, self.counts, *centre)

        shown = heapq.nsmallest(NEIGHBOURS, candidates, key=rank)
        markers = [_marker(p, self.counts, f"../{p.id}/", self.interface) for p in shown]
        if has_point(place):
            markers.insert(0, _marker(place, self.counts, "", self.interface, highlight=True))
        name = self.interface.place_name(place)
        title = self.interface.gettext("Map of %(place)s", place=name)
        return svgmap.draw_map(markers, title, self.countries)

    def _centre(
        self, place: Place, inside: Sequence[Place], parent: str | None
    ) -> tuple[float, float] | None:
        """The place's point; for a place without one, the middle of what its map draws."""
        if place.lat is not None and place.lon is not None:
            return place.lat, place.lon
        lat, lon, number = _sums(inside)
        if parent is not None and parent in self._sums:
            # a place without a point is not among its parent's drawn children
            more_lat, more_lon, more = self._sums[parent]
            lat, lon, number = lat + more_lat, lon + more_lon, number + more
        return (lat / number, lon / number) if number else None

    def _nearest_siblings(self, parent: str | None, lat: float, lon: float) -> list[Place]:
        """Enough of ``parent``'s drawn children to hold the :data:`NEIGHBOURS` (and one
        more: the place itself may be among them) that rank first from (lat, lon)."""
        found: list[Place] = []
        for group in self._children.get(parent, ()) if parent is not None else ():
            found += group.nearest(lat, lon, NEIGHBOURS + 1 - len(found))
            if len(found) > NEIGHBOURS:  # every group after this one ranks below these
                break
        return found


def _named(
    countries: Sequence[Country], gazetteer: Gazetteer, interface: Interface
) -> tuple[Country, ...]:
    """The countries (Natural Earth names them in English), each named in the interface's
    language as the gazetteer names it, else as CLDR does, else as Natural Earth does."""
    named = []
    for country in countries:
        place = gazetteer.resolve(country.name)
        if place is not None and place.kind == "country":
            name = interface.place_name(place)
        else:
            name = interface.country_name(country.name)
        named.append(country if name == country.name else replace(country, name=name))
    return tuple(named)


def _rank(
    other: Place, counts: Mapping[str, int], lat: float, lon: float
) -> tuple[int, float, str]:
    """Most reports first, then the nearest to (lat, lon), then by id."""
    distance = ((other.lat or 0.0) - lat) ** 2 + ((other.lon or 0.0) - lon) ** 2
    return (-counts.get(other.id, 0), distance, other.id)


def _sums(places: Iterable[Place]) -> tuple[float, float, int]:
    lat = lon = 0.0
    number = 0
    for place in places:
        lat += place.lat or 0.0
        lon += place.lon or 0.0
        number += 1
    return lat, lon, number


def index_map(
    gazetteer: Gazetteer, counts: Mapping[str, int], countries: Sequence[Country]
) -> str | None:
    """``places/``'s map, for a caller with no :class:`PlaceMaps` to hand."""
    return PlaceMaps(gazetteer, counts, countries).index_map()


def place_map(
    place: Place, gazetteer: Gazetteer, counts: Mapping[str, int], countries: Sequence[Country]
) -> str | None:
    """One place's map, for a caller with no :class:`PlaceMaps` to hand: it groups the
    whole gazetteer, so a build makes one :class:`PlaceMaps` for all its maps."""
    return PlaceMaps(gazetteer, counts, countries).place_map(place)
