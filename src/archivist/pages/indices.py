"""The archive's indices: articles by place, tag, source, language and date.

Pure functions from the model (articles in archive order, the gazetteer) to
index entries; the site plugin renders them. Every list keeps the archive's
order (newest first, partial dates after full ones, undated last), and every
entry's URL is stable:

=====================  ==========================================
``places/<id>/``        a gazetteer place (its id never changes)
``tags/<slug>/``        a tag (see :func:`key_slug`)
``sources/<slug>/``     a publication
``languages/<code>/``   a language (BCP 47 code)
``dates/<yyyy>/``       a year; ``dates/<yyyy>/<mm>/`` a month
``dates/undated/``      articles whose date is unknown
=====================  ==========================================
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.content.slugs import is_valid_slug, slugify
from archivist.places.gazetteer import Gazetteer, Place
from archivist.places.placenames import ArticlePlaces, known_places
from archivist.text import languages
from archivist.text.collation import script_of, sort_key
from archivist.text.folding import fold


@dataclass(frozen=True)
class Entry:
    """One page of an index: a name, where its page is, and its articles in archive order."""

    key: str
    name: str
    url: str
    articles: tuple[Article, ...]

    @property
    def count(self) -> int:
        return len(self.articles)

    @property
    def lang(self) -> str:
        """Language to mark the name with: ``ar`` for Arabic script, else ``en``."""
        return script_language(self.name)

    @property
    def direction(self) -> str:
        return languages.direction(self.lang)


@dataclass(frozen=True)
class PlaceEntry:
    """A place's page: the articles naming it or a place within it, in archive order.

    Each article comes with the places within this one that it names (empty when
    it names this place itself), so a governorate lists its towns' articles.
    """

    place: Place
    url: str
    listing: tuple[tuple[Article, tuple[Place, ...]], ...]

    @property
    def count(self) -> int:
        """Articles naming this place itself."""
        return sum(1 for _, via in self.listing if not via)

    @property
    def total(self) -> int:
        """Articles naming this place or any place within it."""
        return len(self.listing)


def script_language(text: str) -> str:
    """``ar`` if the first letter of ``text`` is Arabic script, else ``en``."""
    return "ar" if script_of(text) == "ARABIC" else "en"


def key_slug(name: str) -> str:
    """A stable, URL-safe slug for a tag or source; Arabic-only names get a short hash.

    ``Sleeper cells`` -> ``sleeper-cells``; ``وكالة مثال`` -> ``x-`` plus 8 hex
    digits of the SHA-1 of its folded form, so the slug never depends on a
    transliteration table, stays the same from build to build, and spellings
    that fold alike (``ك``/``ک``, ``ي``/``ی``, composed or not) share one page.
    Names that give no usable slug (punctuation only, ``con``, ``nul``) get the hash too.
    """
    text = unicodedata.normalize("NFC", name.strip())
    if script_language(text) == "en" and is_valid_slug(slug := slugify(text)):
        return slug
    return "x-" + hashlib.sha1(fold(text).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _group(
    articles: Iterable[Article],
    keys: Callable[[Article], Iterable[str]],
    url: Callable[[str], str],
    language: str,
) -> list[Entry]:
    by_key: dict[str, dict[str, Article]] = defaultdict(dict)  # each article once per key
    names: dict[str, str] = {}
    for article in articles:
        for name in keys(article):
            slug = key_slug(name)
            names.setdefault(slug, name)
            by_key[slug].setdefault(article.slug, article)
    entries = [
        Entry(slug, names[slug], url(slug), tuple(found.values())) for slug, found in by_key.items()
    ]
    return sorted(entries, key=lambda e: sort_key(e.name, language))


def tag_entries(articles: Sequence[Article], language: str = "en") -> list[Entry]:
    """Each tag's entry, by name in the order of interface ``language``."""
    return _group(articles, lambda a: a.tags, lambda slug: f"tags/{slug}/", language)


def source_entries(articles: Sequence[Article], language: str = "en") -> list[Entry]:
    """Each source's entry, by name in the order of interface ``language``."""
    sources = (lambda a: [a.source] if a.source else [], lambda s: f"sources/{s}/")
    return _group(articles, *sources, language)


def language_entries(articles: Sequence[Article]) -> list[Entry]:
    by_code: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_code[article.language].append(article)
    return [
        Entry(code, languages.name(code), f"languages/{code}/", tuple(by_code[code]))
        for code in sorted(by_code)
    ]


def place_entries(
    articles: Sequence[Article], gazetteer: Gazetteer, places: ArticlePlaces
) -> list[PlaceEntry]:
    """One entry per gazetteer place (in id order), with or without articles: those whose
    ``places`` (resolved) name it or a place in it."""
    named = {a.slug: {p.id for p in known_places(places[a.slug])} for a in articles}
    # Each place's articles: those naming it or a place inside it, in archive order.
    within = {place.id: {a.id for a in gazetteer.ancestors(place.id)} for place in gazetteer}
    listed: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        ids = named[article.slug]
        for place_id in ids.union(*(within[place_id] for place_id in ids)):
            listed[place_id].append(article)
    entries = []
    for place in gazetteer:
        inside = gazetteer.descendants(place.id)
        listing = []
        for article in listed[place.id]:
            ids = named[article.slug]
            via = () if place.id in ids else tuple(p for p in inside if p.id in ids)
            listing.append((article, via))
        entries.append(PlaceEntry(place, f"places/{place.id}/", tuple(listing)))
    return entries


@dataclass(frozen=True)
class Year:
    """A year of the date archive: its articles, and its months that have any."""

    entry: Entry
    months: tuple[Entry, ...]
    #: Articles whose date gives only this year.
    year_only: tuple[Article, ...]


def _in_english(date: PartialDate) -> str:
    return date.display


def date_entries(
    articles: Sequence[Article], name_of: Callable[[PartialDate], str] = _in_english
) -> tuple[list[Year], Entry]:
    """Years newest first, each with its months newest first; and the undated entry. Each
    is named by ``name_of`` its date ("May 2024"; an interface's, "مايو ٢٠٢٤")."""
    years: dict[int, list[Article]] = defaultdict(list)
    months: dict[tuple[int, int], list[Article]] = defaultdict(list)
    undated = []
    for article in articles:
        if article.date is None:
            undated.append(article)
            continue
        years[article.date.year].append(article)
        if article.date.month is not None:
            months[(article.date.year, article.date.month)].append(article)
    result = []
    for year in sorted(years, reverse=True):
        in_year = [
            Entry(
                f"{y}-{m:02d}",
                name_of(PartialDate(y, m)),
                f"dates/{y}/{m:02d}/",
                tuple(months[(y, m)]),
            )
            for (y, m) in sorted(months, reverse=True)
            if y == year
        ]
        only = tuple(a for a in years[year] if a.date is not None and a.date.month is None)
        entry = Entry(str(year), name_of(PartialDate(year)), f"dates/{year}/", tuple(years[year]))
        result.append(Year(entry, tuple(in_year), only))
    return result, Entry("undated", "Date unknown", "dates/undated/", tuple(undated))
