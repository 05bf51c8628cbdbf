// The country borders the maps draw: Natural Earth's countries at 1:50m (npm world-atlas,
// pinned) turned from TopoJSON into plain polygons by topojson-client. `make` runs it once
// after installing the npm packages; the build reads its output (see archivist.pages.borders).
"use strict";
const { feature } = require("topojson-client");
const topology = require("world-atlas/countries-50m.json");
const version = require("world-atlas/package.json").version;

// Each ring with its bounding box [west, south, east, north], so a map finds its rings
// without reading every point.
const ring = (points) => {
  const rounded = points.map(([lon, lat]) => [+lon.toFixed(3), +lat.toFixed(3)]);
  const lons = rounded.map((p) => p[0]);
  const lats = rounded.map((p) => p[1]);
  const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  return { box, points: rounded };
};
const countries = feature(topology, topology.objects.countries)
  .features.filter((country) => country.geometry)
  .map((country) => ({
    name: country.properties.name,
    rings: (country.geometry.type === "Polygon"
      ? [country.geometry.coordinates]
      : country.geometry.coordinates
    ).flatMap((polygon) => polygon.map(ring)),
  }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

process.stdout.write(
  JSON.stringify({ source: `world-atlas ${version}, countries-50m (Natural Earth)`, countries }),
);
