"""Every page and file of the indices, as values: which template, which context, which path.

Pure: the Pelican plugin ``plugins/archive_indices`` renders the pages with the
theme and writes the files; nothing here knows Pelican. Output paths are listed
in :mod:`archivist.pages.indices` and in the README.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from archivist.config import ArticleUrls
from archivist.content.model import Article
from archivist.places.gazetteer import DISPLAY_LANGUAGE, Gazetteer, Place
from archivist.places.placenames import ArticlePlaces
from archivist.reuse.deferred import Deferred
from archivist.text import languages
from archivist.text.collation import sort_key

from . import feeds, timeline
from .borders import Country
from .indices import (
    Entry,
    PlaceEntry,
    Year,
    date_entries,
    language_entries,
    place_entries,
    source_entries,
    tag_entries,
)
from .interface import Interface, english
from .paging import paginate
from .place_maps import PlaceMaps


@dataclass(frozen=True)
class HtmlPage:
    save_as: str
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TextFile:
    path: str
    text: str | Deferred


Output = HtmlPage | TextFile


@dataclass(frozen=True)
class Site:
    """What the index pages and feeds take of the site: its name, where its articles are,
    and its address for feeds ("" for links relative to each file)."""

    name: str
    urls: ArticleUrls
    url: str = ""
    #: The interface the pages are in: its words, its names of places, the order of names
    #: in the indices and where its pages and feeds are (``home``).
    interface: Interface = field(default_factory=english)

    @property
    def language(self) -> str:
        return self.interface.language


@dataclass(frozen=True)
class Heading:
    """What every page of a listing, and the index linking to it, shows of the listing:
    its name and counts.

    Not its reports: each page is handed its own share of them (``page.items``), and an
    index none, so a page is made again only when what it shows changes (see
    :mod:`archivist.build.page_reuse`), not whenever one of the listing's reports is edited.
    """

    name: str
    url: str
    count: int
    lang: str
    direction: str

    @classmethod
    def of(cls, entry: Entry) -> Heading:
        return cls(entry.name, entry.url, entry.count, entry.lang, entry.direction)


@dataclass(frozen=True)
class PlaceHeading:
    """A place listing's :class:`Heading`: the place, its reports and those of places in it."""

    place: Place
    url: str
    count: int
    total: int

    @classmethod
    def of(cls, entry: PlaceEntry) -> PlaceHeading:
        return cls(entry.place, entry.url, entry.count, entry.total)


@dataclass(frozen=True)
class YearHeading:
    """A year's :class:`Heading`, its months', and how many of its reports give only the year."""

    entry: Heading
    months: tuple[Heading, ...]
    year_only: int

    @classmethod
    def of(cls, year: Year) -> YearHeading:
        months = tuple(Heading.of(month) for month in year.months)
        return cls(Heading.of(year.entry), months, len(year.year_only))


def _listing(
    heading: Heading | PlaceHeading,
    rows: Sequence[tuple[Article, tuple[Place, ...]]],
    template: str,
    **context: Any,
) -> Iterator[HtmlPage]:
    for page in paginate(rows, heading.url):
        yield HtmlPage(page.save_as, template, {**context, "entry": heading, "page": page})


def _rows(articles: Sequence[Article]) -> list[tuple[Article, tuple[Place, ...]]]:
    return [(article, ()) for article in articles]


def _feed_path(kind: str, key: str, site: Site) -> str:
    """Where the feed of a tag or place is: each interface has its own, titled in its
    language and linking to its pages (``ar/feeds/...``)."""
    return f"{site.interface.home}{feeds.FEEDS}{kind}/{key}.atom.xml"


def _feed(
    title: str, path: str, page_url: str, articles: Sequence[Article], site: Site
) -> Deferred:
    """The Atom feed of the newest of ``articles``, made only if they changed."""
    newest = tuple((article, site.urls.of(article.slug)) for article in feeds.newest(articles))
    home = site.interface.home
    return Deferred(feeds.atom_feed, (title, path, home + page_url, newest, site.url))


def key_pages(kind: str, title: str, entries: Sequence[Entry], site: Site) -> Iterator[Output]:
    """An index page of ``entries`` (tags, sources or languages) and a listing per entry."""
    headings = [Heading.of(entry) for entry in entries]
    index: dict[str, object] = {"title": title, "kind": kind, "entries": headings}
    yield HtmlPage(f"{kind}/index.html", "keys.html", index)
    for entry in entries:
        feed = _feed_path(kind, entry.key, site) if kind == "tags" else None
        tag = entry.name.replace("-", " ")
        feed_title = site.interface.gettext("Reports tagged “%(tag)s”", tag=tag) if feed else None
        context = {"title": entry.name, "kind": kind, "feed": feed, "feed_title": feed_title}
        yield from _listing(Heading.of(entry), _rows(entry.articles), "listing.html", **context)
        if feed and feed_title:
            yield TextFile(feed, _feed(feed_title, feed, entry.url, entry.articles, site))


