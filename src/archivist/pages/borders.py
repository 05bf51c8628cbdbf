"""Country borders for the maps: Natural Earth's countries (npm ``world-atlas``, 1:50m),
as ``make`` converted them with ``topojson-client`` into ``node_modules/.archivist/
borders.json`` (``theme/tools/borders.js``).

Read once per build into frozen values; :func:`outline` draws the part of a country a
map's frame shows as an SVG path, dropping points closer than a pixel, so a map carries
only what can be seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import orjson

from archivist.errors import ConfigError

#: Where ``make`` writes the converted borders, inside the npm packages' folder.
BORDERS_FILE = Path(".archivist") / "borders.json"
#: Points of an outline closer than this (pixels) to the one before are left out.
MIN_STEP = 0.8

Point = Sequence[float]  # lon, lat


@dataclass(frozen=True)
class Ring:
    """One ring of a country's outline (outer or hole) and its box (west, south, east, north)."""

    box: tuple[float, float, float, float]
    points: Sequence[Point]


@dataclass(frozen=True)
class Country:
    name: str
    #: Every ring of every polygon (outer rings and holes: drawn with the even-odd rule).
    rings: tuple[Ring, ...]

    @cached_property
    def box(self) -> tuple[float, float, float, float]:
        """West, south, east and north of all its rings: worked out once, for every map."""
        boxes = [r.box for r in self.rings] or [(0.0, 0.0, 0.0, 0.0)]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def rings_in(self, west: float, south: float, east: float, north: float) -> list[Ring]:
        """The rings whose box meets the box given (degrees)."""
        if not _meet(self.box, west, south, east, north):
            return []
        return [r for r in self.rings if _meet(r.box, west, south, east, north)]


def _meet(
    box: tuple[float, float, float, float], west: float, south: float, east: float, north: float
) -> bool:
    return box[0] <= east and box[2] >= west and box[1] <= north and box[3] >= south


def load(node_modules: Path) -> tuple[Country, ...]:
    """The countries ``make`` converted into ``node_modules``; a clear error without them."""
    path = node_modules / BORDERS_FILE
    try:
        data = orjson.loads(path.read_bytes())
        return tuple(
            Country(
                str(country["name"]),
                tuple(Ring(tuple(r["box"]), r["points"]) for r in country["rings"]),
            )
            for country in data["countries"]
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(
            f"{path}: the maps' country borders are missing or unreadable ({error}); "
            "run `make html`, which installs the npm packages and converts them"
        ) from None


def outline(rings: Sequence[Sequence[tuple[float, float]]]) -> str:
    """SVG path data of ``rings``, already projected to pixels (x, y)."""
    parts = []
    for ring in rings:
        points: list[tuple[float, float]] = []
        for x, y in ring:
            if points and abs(x - points[-1][0]) + abs(y - points[-1][1]) < MIN_STEP:
                continue
            points.append((x, y))
        if len(points) >= 3:
            head, *rest = points
            parts.append(f"M{head[0]} {head[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z")
    return "".join(parts)
