"""The places a query may name: each gazetteer place of the archive, the terms that find
its reports, and the keys its names are looked up by (twin of ``placeKey`` in
``theme/static/js/search-query.js``).

A report about a place holds every name of that place in its ``places`` field, so one
name's terms find them all; the name chosen is the most specific one, whose terms no
other place's names hold together, so ``Deir ez-Zor`` does not also find the reports
about Deir ez-Zor Governorate. A key is a name's index terms without the transcribed
Arabic article, so ``Deir al-Zor``, ``Deir ez-Zor`` and ``Deir el-Zor`` are one key.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from .textpipeline import terms

#: Latin transcriptions of the Arabic article; ال itself is dropped by the Arabic stemmer.
ARTICLES = frozenset({"al", "el", "ez", "es", "ad", "ar", "az", "ash"})

#: One place: (label, the terms that find its reports, the keys of its names).
PlaceEntry = tuple[str, list[str], list[str]]


def place_key(name: str) -> str:
    """The key a name is looked up by: its terms but the article words, space-separated."""
    return " ".join(term for term in terms(name) if term not in ARTICLES)


def named_in(
    places: Iterable[tuple[str, str, Sequence[str]]], vocabulary: Container[str]
) -> list[tuple[str, str, Sequence[str]]]:
    """The places of ``places`` ((id, label, names)) that an archive of ``vocabulary`` (its
    index terms) may name: the key of one of their one-word names is in it. A query may
    then name them though no report is about them, and find the reports naming them in
    their text (the search looks for one-word names only there)."""
    return [
        place
        for place in places
        if any(" " not in key and key in vocabulary for key in _keys(place[2]))
    ]


def place_table(places: Iterable[tuple[str, str, Sequence[str]]]) -> list[PlaceEntry]:
    """The entries of ``places`` ((id, label, names), each id once), in id order."""
    unique = {key: (label, names) for key, label, names in places if key}
    own_terms = {
        key: {term for name in names for term in terms(name)} for key, (_, names) in unique.items()
    }
    table = []
    for key in sorted(unique):
        label, names = unique[key]
        others = [words for other, words in own_terms.items() if other != key]
        table.append((label, _finding_terms(label, names, others), _keys(names)))
    return table


def _finding_terms(label: str, names: Sequence[str], others: list[set[str]]) -> list[str]:
    candidates = [terms(name) for name in (label, *names) if terms(name)]
    specific = [c for c in candidates if not any(set(c) <= words for words in others)]
    chosen = min(specific or candidates or [[]], key=len)
    return list(dict.fromkeys(chosen))


def _keys(names: Sequence[str]) -> list[str]:
    return sorted({key for key in map(place_key, names) if key})