def _other_names(place: Place, language: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(language name, code, direction, spellings) for each language of the place's names
    but the one interface ``language`` shows (its display name, in an interface that
    shows another, is among them)."""
    shown = place.name_in(language)
    every = {DISPLAY_LANGUAGE: (place.name,), **place.names}
    every[DISPLAY_LANGUAGE] = tuple(dict.fromkeys((place.name, *place.names_in(DISPLAY_LANGUAGE))))
    others = {code: tuple(n for n in names if n != shown) for code, names in every.items()}
    return [
        (languages.name(code), code, languages.direction(code), spellings)
        for code, spellings in others.items()
        if spellings
    ]


def _in_name_order(places: Sequence[Place], language: str) -> list[Place]:
    """``places`` by their names in interface ``language``, in its order."""
    return sorted(places, key=lambda p: sort_key(p.name_in(language), language))


def _places_index(
    entries: Sequence[PlaceEntry],
    gazetteer: Gazetteer,
    maps: PlaceMaps,
    language: str,
) -> Iterator[Output]:
    """``places/``: the tree of places (countries, then what lies in each, by name in the
    order of interface ``language``) and the map."""
    by_id = {e.place.id: PlaceHeading.of(e) for e in entries}
    tree = {
        place_id: [by_id[p.id] for p in _in_name_order(gazetteer.children(place_id), language)]
        for place_id in by_id
    }
    tops = [
        by_id[p.id] for p in _in_name_order([p for p in gazetteer if p.parent is None], language)
    ]
    every = _in_name_order(list(gazetteer), language)
    unreported = [by_id[p.id] for p in every if not by_id[p.id].total]
    drawn = maps.index_map()
    context = {"tops": tops, "tree": tree, "unreported": unreported, "map": drawn}
    yield HtmlPage("places/index.html", "places.html", context)


def place_pages(
    articles: Sequence[Article],
    gazetteer: Gazetteer,
    places: ArticlePlaces,
    site: Site,
    countries: Sequence[Country] = (),
) -> Iterator[Output]:
    """The places index, and per place its pages, map and feed (of the articles' resolved
    ``places``)."""
    entries = place_entries(articles, gazetteer, places)
    counts = {e.place.id: e.count for e in entries}
    # what every map shares, once
    maps = PlaceMaps(gazetteer, counts, countries, site.interface)
    yield from _places_index(entries, gazetteer, maps, site.language)
    for entry in entries:
        place = entry.place
        name = site.interface.place_name(place)
        drawn = maps.place_map(place)
        feed = _feed_path("places", place.id, site)
        feed_title = site.interface.gettext("Reports on %(place)s", place=name)
        children = _in_name_order(gazetteer.children(place.id), site.language)
        context = {
            "title": name,
            "feed": feed,
            "feed_title": feed_title,
            "map": drawn,
            "ancestors": gazetteer.ancestors(place.id),
            "children": children,
            # Only what the page shows: a count elsewhere changing leaves the page as it was.
            "counts": {child.id: counts[child.id] for child in children},
            "other_names": _other_names(place, site.language),
        }
        yield from _listing(PlaceHeading.of(entry), entry.listing, "place.html", **context)
        in_place = [article for article, _ in entry.listing]
        yield TextFile(feed, _feed(feed_title, feed, entry.url, in_place, site))


def date_pages(articles: Sequence[Article], site: Site) -> Iterator[Output]:
    """The date archive with its timeline; a listing per year, per month, and of the undated."""
    years, undated = date_entries(articles, site.interface.date)
    drawn = timeline.draw_timeline(articles, site.interface)
    headings = [YearHeading.of(year) for year in years]
    context = {"years": headings, "undated": Heading.of(undated), "timeline": drawn}
    yield HtmlPage("dates/index.html", "dates.html", {**context, "title": "Reports by date"})
    for year, heading in zip(years, headings, strict=True):
        yield from _listing(
            heading.entry,
            _rows(year.entry.articles),
            "listing.html",
            title=year.entry.name,
            year=heading,
        )
        for month in year.months:
            yield from _listing(
                Heading.of(month), _rows(month.articles), "listing.html", title=month.name
            )
    yield from _listing(
        Heading.of(undated), _rows(undated.articles), "listing.html", title=undated.name
    )


def home_pages(articles: Sequence[Article], site_name: str) -> Iterator[HtmlPage]:
    """The front page: every report, newest first (``index.html``, ``page/2/``, ...)."""
    everything = Entry("", site_name, "", tuple(articles))
    return _listing(Heading.of(everything), _rows(articles), "index.html")


def index_outputs(
    articles: Sequence[Article],
    gazetteer: Gazetteer,
    places: ArticlePlaces,
    site: Site,
    countries: Sequence[Country] = (),
) -> list[Output]:
    """The front page and every index page, map, timeline and feed, for articles in
    archive order, their places resolved (``places``), the maps drawn over ``countries``."""
    outputs: list[Output] = [*home_pages(articles, site.name)]
    everything = f"{site.interface.home}{feeds.FEEDS}all.atom.xml"
    outputs += [TextFile(everything, _feed(site.name, everything, "", articles, site))]
    outputs += place_pages(articles, gazetteer, places, site, countries)
    outputs += key_pages("tags", "Tags", tag_entries(articles, site.language), site)
    outputs += key_pages("sources", "Sources", source_entries(articles, site.language), site)
    outputs += key_pages("languages", "Languages", language_entries(articles), site)
    outputs += date_pages(articles, site)
    return outputs
