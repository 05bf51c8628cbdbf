"""What the curator's whoosh index holds of an article: the schema, one document per
article (its places resolved to every name the gazetteer knows, and their ids), dates as
day ranges.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from typing import Any, Protocol

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from archivist.content.model import Article
from archivist.text import analysis

#: Bump when the schema or the analysis changes: an older index is then rebuilt.
INDEX_FORMAT = "archivist-curator-9"


class Place(Protocol):
    """What the index needs of a gazetteer place (see ``archivist.places.gazetteer``)."""

    @property
    def id(self) -> str: ...

    @property
    def all_names(self) -> Collection[str]: ...


class PlaceResolver(Protocol):
    """What the index needs of the gazetteer: a place for any of its names."""

    def resolve(self, name: str) -> Place | None: ...


def schema() -> Schema:
    text = analysis.text_analyzer()
    return Schema(
        path=ID(stored=True, unique=True),
        digest=STORED(),
        record=STORED(),  # the front-matter a result shows, so a search parses no YAML
        slug=ID(stored=True, sortable=True),
        title=TEXT(analyzer=text, field_boost=2.0),
        summary=TEXT(analyzer=text),
        body=TEXT(analyzer=text),
        place=TEXT(analyzer=text),
        place_id=KEYWORD(commas=True, stored=True),
        tag=TEXT(analyzer=analysis.keyword_analyzer(), phrase=False, stored=True),
        # The tags' words, as the page's index has them: `cells` finds `sleeper-cells`.
        tag_words=TEXT(analyzer=text),
        language=ID(),
        source=TEXT(analyzer=text),
        date_lo=NUMERIC(int, bits=32),
        date_hi=NUMERIC(int, bits=32),
    )


def place_fields(article: Article, places: PlaceResolver | None) -> tuple[list[str], list[str]]:
    """The article's place names plus every name of the places they resolve to, and their ids."""
    names = list(article.places)
    ids: list[str] = []
    for name in article.places:
        place = places.resolve(name) if places else None
        if place is not None:
            ids.append(place.id)
            names.extend(sorted(place.all_names))
    return list(dict.fromkeys(names)), sorted(set(ids))


def document(
    article: Article, path: str, digest: str, places: PlaceResolver | None
) -> dict[str, Any]:
    """The whoosh document of one article; ``path`` is relative to the content folder."""
    names, ids = place_fields(article, places)
    doc: dict[str, Any] = {
        "path": path,
        "digest": digest,
        "record": {
            "title": article.title,
            "summary": article.summary,
            "date": article.date.iso if article.date else "",
            "language": article.language,
            "source": article.source,
            "authors": list(article.authors),
            "places": list(article.places),
            "tags": list(article.tags),
        },
        "slug": article.slug,
        "title": article.title,
        "summary": article.summary,
        "body": article.body,
        "place": " \n ".join(names),
        "place_id": ",".join(ids),
        "tag": ",".join(article.tags),
        "tag_words": " \n ".join(article.tags),
        "language": article.language,
        "source": " ".join(
            str(s) for s in (article.source, article.extra.get("original_source")) if s
        ),
    }
    if article.date is not None:
        doc["date_lo"], doc["date_hi"] = date_span(article.date.iso)
    return doc


def date_span(iso: str) -> tuple[int, int]:
    """First and last day a (partial) ISO date can mean, as YYYYMMDD numbers."""
    parts = [int(p) for p in iso.split("-")]
    year, month, day = parts[0], (parts[1:2] or [0])[0], (parts[2:3] or [0])[0]
    last_month = month or 12
    last_day = day or calendar.monthrange(year, last_month)[1]
    return (
        year * 10000 + (month or 1) * 100 + (day or 1),
        year * 10000 + last_month * 100 + last_day,
    )
