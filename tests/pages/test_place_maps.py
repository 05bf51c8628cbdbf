"""Each place's map draws a bounded neighbourhood, however many places share its parent."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from archivist.config import ArticleUrls
from archivist.pages.index_pages import HtmlPage, Site, place_pages
from archivist.pages.place_maps import NEIGHBOURS
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
