"""Static SVG maps drawn from the gazetteer's coordinates: no tiles, no network, no script.

An equirectangular projection (longitudes shrunk by the cosine of the middle
latitude, so shapes look right at these latitudes), a graticule every degree or
two with labels, and one circle per place: bigger for more articles, red for
the place the page is about. Output is deterministic text (fixed rounding,
input order), written to a ``.svg`` file the page shows with ``<img>``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

WIDTH = 640
HEIGHT = 440
MARGIN = 28
#: The smallest span of a map in degrees, so one town alone is not drawn at street scale.
MIN_SPAN = 1.5
#: Extra width on the east, as a share of the half-width, for labels.
LABEL_ROOM = 0.25
#: Approximate width of a letter of a label, in pixels, to keep labels apart.
LETTER = 7.0


@dataclass(frozen=True)
class Marker:
    lat: float
    lon: float
    label: str
    #: Number of articles; 0 draws a small grey dot.
    weight: int = 0
    highlight: bool = False


@dataclass(frozen=True)
class _Frame:
    """Map extent and the scale from degrees to pixels."""

    south: float
    west: float
    north: float
    east: float

    @property
    def scale(self) -> float:
        squeeze = math.cos(math.radians((self.north + self.south) / 2))
        across = (self.east - self.west) * squeeze
        return min((WIDTH - 2 * MARGIN) / across, (HEIGHT - 2 * MARGIN) / (self.north - self.south))

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        squeeze = math.cos(math.radians((self.north + self.south) / 2))
        x = MARGIN + (lon - self.west) * squeeze * self.scale
        y = MARGIN + (self.north - lat) * self.scale
        return round(x, 1), round(y, 1)


def _frame(markers: Sequence[Marker]) -> _Frame:
    lats = [m.lat for m in markers]
    lons = [m.lon for m in markers]
    mid_lat, mid_lon = (max(lats) + min(lats)) / 2, (max(lons) + min(lons)) / 2
    half_lat = max((max(lats) - min(lats)) * 0.55, MIN_SPAN / 2)
    half_lon = max((max(lons) - min(lons)) * 0.55, MIN_SPAN / 2)
    # room on the east for the labels, which are written to the right of their circles
    east = mid_lon + half_lon + LABEL_ROOM * half_lon
    return _Frame(mid_lat - half_lat, mid_lon - half_lon, mid_lat + half_lat, east)


def _graticule(frame: _Frame) -> list[str]:
    step = 1 if max(frame.north - frame.south, frame.east - frame.west) <= 6 else 2
    lines = []
    for lat in range(math.ceil(frame.south), math.floor(frame.north) + 1):
        if lat % step == 0:
            _, y = frame.xy(lat, frame.west)
            lines.append(f'<line class="grid" x1="0" y1="{y}" x2="{WIDTH}" y2="{y}"/>')
            lines.append(f'<text class="grid" x="4" y="{y - 3}">{lat}°N</text>')
    for lon in range(math.ceil(frame.west), math.floor(frame.east) + 1):
        if lon % step == 0:
            x, _ = frame.xy(frame.north, lon)
            lines.append(f'<line class="grid" x1="{x}" y1="0" x2="{x}" y2="{HEIGHT}"/>')
            lines.append(f'<text class="grid" x="{x + 3}" y="{HEIGHT - 4}">{lon}°E</text>')
    return lines


def _radius(marker: Marker) -> float:
    if marker.highlight or marker.weight:
        return round(4 + 2.5 * math.sqrt(marker.weight), 1)
    return 2.5


def _circle(frame: _Frame, marker: Marker) -> str:
    x, y = frame.xy(marker.lat, marker.lon)
    kind = "here" if marker.highlight else ("place" if marker.weight else "other")
    title = escape(marker.label)
    circle = f'<circle class="{kind}" cx="{x}" cy="{y}" r="{_radius(marker)}">'
    return f"{circle}<title>{title}</title></circle>"


Box = tuple[float, float, float, float]


def _overlaps(box: Box, boxes: Sequence[Box]) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def _labels(frame: _Frame, markers: Sequence[Marker]) -> list[str]:
    """Labels of the places with articles, the page's own place first, then the busiest;
    a label that would overlap one already placed moves to the left of its circle, or
    is left out (its circle keeps a tooltip)."""
    named = [m for m in markers if m.highlight or m.weight]
    named.sort(key=lambda m: (not m.highlight, -m.weight, m.label))
    placed: list[Box] = []
    parts = []
    for marker in named:
        x, y = frame.xy(marker.lat, marker.lon)
        gap, width = _radius(marker) + 3, LETTER * len(marker.label)
        for x0, anchor in ((x + gap, "start"), (x - gap - width, "end")):
            box = (x0, y - 9, x0 + width, y + 5)
            if not _overlaps(box, placed):
                placed.append(box)
                text_x = round(x0 if anchor == "start" else x0 + width, 1)
                parts.append(
                    f'<text class="label" x="{text_x}" y="{y + 4}" text-anchor="{anchor}">'
                    f"{escape(marker.label)}</text>"
                )
                break
    return parts


STYLE = (
    ".sea{fill:#f4f1ea}.grid{stroke:#d8d2c4;stroke-width:.6;fill:#8a8270;font:10px sans-serif}"
    ".other{fill:#b9b09c}.place{fill:#1f5f8b;fill-opacity:.75;stroke:#fff}"
    ".here{fill:#b3261e;stroke:#fff;stroke-width:1.5}"
    ".label{font:12px 'Noto Sans','Noto Naskh Arabic',sans-serif;fill:#222;"
    "paint-order:stroke;stroke:#f4f1ea;stroke-width:3px}"
)


def draw_map(markers: Sequence[Marker], title: str) -> str | None:
    """The SVG document of a map of ``markers``; None when there is nothing to draw."""
    if not markers:
        return None
    frame = _frame(markers)
    ordered = sorted(markers, key=lambda m: (m.highlight, m.weight > 0))  # highlighted on top
    body = [
        f'<rect class="sea" width="{WIDTH}" height="{HEIGHT}"/>',
        *_graticule(frame),
        *(_circle(frame, marker) for marker in ordered),
        *_labels(frame, markers),
    ]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label={quoteattr(title)}>\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n" + "\n".join(body) + "\n</svg>\n"
    )
