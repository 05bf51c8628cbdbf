"""Each place's map draws a bounded neighbourhood, however many places share its parent."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from archivist.config import ArticleUrls
from archivist.pages.index_pages import NEIGHBOURS, Site, TextFile, place_pages
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
    site = Site("Test", ArticleUrls("articles/"))
    outputs = place_pages([], gazetteer, {}, site)
    return {
        o.path: ET.fromstring(str(o.text))
        for o in outputs
        if isinstance(o, TextFile) and o.path.endswith("/map.svg") and o.path != "places/map.svg"
    }


def test_a_town_among_a_thousand_siblings_draws_only_its_neighbours() -> None:
    maps = maps_of(crowded_gazetteer(1000))
    town = maps["places/t525/map.svg"]
    circles = town.findall(f"{SVG}circle")
    assert len(circles) == NEIGHBOURS + 1
    assert [c.get("class") for c in circles].count("here") == 1
    names = {c.find(f"{SVG}title").text for c in circles}  # type: ignore[union-attr]
    assert {"Town 524", "Town 526", "Town 475", "Town 575"} <= names  # the nearest
    assert "Town 0" not in names and "Town 999" not in names  # not the far ones


def test_the_governorate_map_is_bounded_too() -> None:
    maps = maps_of(crowded_gazetteer(300))
    area = maps["places/hasakah-governorate/map.svg"]
    assert len(area.findall(f"{SVG}circle")) == NEIGHBOURS + 1


def test_a_small_gazetteer_draws_every_sibling() -> None:
    maps = maps_of(crowded_gazetteer(5))
    assert len(maps["places/t2/map.svg"].findall(f"{SVG}circle")) == 5
