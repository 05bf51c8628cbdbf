"""Find the gazetteer's places in a report, in every spelling and script it knows.

Names and text are compared after ``archivist.folding.fold``, word by word (a name may be
several words). Two inflection rules widen the match:

- **Kurmanji endings.** A Latin-script word that carries Kurdish letters (ê î û ş ç), or any
  word of a Kurmanji (``ku``) text, may end in an oblique or construct ending: ``-ê``,
  ``-î``, ``-a``, ``-yê``, ``-ya``, ``-yî``. ``Kobanî`` finds ``Kobanê``, ``Efrînê``
  finds ``Efrîn``, ``Qamişloyê`` finds ``Qamişlo``, ``Girê Spiyê`` finds ``Girê Spî``.
  One-word stems shorter than four letters are left alone, so short words do not turn
  into places.
- **Suffixes after an apostrophe** (Turkish case endings, English possessives) are taken
  off: ``Kamışlı'da`` finds ``Kamışlı``; an apostrophe inside a name (``Sina'a``) stays.
- **Arabic clitics.** The first word of an Arabic name may carry the conjunctions ``و``/``ف``,
  the prepositions ``ب``/``ل``/``ك`` and the article ``ال`` (``لل`` = ``ل`` + ``ال``):
  ``بالرقة``, ``وفي الرقة``, ``للرقة`` all find ``الرقة``; ``الرقة`` also finds ``رقة``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..folding import fold

KURMANJI_LETTERS = frozenset("êîûşçÊÎÛŞÇ")
KURMANJI_ENDINGS = ("ye", "ya", "yi", "e", "i", "a")  # folded: -yê -ya -yî -ê -î -a
MIN_STEM = 4
ARABIC_CONJUNCTIONS = ("", "و", "ف")
ARABIC_PREPOSITIONS = ("", "ب", "ل", "ك")
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_APOSTROPHE = re.compile(r"['’]")


class PlaceLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def all_names(self) -> Iterable[str]: ...


@dataclass(frozen=True)
class Match:
    place: str  # the gazetteer's canonical name
    written: str  # the words as the report writes them


class PlaceIndex:
    """Folded names (as word tuples) of every place; built once per batch."""

    def __init__(self, places: Iterable[PlaceLike]) -> None:
        self.names: dict[tuple[str, ...], str] = {}
        for place in places:
            for written in (place.name, *place.all_names):
                key = tuple(_TOKEN.findall(fold(written)))
                if key:
                    self.names.setdefault(key, place.name)
        self.longest = max((len(key) for key in self.names), default=0)

    def find(self, text: str, language: str = "") -> list[Match]:
        """Every place named in ``text``, first mention first, each once."""
        words = _TOKEN.findall(text)
        folded = [fold(word) for word in words]
        found: dict[str, Match] = {}
        index = 0
        while index < len(words):
            match = self._match_at(words[index:], folded[index:], language == "ku")
            if match is None:
                index += 1
                continue
            found.setdefault(match.place, match)
            index += len(match.written.split())
        return list(found.values())

    def _match_at(self, words: list[str], folded: list[str], kurmanji: bool) -> Match | None:
        """The longest place name starting at the first word."""
        for size in range(min(self.longest, len(words)), 0, -1):
            for key in _variants(folded[:size], words[:size], kurmanji):
                place = self.names.get(key)
                if place is not None:
                    return Match(place, " ".join(words[:size]))
        return None


def _variants(folded: list[str], raw: list[str], kurmanji: bool) -> list[tuple[str, ...]]:
    """The word tuple as written, then with clitics and endings taken off."""
    firsts = arabic_stems(folded[0]) if _is_arabic(folded[0]) else [folded[0]]
    lasts = [folded[-1]]
    if _APOSTROPHE.search(raw[-1]):  # Turkish case endings, English 's: Kamışlı'da, Raqqa's
        lasts.append(fold(_APOSTROPHE.split(raw[-1])[0]))
    if kurmanji or any(ch in KURMANJI_LETTERS for ch in raw[-1]):
        lasts += kurmanji_stems(folded[-1], MIN_STEM if len(folded) == 1 else 2)
    if len(folded) == 1:
        return [(word,) for word in dict.fromkeys([*firsts, *lasts])]
    return [(first, *folded[1:-1], last) for first in firsts for last in lasts]


def kurmanji_stems(word: str, min_stem: int = MIN_STEM) -> list[str]:
    """Candidate base forms of a folded Kurmanji word: ``kobani`` -> ``koban``, ``kobane``..."""
    stems: list[str] = []
    for ending in KURMANJI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e", stem + "i"]
    return list(dict.fromkeys(s for s in stems if s != word))


def arabic_stems(word: str) -> list[str]:
    """Candidate forms of a folded Arabic word without its attached clitics."""
    stems: list[str] = [word]
    for conjunction in ARABIC_CONJUNCTIONS:
        for preposition in ARABIC_PREPOSITIONS:
            prefix = conjunction + preposition
            if prefix and word.startswith(prefix) and len(word) - len(prefix) >= 2:
                stems.append(word[len(prefix) :])
            if preposition == "ل" and word.startswith(conjunction + "لل"):
                stems.append("ال" + word[len(conjunction) + 2 :])
    with_article = [s for s in stems if s.startswith("ال") and len(s) > 3]
    stems += [s[2:] for s in with_article]
    stems += ["ال" + s for s in stems if not s.startswith("ال")]
    return list(dict.fromkeys(stems))


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


_NAMED_PLACE = re.compile(
    r"\b(?:town|village|city|district|province|governorate|camp|countryside|region|"
    r"neighbourhood|neighborhood) of (?P<name>(?:al-|el-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    r"|(?:مدينة|بلدة|قرية|مخيم|ناحية|حي|محافظة) (?P<arabic>[\u0621-\u064a]{3,})"
)


def unknown_places(text: str, index: PlaceIndex) -> list[str]:
    """Names the report calls a town, village, city... that the gazetteer does not know."""
    unknown: dict[str, None] = {}
    for match in _NAMED_PLACE.finditer(text):
        name = match.group("name") or match.group("arabic")
        if not index.find(name):
            unknown.setdefault(name, None)
    return list(unknown)
