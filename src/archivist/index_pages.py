"""Every page and file of the indices, as values: which template, which context, which path.

Pure: the Pelican plugin ``plugins/archive_indices`` renders the pages with the
theme and writes the files; nothing here knows Pelican. Output paths are listed
in :mod:`archivist.indices` and in the README.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import feeds, languages, svgmap, timeline
from .gazetteer import Gazetteer, Place
from .indices import (
    Entry,
    PlaceEntry,
    date_entries,
    language_entries,
    name_sort_key,
    place_entries,
    source_entries,
    tag_entries,
)
from .model import Article
from .paging import paginate

#: Kinds of place whose map shows what is inside them rather than their neighbours.
AREAS = frozenset({"country", "region", "governorate", "district", "desert"})


@dataclass(frozen=True)
class HtmlPage:
    save_as: str
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TextFile:
    path: str
    text: str


Output = HtmlPage | TextFile


def _listing(
    entry_url: str, rows: Sequence[tuple[Article, tuple[Place, ...]]], template: str, **context: Any
) -> Iterator[HtmlPage]:
    for page in paginate(rows, entry_url):
        yield HtmlPage(page.save_as, template, {**context, "page": page})


def _rows(articles: Sequence[Article]) -> list[tuple[Article, tuple[Place, ...]]]:
    return [(article, ()) for article in articles]


def _feed_path(kind: str, key: str) -> str:
    return f"feeds/{kind}/{key}.atom.xml"


def key_pages(kind: str, title: str, entries: Sequence[Entry], site_url: str) -> Iterator[Output]:
    """An index page of ``entries`` (tags, sources or languages) and a listing per entry."""
    yield HtmlPage(f"{kind}/index.html", "keys.html", {"title": title, "entries": entries})
    for entry in entries:
        feed = _feed_path(kind, entry.key) if kind == "tags" else None
        yield from _listing(entry.url, _rows(entry.articles), "listing.html", entry=entry,
                            title=entry.name, feed=feed)  # fmt: skip
        if feed:
            name = f"Reports tagged “{entry.name}”"
            yield TextFile(feed, feeds.atom_feed(name, feed, entry.url, entry.articles, site_url))


def _place_markers(
    entry: PlaceEntry, gazetteer: Gazetteer, counts: Mapping[str, int]
) -> list[svgmap.Marker]:
    place = entry.place
    near = [place, *gazetteer.descendants(place.id)]
    if place.parent is not None and place.kind not in AREAS:
        near += gazetteer.children(place.parent)  # a town: show its neighbours
    return [
        svgmap.Marker(p.lat, p.lon, p.name, counts.get(p.id, 0), p.id == place.id)
        for p in dict.fromkeys(near)
        if p.lat is not None and p.lon is not None and (p.kind != "country" or p == place)
    ]


def _other_names(place: Place) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(language name, code, direction, spellings) for each language of the place's names."""
    return [
        (languages.name(code), code, languages.direction(code), spellings)
        for code, spellings in place.names.items()
        if spellings
    ]


def place_pages(
    articles: Sequence[Article], gazetteer: Gazetteer, site_url: str
) -> Iterator[Output]:
    entries = place_entries(articles, gazetteer)
    counts = {e.place.id: e.count for e in entries}
    by_id = {e.place.id: e for e in entries}
    everywhere = [
        svgmap.Marker(p.lat, p.lon, p.name, counts[p.id])
        for p in gazetteer
        if p.lat is not None and p.lon is not None and p.kind != "country"
    ]
    index_map = svgmap.draw_map(everywhere, "Map of the places the reports name")
    if index_map:
        yield TextFile("places/map.svg", index_map)

    def in_name_order(places: Sequence[Place]) -> list[PlaceEntry]:
        return [by_id[p.id] for p in sorted(places, key=lambda p: name_sort_key(p.name))]

    tree = {e.place.id: in_name_order(gazetteer.children(e.place.id)) for e in entries}
    tops = in_name_order([e.place for e in entries if e.place.parent is None])
    yield HtmlPage("places/index.html", "places.html",
                   {"tops": tops, "tree": tree, "has_map": bool(index_map)})  # fmt: skip
    for entry in entries:
        place = entry.place
        drawn = svgmap.draw_map(_place_markers(entry, gazetteer, counts), f"Map of {place.name}")
        if drawn:
            yield TextFile(f"{entry.url}map.svg", drawn)
        feed = _feed_path("places", place.id)
        yield from _listing(entry.url, entry.listing, "place.html", entry=entry,
                            title=place.name, feed=feed, has_map=bool(drawn),
                            ancestors=gazetteer.ancestors(place.id),
                            children=sorted(gazetteer.children(place.id),
                                            key=lambda p: name_sort_key(p.name)),
                            counts=counts, other_names=_other_names(place))  # fmt: skip
        in_place = [article for article, _ in entry.listing]
        title = f"Reports on {place.name}"
        yield TextFile(feed, feeds.atom_feed(title, feed, entry.url, in_place, site_url))


def date_pages(articles: Sequence[Article]) -> Iterator[Output]:
    years, undated = date_entries(articles)
    drawn = timeline.draw_timeline(articles, "Reports per month")
    if drawn:
        yield TextFile("dates/timeline.svg", drawn)
    yield HtmlPage("dates/index.html", "dates.html",
                   {"years": years, "undated": undated, "has_timeline": bool(drawn),
                    "title": "Reports by date"})  # fmt: skip
    for year in years:
        yield from _listing(year.entry.url, _rows(year.entry.articles), "listing.html",
                            entry=year.entry, title=year.entry.name, year=year)  # fmt: skip
        for month in year.months:
            yield from _listing(month.url, _rows(month.articles), "listing.html",
                                entry=month, title=month.name)  # fmt: skip
    yield from _listing(undated.url, _rows(undated.articles), "listing.html",
                        entry=undated, title=undated.name)  # fmt: skip


def index_outputs(
    articles: Sequence[Article], gazetteer: Gazetteer, site_name: str, site_url: str = ""
) -> list[Output]:
    """Every index page, map, timeline and feed, for articles in archive order."""
    outputs: list[Output] = [
        TextFile(
            "feeds/all.atom.xml",
            feeds.atom_feed(site_name, "feeds/all.atom.xml", "", articles, site_url),
        )
    ]
    outputs += place_pages(articles, gazetteer, site_url)
    outputs += key_pages("tags", "Tags", tag_entries(articles), site_url)
    outputs += key_pages("sources", "Sources", source_entries(articles), site_url)
    outputs += key_pages("languages", "Languages", language_entries(articles), site_url)
    outputs += date_pages(articles)
    return outputs
