"""Maps drawn from the gazetteer's coordinates and Natural Earth's borders, as SVG put
inline in the page: no tiles, no network, no script, so they work from ``file://``.

An equirectangular projection (longitudes shrunk by the cosine of the middle latitude,
so shapes look right at these latitudes), framed on the places with reports; the
countries' borders and names under the places; one link per place to its page, a
circle sized by its reports (red for the page's own place, grey for none), a dashed
ring for a region, governorate or desert, which is an area and not a point. Labels
never overlap: each tries four sides of its place and is left out when all are taken
(its link keeps the name as a tooltip). Styled by the site's stylesheet (classes only:
the pages' policy allows no inline style). Output is deterministic text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from xml.sax.saxutils import escape, quoteattr

from .borders import Country, outline

WIDTH = 640
HEIGHT = 440
MARGIN = 28
#: The smallest span of a map in degrees, so one town alone is not drawn at street scale.
MIN_SPAN = 1.5
#: Approximate width of a letter of a label, in pixels, to keep labels apart.
LETTER = 7.0
#: The radius of the ring that marks an area (a region, a governorate).
AREA_RADIUS = 14.0

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Marker:
    lat: float
    lon: float
    label: str
    #: Number of articles; 0 draws a small grey dot.
    weight: int = 0
    highlight: bool = False
    #: The place's page, relative to the page the map is on ("" for no link).
    url: str = ""
    #: An area (region, governorate, desert): a dashed ring, not a town's dot.
    area: bool = False
    #: ``weight`` as the page writes numbers ("٣" in Arabic); "" for Latin digits.
    count: str = ""


@dataclass(frozen=True)
class _Frame:
    """Map extent and the scale from degrees to pixels."""

    south: float
    west: float
    north: float
    east: float

    @cached_property
    def squeeze(self) -> float:
        return math.cos(math.radians((self.north + self.south) / 2))

    @cached_property
    def scale(self) -> float:
        across = (self.east - self.west) * self.squeeze
        return min((WIDTH - 2 * MARGIN) / across, (HEIGHT - 2 * MARGIN) / (self.north - self.south))

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        x = WIDTH / 2 + (lon - (self.west + self.east) / 2) * self.squeeze * self.scale
        y = HEIGHT / 2 + ((self.north + self.south) / 2 - lat) * self.scale
        return round(x, 1), round(y, 1)

    def project(self, points: Iterable[Sequence[float]]) -> list[tuple[float, float]]:
        """``xy`` of each (lon, lat) of ``points``, the frame's figures worked out once."""
        mid_lon, mid_lat = (self.west + self.east) / 2, (self.north + self.south) / 2
        squeeze, scale = self.squeeze, self.scale
        return [
            (
                round(WIDTH / 2 + (lon - mid_lon) * squeeze * scale, 1),
                round(HEIGHT / 2 + (mid_lat - lat) * scale, 1),
            )
            for lon, lat in points
        ]

    def shows(self, lat: float, lon: float) -> bool:
        return _inside(self.xy(lat, lon))

    def degrees(self) -> tuple[float, float, float, float]:
        """West, south, east, north of everything the picture shows (wider than the frame)."""
        half_x = WIDTH / 2 / (self.squeeze * self.scale)
        half_y = HEIGHT / 2 / self.scale
        mid_lon, mid_lat = (self.west + self.east) / 2, (self.north + self.south) / 2
        return mid_lon - half_x, mid_lat - half_y, mid_lon + half_x, mid_lat + half_y


def _inside(point: tuple[float, float]) -> bool:
    return 0 <= point[0] <= WIDTH and 0 <= point[1] <= HEIGHT


def _frame(markers: Sequence[Marker]) -> _Frame:
    lats = [m.lat for m in markers]
    lons = [m.lon for m in markers]
    mid_lat, mid_lon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
    half_lat = max((max(lats) - min(lats)) * 0.55, MIN_SPAN / 2)
    half_lon = max((max(lons) - min(lons)) * 0.6, MIN_SPAN / 2)
    return _Frame(mid_lat - half_lat, mid_lon - half_lon, mid_lat + half_lat, mid_lon + half_lon)


def _graticule(frame: _Frame) -> list[str]:
    step = 1 if max(frame.north - frame.south, frame.east - frame.west) <= 6 else 2
    west, south, east, north = frame.degrees()
    lines = []
    for lat in range(math.ceil(south), math.floor(north) + 1):
        if lat % step == 0:
            _, y = frame.xy(lat, west)
            lines.append(f'<line class="grid" x1="0" y1="{y}" x2="{WIDTH}" y2="{y}"/>')
    for lon in range(math.ceil(west), math.floor(east) + 1):
        if lon % step == 0:
            x, _ = frame.xy(north, lon)
            lines.append(f'<line class="grid" x1="{x}" y1="0" x2="{x}" y2="{HEIGHT}"/>')
    return lines


