"""Which places each map draws: the places index's map, and a bounded neighbourhood on
each place's page. The drawing itself is :mod:`archivist.pages.svgmap`'s."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence

from archivist.places.gazetteer import Gazetteer, Place

from . import svgmap
from .borders import Country

#: Kinds of place that are areas: their map shows what is inside them rather than their
#: neighbours, and they are drawn as areas, not as towns' dots.
AREAS = frozenset({"country", "region", "governorate", "district", "desert"})
#: The most places a place's map draws besides the place itself.
NEIGHBOURS = 24


def has_point(place: Place) -> bool:
    return place.lat is not None and place.lon is not None


def _marker(
    place: Place, counts: Mapping[str, int], url: str, highlight: bool = False
) -> svgmap.Marker:
    assert place.lat is not None and place.lon is not None
    return svgmap.Marker(
        place.lat,
        place.lon,
        place.name,
        counts.get(place.id, 0),
        highlight,
        url,
        area=place.kind in AREAS,
    )


def index_map(
    gazetteer: Gazetteer, counts: Mapping[str, int], countries: Sequence[Country]
) -> str | None:
    """``places/``: every place with a point but the countries, framed on those with reports."""
    markers = [
        _marker(p, counts, f"{p.id}/") for p in gazetteer if has_point(p) and p.kind != "country"
    ]
    return svgmap.draw_map(markers, "Map of the places the reports name", countries)


def place_map(
    place: Place, gazetteer: Gazetteer, counts: Mapping[str, int], countries: Sequence[Country]
) -> str | None:
    """The place (red), what lies in it, and for a town its neighbours; countries not drawn.

    A bounded neighbourhood: at most :data:`NEIGHBOURS` other places, those with reports
    first, then the nearest, so a gazetteer with thousands of places under one parent
    does not draw all of them on each of their maps."""
    near = [*gazetteer.descendants(place.id)]
    if place.parent is not None and place.kind not in AREAS:
        near += gazetteer.children(place.parent)
    others = [p for p in dict.fromkeys(near) if p != place and has_point(p) and p.kind != "country"]
    if has_point(place):
        assert place.lat is not None and place.lon is not None
        lat, lon = place.lat, place.lon
    elif others:  # an area without a point: centre on what lies in it
        lat = sum(p.lat or 0.0 for p in others) / len(others)
        lon = sum(p.lon or 0.0 for p in others) / len(others)
    else:
        return None

    def rank(other: Place) -> tuple[bool, int, float, str]:
        distance = ((other.lat or 0.0) - lat) ** 2 + ((other.lon or 0.0) - lon) ** 2
        return (not counts.get(other.id), -counts.get(other.id, 0), distance, other.id)

    shown = heapq.nsmallest(NEIGHBOURS, others, key=rank)
    markers = [_marker(p, counts, f"../{p.id}/") for p in shown]
    if has_point(place):
        markers.insert(0, _marker(place, counts, "", highlight=True))
    return svgmap.draw_map(markers, f"Map of {place.name}", countries)
