"""Each place's map draws a bounded neighbourhood, however many places share its parent,
and finding it costs the same for each map however many there are."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping

from archivist.config import ArticleUrls
from archivist.pages.index_pages import HtmlPage, Site, place_pages
from archivist.pages.place_maps import AREAS, NEIGHBOURS, PlaceMaps
from archivist.places.gazetteer import Gazetteer, Place

SVG = "{http://www.w3.org/2000/svg}"


def crowded_gazetteer(towns: int) -> Gazetteer:
    """A governorate holding ``towns`` towns on a grid a few kilometres apart."""
    places = [
        Place("syria", "Syria", "country", None, 35.0, 38.0),
        Place("hasakah-governorate", "Hasakah Governorate", "governorate", "syria", 36.5, 40.7),
    ]
    places += [
        Place(
            f"t{n}",
            f"Town {n}",
            "town",
            "hasakah-governorate",
            36 + n // 50 * 0.02,
            40 + n % 50 * 0.02,
        )
        for n in range(towns)
    ]
    return Gazetteer(places)


def maps_of(gazetteer: Gazetteer) -> dict[str, ET.Element]:
    """Each place page's inline map, by the page's folder."""
    site = Site("Test", ArticleUrls("articles/"))
    return {
        o.save_as.removesuffix("index.html"): ET.fromstring(o.context["map"])
        for o in place_pages([], gazetteer, {}, site)
        if isinstance(o, HtmlPage) and o.template == "place.html" and o.context["map"]
    }


def test_a_town_among_a_thousand_siblings_draws_only_its_neighbours() -> None:
    maps = maps_of(crowded_gazetteer(1000))
    town = maps["places/t525/"]
    circles = list(town.iter(f"{SVG}circle"))
    assert len(circles) == NEIGHBOURS + 1
    assert [c.get("class") for c in circles].count("here") == 1
    names = {t.text for t in town.iter(f"{SVG}title")}
    assert {"Town 524", "Town 526", "Town 475", "Town 575"} <= names  # the nearest
    assert "Town 0" not in names and "Town 999" not in names  # not the far ones


def test_the_governorate_map_is_bounded_too() -> None:
    maps = maps_of(crowded_gazetteer(300))
    area = maps["places/hasakah-governorate/"]
    assert len(list(area.iter(f"{SVG}circle"))) == NEIGHBOURS + 1


def test_a_small_gazetteer_draws_every_sibling() -> None:
    maps = maps_of(crowded_gazetteer(5))
    assert len(list(maps["places/t2/"].iter(f"{SVG}circle"))) == 5


class CountedLookups(Mapping[str, int]):
    """Reports per place that counts how often a map asks for one."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts, self.lookups = counts, 0

    def __getitem__(self, key: str) -> int:
        self.lookups += 1
        return self.counts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


def lookups_for_every_map(towns: int) -> int:
    gazetteer = crowded_gazetteer(towns)
    counts = CountedLookups(
        {p.id: int(p.id[1:]) % 3 if p.id[1:].isdigit() else 0 for p in gazetteer}
    )
    maps = PlaceMaps(gazetteer, counts, ())
    for place in gazetteer:
        maps.place_map(place)
    return counts.lookups


def test_ten_times_the_siblings_cost_ten_times_the_work() -> None:
    # Counted, not timed: a place's map once ranked every sibling, 2,000 towns under one
    # parent took 5.4 s and 20,000 did not finish in ten minutes.
    small, large = lookups_for_every_map(300), lookups_for_every_map(3000)
    assert large <= 11 * small, (small, large)


def every_neighbour_ranked(
    place: Place, gazetteer: Gazetteer, counts: Mapping[str, int]
) -> list[str]:
    """The rule, the slow way: of everything in the place and, for a town, every sibling,
    the busiest first, then the nearest, then by id; the first :data:`NEIGHBOURS`."""
    near = gazetteer.descendants(place.id)
    if place.parent is not None and place.kind not in AREAS:
        near += gazetteer.children(place.parent)
    others = [
        p for p in dict.fromkeys(near) if p != place and p.has_coordinates and p.kind != "country"
    ]
    if place.lat is not None and place.lon is not None:
        lat, lon = place.lat, place.lon
    elif others:
        lat = sum(p.lat or 0.0 for p in others) / len(others)
        lon = sum(p.lon or 0.0 for p in others) / len(others)
    else:
        return []
    others.sort(
        key=lambda p: (
            -counts.get(p.id, 0),
            ((p.lat or 0) - lat) ** 2 + ((p.lon or 0) - lon) ** 2,
            p.id,
        )
    )
    return [p.name for p in others[:NEIGHBOURS]]


def drawn_names(svg: str | None) -> list[str]:
    """The places a map links to, as their tooltips name them (the place's own has no link)."""
    if svg is None:
        return []
    root = ET.fromstring(svg)
    titles = [a.find(f"{SVG}title") for a in root.iter(f"{SVG}a")]
    return [t.text.split(" (")[0] for t in titles if t is not None and t.text]


def test_the_neighbours_drawn_are_exactly_those_that_rank_first() -> None:
    rng = random.Random(7)
    places = [
        Place("syria", "Syria", "country", None, 35.0, 38.0),
        Place("raqqa-governorate", "Raqqa Governorate", "governorate", "syria", 35.9, 38.9),
        Place("hasakah-governorate", "Hasakah Governorate", "governorate", "syria"),
    ]
    for n in range(400):  # enough towns of one count for the k-d trees
        parent = "raqqa-governorate" if n % 4 else "hasakah-governorate"
        point = (rng.uniform(35, 37), rng.uniform(38, 41)) if n % 9 else (None, None)
        places.append(Place(f"t{n:03}", f"Town {n:03}", "town", parent, *point))
    places += [
        Place(f"v{n}", f"Village {n}", "village", f"t00{n}", 36.0 + n / 10, 39.0)
        for n in range(1, 6)
    ]
    gazetteer = Gazetteer(places)
    counts = {p.id: rng.choice([0, 0, 0, 1, 1, 2, 7]) for p in gazetteer}
    maps = PlaceMaps(gazetteer, counts, ())
    for place in gazetteer:
        expected = every_neighbour_ranked(place, gazetteer, counts)
        assert sorted(drawn_names(maps.place_map(place))) == sorted(expected), place.id