def _countries(
    frame: _Frame, countries: Sequence[Country]
) -> tuple[list[str], list[str], list[Box]]:
    """The countries' shapes, and the names of those the map shows enough of, with their boxes."""
    shapes: list[str] = []
    names: list[str] = []
    boxes: list[Box] = []
    extent = frame.degrees()
    for country in countries:
        rings = [frame.project(ring.points) for ring in country.rings_in(*extent)]
        path = outline(rings) if rings else ""
        if not path:
            continue
        shapes.append(f'<path class="land" fill-rule="evenodd" d="{path}"/>')
        seen = [(x, y) for ring in rings for x, y in ring if 0 <= x <= WIDTH and 0 <= y <= HEIGHT]
        if len(seen) < 12:
            continue
        x = round(min(max(sum(p[0] for p in seen) / len(seen), 60.0), WIDTH - 60.0), 1)
        y = round(min(max(sum(p[1] for p in seen) / len(seen), 20.0), HEIGHT - 20.0), 1)
        width = 8.5 * len(country.name)
        box = (x - width / 2, y - 11, x + width / 2, y + 3)
        if _overlaps(box, boxes):  # two countries' names in one place: the first keeps it
            continue
        names.append(
            f'<text class="country" x="{x}" y="{y}" text-anchor="middle">'
            f"{escape(country.name)}</text>"
        )
        boxes.append(box)
    return shapes, names, boxes


def _radius(marker: Marker) -> float:
    if marker.area:
        return AREA_RADIUS
    if marker.highlight or marker.weight:
        return round(4 + 2.5 * math.sqrt(marker.weight), 1)
    return 2.5


def _kind(marker: Marker) -> str:
    if marker.highlight:
        return "here"
    if marker.area:
        return "area"
    return "place" if marker.weight else "other"


def _point(frame: _Frame, marker: Marker) -> str:
    x, y = frame.xy(marker.lat, marker.lon)
    reports = f" ({marker.count or marker.weight})" if marker.weight else ""
    title = f"<title>{escape(marker.label + reports)}</title>"
    circle = f'<circle class="{_kind(marker)}" cx="{x}" cy="{y}" r="{_radius(marker)}"/>'
    if not marker.url:
        return f"<g>{title}{circle}</g>"
    return f"<a href={quoteattr(marker.url)}>{title}{circle}</a>"


def _overlaps(box: Box, boxes: Sequence[Box]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def _labels(frame: _Frame, markers: Sequence[Marker], taken: Sequence[Box]) -> list[str]:
    """Labels of the places with articles and of areas, the page's own place first, then
    the busiest; each on the first of four sides of its place where it overlaps no label,
    country name or other place, else left out (its link keeps a tooltip)."""
    named = [m for m in markers if m.highlight or m.weight or m.area]
    named.sort(key=lambda m: (not m.highlight, -m.weight, m.area, m.label))
    placed: list[Box] = list(taken)
    dots = [_dot_of(frame, marker) for marker in markers]
    parts = []
    for marker in named:
        x, y = frame.xy(marker.lat, marker.lon)
        own = _dot_of(frame, marker)
        gap, width = (3.0 if marker.area else _radius(marker) + 3), LETTER * len(marker.label)
        sides = (
            (x + gap, y + 4, "start"),
            (x - gap - width, y + 4, "end"),
            (x - width / 2, y - gap - 3, "middle"),
            (x - width / 2, y + gap + 11, "middle"),
        )
        for x0, base, anchor in sides:
            box = (x0, base - 11, x0 + width, base + 3)
            inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= HEIGHT
            if inside and not _overlaps(box, [*placed, *(d for d in dots if d != own)]):
                placed.append(box)
                text_x = {"start": x0, "end": x0 + width, "middle": x0 + width / 2}[anchor]
                kind = "label area-label" if marker.area else "label"
                parts.append(
                    f'<text class="{kind}" x="{round(text_x, 1)}" y="{round(base, 1)}" '
                    f'text-anchor="{anchor}">{escape(marker.label)}</text>'
                )
                break
    return parts


def _dot_of(frame: _Frame, marker: Marker) -> Box:
    x, y = frame.xy(marker.lat, marker.lon)
    r = 2.0 if marker.area else _radius(marker)
    return (x - r, y - r, x + r, y + r)


def draw_map(
    markers: Sequence[Marker], title: str, countries: Sequence[Country] = ()
) -> str | None:
    """The inline SVG of a map of ``markers``, framed on those with reports (or the page's
    own place); None when there is nothing to draw."""
    if not markers:
        return None
    framing = [m for m in markers if m.highlight or m.weight] or list(markers)
    frame = _frame(framing)
    # an area no report names is not drawn: rings of empty governorates hide the towns
    shown = [
        m for m in markers if frame.shows(m.lat, m.lon) and (m.weight or m.highlight or not m.area)
    ]
    # areas under towns, then places without reports, then with, the page's own on top
    ordered = sorted(shown, key=lambda m: (not m.area, m.highlight, m.weight > 0))
    shapes, names, boxes = _countries(frame, countries)
    body = [
        f'<rect class="sea" width="{WIDTH}" height="{HEIGHT}"/>',
        *(shapes or _graticule(frame)),
        *names,
        *(_point(frame, marker) for marker in ordered),
        *_labels(frame, shown, boxes),
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" aria-label={quoteattr(title)}>\n'
        f"<title>{escape(title)}</title>\n" + "\n".join(body) + "\n</svg>\n"
    )
