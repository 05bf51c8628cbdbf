"""Static maps and the timeline are well-formed SVG, drawn only from the data given."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from archivist.content.articles import load_archive
from archivist.pages.svgmap import Marker, draw_map
from archivist.pages.timeline import draw_timeline, month_counts
from conftest import FIXTURE_SITE

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str | None) -> ET.Element:
    assert svg is not None
    return ET.fromstring(svg)


def test_a_map_draws_one_circle_per_place_and_labels_the_named_ones() -> None:
    svg = draw_map(
        [
            Marker(36.50, 40.75, "Hesekê", weight=2, highlight=True),
            Marker(37.05, 41.23, "Qamişlo", weight=1),
            Marker(36.85, 40.07, "Serêkaniyê <&>"),
        ],
        "Map of Hesekê",
    )
    root = parse(svg)
    circles = root.findall(f"{SVG}circle")
    assert [c.get("class") for c in circles] == ["other", "place", "here"]  # highlight on top
    labels = [t.text for t in root.findall(f"{SVG}text") if t.get("class") == "label"]
    assert labels == ["Hesekê", "Qamişlo"]  # the page's own place first
    assert circles[0].find(f"{SVG}title").text == "Serêkaniyê <&>"  # type: ignore[union-attr]
    assert root.get("aria-label") == "Map of Hesekê"


def test_labels_that_would_overlap_move_left_or_are_left_out() -> None:
    crowd = [Marker(36.5, 40.7, name, weight=1) for name in ("Aaa", "Bbb", "Ccc")]
    root = parse(draw_map([*crowd, Marker(35.0, 39.0, "Far", weight=1)], "m"))
    labels = [t for t in root.findall(f"{SVG}text") if t.get("class") == "label"]
    assert [(t.text, t.get("text-anchor")) for t in labels] == [
        ("Aaa", "start"),
        ("Bbb", "end"),
        ("Far", "start"),
    ]
    assert len(root.findall(f"{SVG}circle")) == 4  # every place keeps its circle


def test_places_keep_their_relative_positions() -> None:
    root = parse(
        draw_map([Marker(36.0, 40.0, "south-west"), Marker(37.0, 41.0, "north-east")], "m")
    )
    south_west, north_east = root.findall(f"{SVG}circle")
    assert float(south_west.get("cx", 0)) < float(north_east.get("cx", 0))
    assert float(south_west.get("cy", 0)) > float(north_east.get("cy", 0))  # y grows downwards


def test_a_single_place_is_drawn_at_a_sensible_scale_and_nothing_is_no_map() -> None:
    root = parse(draw_map([Marker(36.5, 40.7, "alone", 1, True)], "m"))
    assert len(root.findall(f"{SVG}line")) >= 2  # at least one graticule line each way
    assert draw_map([], "empty") is None


def test_the_timeline_counts_months_and_years_apart_from_undated() -> None:
    articles = load_archive(FIXTURE_SITE).articles
    months, years = month_counts(articles)
    assert dict(months) == {(2022, 12): 1, (2022, 1): 1}
    assert dict(years) == {2019: 1}
    root = parse(draw_timeline(articles, "Reports per month"))
    bars = [r for r in root.findall(f"{SVG}rect")]
    assert sorted(b.find(f"{SVG}title").text for b in bars) == [  # type: ignore[union-attr]
        "2019, month unknown: 1",
        "December 2022: 1",
        "January 2022: 1",
    ]
    years_drawn = [t.text for t in root.findall(f"{SVG}text")]
    assert years_drawn == ["2019", "2020", "2021", "2022"]
    assert draw_timeline([a for a in articles if a.date is None], "none") is None
