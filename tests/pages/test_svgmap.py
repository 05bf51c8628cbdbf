"""Static maps and the timeline are well-formed SVG, drawn only from the data given."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from archivist.content.articles import load_archive
from archivist.pages.borders import Country, Ring
from archivist.pages.svgmap import LETTER, Marker, draw_map
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
    circles = list(root.iter(f"{SVG}circle"))
    assert [c.get("class") for c in circles] == ["other", "place", "here"]  # highlight on top
    labels = [t.text for t in root.findall(f"{SVG}text") if t.get("class") == "label"]
    assert labels == ["Hesekê", "Qamişlo"]  # the page's own place first
    titles = [t.text for t in root.iter(f"{SVG}title")][1:]  # after the map's own
    assert titles == ["Serêkaniyê <&>", "Qamişlo (1)", "Hesekê (2)"]
    assert root.get("aria-label") == "Map of Hesekê"


def test_labels_that_would_overlap_move_left_or_are_left_out() -> None:
    crowd = [Marker(36.5, 40.7, name, weight=1) for name in ("Aaa", "Bbb", "Ccc")]
    root = parse(draw_map([*crowd, Marker(35.0, 39.0, "Far", weight=1)], "m"))
    labels = [t for t in root.findall(f"{SVG}text") if t.get("class") == "label"]
    assert [(t.text, t.get("text-anchor")) for t in labels] == [
        ("Aaa", "start"),
        ("Bbb", "end"),
        ("Ccc", "middle"),  # above its place: the sides are taken
        ("Far", "start"),
    ]
    assert len(list(root.iter(f"{SVG}circle"))) == 4  # every place keeps its circle


def test_places_keep_their_relative_positions() -> None:
    root = parse(
        draw_map([Marker(36.0, 40.0, "south-west"), Marker(37.0, 41.0, "north-east")], "m")
    )
    south_west, north_east = list(root.iter(f"{SVG}circle"))
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
    root = parse(draw_timeline(articles))
    links = {a.get("href"): a.find(f"{SVG}title").text for a in root.iter(f"{SVG}a")}  # type: ignore[union-attr]
    assert links == {
        "2019/": "2019, month unknown: 1",  # a marker of its own, not a 12-month block
        "2022/": "2022",
        "2022/01/": "January 2022: 1",  # every bar a link to its month
        "2022/12/": "December 2022: 1",
    }
    (only,) = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "year-only"]
    assert float(only.get("width", 0)) < 12
    years_drawn = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "year"]
    assert years_drawn == ["2019", "2020", "2021", "2022"]
    counts = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "count"]
    assert counts == ["0", "1"]  # the axis is counted
    assert draw_timeline([a for a in articles if a.date is None]) is None


def label_boxes(root: ET.Element) -> list[tuple[float, float, float, float]]:
    boxes = []
    for text in root.iter(f"{SVG}text"):
        if "label" not in (text.get("class") or ""):
            continue
        x, y, width = (
            float(text.get("x", 0)),
            float(text.get("y", 0)),
            LETTER * len(text.text or ""),
        )
        left = {"start": x, "end": x - width, "middle": x - width / 2}[text.get("text-anchor", "")]
        boxes.append((left, y - 11, left + width, y + 3))
    return boxes


def test_labels_never_overlap_in_a_crowd() -> None:
    crowd = [
        Marker(36.5 + (n % 5) * 0.03, 40.7 + (n // 5) * 0.05, f"Town {n}", weight=1 + n % 3)
        for n in range(25)
    ]
    boxes = label_boxes(parse(draw_map(crowd, "crowd")))
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_each_place_is_a_link_to_its_page_named_on_hover() -> None:
    root = parse(draw_map([Marker(36.5, 40.7, "Hesekê", 2, url="../hasakah/")], "m"))
    (link,) = root.iter(f"{SVG}a")
    assert link.get("href") == "../hasakah/"
    assert link.find(f"{SVG}title").text == "Hesekê (2)"  # type: ignore[union-attr]


def test_an_area_is_a_ring_not_a_town_dot() -> None:
    markers = [Marker(36.0, 40.0, "Town", 1), Marker(36.5, 40.5, "Governorate", 2, area=True)]
    circles = {c.get("class"): c for c in parse(draw_map(markers, "m")).iter(f"{SVG}circle")}
    assert set(circles) == {"place", "area"}
    assert float(circles["area"].get("r", 0)) > float(circles["place"].get("r", 0))


def test_countries_are_drawn_and_named_under_the_places() -> None:
    square = ((39.0, 35.0), (42.0, 35.0), (42.0, 38.0), (39.0, 38.0), (39.0, 35.0))
    dense = tuple((40.0 + i * 0.05, 36.3 + (i % 2) * 0.4) for i in range(16))  # in the frame
    syria = Country("Syria", (Ring((39.0, 35.0, 42.0, 38.0), square + dense),))
    far = Country("Far away", (Ring((100.0, 0.0, 101.0, 1.0), ((100.0, 0.0), (101.0, 1.0))),))
    root = parse(draw_map([Marker(36.5, 40.7, "Hesekê", 1)], "m", [syria, far]))
    paths = list(root.iter(f"{SVG}path"))
    assert len(paths) == 1 and paths[0].get("class") == "land"
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "country"] == ["Syria"]
    assert not list(root.iter(f"{SVG}line"))  # borders instead of a bare graticule
