"""Places a report names that the gazetteer does not know, for the review table.

A name the report calls a town, village, city... (``the town of X``, ``مدينة X``) is always
reported; a capitalised name after "in", "near"... only when the gazetteer knows a name
close to it (``Tel Tamur (did you mean Tell Tamr?)``).
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .placenames import NOT_PLACES, PlaceIndex, Suggest

_NAME = r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]*(?:[ -](?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,2})"
#: "the town of X", "مدينة X": the report says X is a place.
_NAMED_PLACE = re.compile(
    r"\b(?:town|village|city|district|province|governorate|camp|countryside|region|"
    rf"neighbourhood|neighborhood) of {_NAME}"
    r"|(?:مدينة|بلدة|قرية|مخيم|ناحية|حي|محافظة) "
    r"(?P<arabic>[\u0621-\u064a]{2,})(?= (?P<arabic2>[\u0621-\u064a]{2,}))?"
)
#: Arabic words that follow "قرية", "بلدة"... without being a name: "قرية قرب", "بلدة في".
# fmt: off
ARABIC_NOT_NAMES = frozenset(fold(word) for word in (
    "قرب", "في", "من", "على", "إلى", "عن", "مع", "شمال", "جنوب", "شرق", "غرب", "ريف",
    "بريف", "التي", "الذي", "أخرى", "واحدة",
))
ARABIC_COMPOUND_FIRST = frozenset(fold(word) for word in (
    "عين", "تل", "رأس", "دير", "جسر", "أبو", "بئر", "خربة", "كفر", "جبل", "سد", "مخيم",
    "سجن", "ناحية", "حي", "قرية", "بني", "أم", "عين",
))
# fmt: on
#: "in X", "near X": X may be a place; reported only when it looks like a known name.
_MAYBE_PLACE = re.compile(rf"\b(?:in|near|from|at|towards|outside) {_NAME}")


def unknown_places(text: str, index: PlaceIndex, suggest: Suggest | None = None) -> list[str]:
    """Places the gazetteer does not know, with its nearest names when it has some.

    A name the report calls a town, village, city... is always reported; a capitalised
    name after "in", "near"... only when ``suggest`` finds a known name close to it.
    """
    unknown: dict[str, str] = {}
    for match in _NAMED_PLACE.finditer(text):
        arabic = f"{match.group('arabic')} {match.group('arabic2') or ''}"
        name = match.group("name") or _arabic_name(arabic)
        if name and not index.find(name):
            unknown.setdefault(name, _hint(name, suggest))
    for match in _MAYBE_PLACE.finditer(text):
        name = match.group("name")
        if fold(name).split()[0] in NOT_PLACES:
            continue
        if name not in unknown and not index.find(name) and suggest is not None:
            hint = _hint(name, suggest)
            if hint:
                unknown[name] = hint
    return [f"{name}{hint}" for name, hint in unknown.items()]


def _arabic_name(words: str) -> str:
    """The name in the words after "قرية"...: one word, two when the first begins a
    compound name (``عين عيسى``, ``تل أبيض``), none when the word is no name (``قرب``)."""
    first, *rest = words.split()
    if fold(first) in ARABIC_NOT_NAMES:
        return ""
    if rest and fold(first) in ARABIC_COMPOUND_FIRST and fold(rest[0]) not in ARABIC_NOT_NAMES:
        return f"{first} {rest[0]}"
    return first


def _hint(name: str, suggest: Suggest | None) -> str:
    nearest = suggest(name) if suggest is not None else []
    return f" (did you mean {' or '.join(nearest)}?)" if nearest else ""
