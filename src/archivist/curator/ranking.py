"""The order of results, the same as the search page's (``theme/static/js/search-rank.js``):
first the reports whose title holds a word of the query (or every word of a name of a
place it names), then those about a place it names or whose places hold one of its
words, then the rest; within each, the archive's order (newest first, partial dates
after full ones, undated last, then slug)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from archivist.content.dates import PartialDate
from archivist.text.textpipeline import terms

from .documents import PlaceResolver
from .query import Reading

#: A result's place in the order: its tier, then the archive's order.
RankKey = tuple[int, tuple[int, int, int, int, str]]


def rank_key(
    record: Mapping[str, Any], slug: str, ids: str, reading: Reading, places: PlaceResolver | None
) -> RankKey:
    """Where the indexed article (its stored ``record``, ``slug`` and place ``ids`` as
    "a,b") goes in the results of ``reading``."""
    title = set(terms(record["title"]))
    if any(set(words) <= title for words in reading.title_lists):
        tier = 0
    elif set(ids.split(",")) & set(reading.place_ids) or set(reading.word_terms) & _place_terms(
        record["places"], places
    ):
        tier = 1
    else:
        tier = 2
    return tier, _archive_order(record["date"], slug)


def _place_terms(written: list[str], places: PlaceResolver | None) -> set[str]:
    names: list[str] = []
    for name in written:
        place = places.resolve(name) if places else None
        names.extend((name, *place.all_names) if place else (name,))
    return {term for name in names for term in terms(name)}


def _archive_order(iso: str, slug: str) -> tuple[int, int, int, int, str]:
    if not iso:
        return (1, 0, 0, 0, slug)
    date = PartialDate.parse(iso)
    return (0, -date.year, -(date.month or 0), -(date.day or 0), slug)
