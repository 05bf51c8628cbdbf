"""What kind of place a name found in a report is, by the words around it, for
:mod:`archivist.importer.placenames`: the town, or the camp, the governorate, the country
the gazetteer knows by it. Names are looked up as folded word tuples (:func:`key`).

- **A town in a sentence about a camp** is the camp named after it, when the gazetteer has
  one (``Al-Hol is a sprawling encampment``, ``the IDP camp al-Hol``), unless a word next
  to it says town (``the nearby town of al-Hol``, ``navçeya Holê``).
- **A region written as a direction in its country's name** (``northeast Syria``, ``شمال
  شرق سوريا``) names the country too; its own name (``North East Syria``, ``شمال وشرق
  سوريا``: capitalised or with "and") names the region only. A direction as an adjective
  (``northeastern Syria``) is no name of the region, but may mean it: the review asks.
- **A province's word** after a city (``Deir Ezzor province``, ``Humus ilindeki``) or
  before it (``محافظة كركوك``, ``parêzgeha Himsê``, and the names of the list it opens)
  names the governorate, when it is known (``Musul vilayeti``: the gazetteer's ``Mosul
  Governorate``); a plural word (``Kirkuk and Diyala provinces``) names each governorate
  and keeps the city beside it, marked; a city in an Arabic ``محافظات كركوك وصلاح الدين`` is
  marked open (:mod:`archivist.importer.provinces`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from archivist.text.folding import fold

from .placewords import CAMP_WORDS
from .provinces import NameList, after, before

#: A direction written as an adjective before a name: "northeastern Syria", "south-western Iraq".
_DIRECTION = re.compile(r"\b((?:north|south)-?(?:east|west)?|east|west)ern (\w+)", re.IGNORECASE)
Names = Mapping[tuple[str, ...], str]  # folded words of a name -> the place's canonical name
TOKEN = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Match:
    place: str  # the gazetteer's canonical name
    written: str  # the words as the report writes them
    approximate: bool = False  # one letter off a known name of several words
    common: bool = False  # a name that is also a common word: the curator checks it
    kind_open: bool = False  # a city, or its governorate of the same name? (a list of provinces)
    beside: str = ""  # the governorate read beside this city from a list of provinces
    person: str = ""  # the given name before it, when the two may be a person's ("Sozê")

    @property
    def doubt(self) -> str:
        """Why the review asks whether the words name the place at all, or ``""``."""
        if self.common:
            return "also a common word"
        return f"after “{self.person}”, perhaps a person's name" if self.person else ""


def name_key(name: str) -> tuple[str, ...]:
    """A name's folded words, the Arabic article in Latin script always written ``al``."""
    return tuple(article(word) for word in TOKEN.findall(fold(name)))


def article(word: str) -> str:
    return "al" if word == "el" else word


@dataclass(frozen=True)
class Kinds:
    """The gazetteer's names (folded words of a name -> the place's canonical name) and each
    region's country (by the region's name), to tell a name's kind."""

    names: Names
    country: Mapping[str, str]

    def governorate(self, place: str) -> str:
        """The governorate named after ``place``, or ``""``."""
        return self.names.get((*name_key(place), "governorate"), "")

    def camp(self, match: Match, sentence: str) -> Match:
        """The camp a town gives its name to, when the same sentence speaks of a camp
        ("Al-Hol is a sprawling encampment", "the IDP camp al-Hol") and the camp is known."""
        if not CAMP_WORDS.search(fold(sentence)):
            return match
        known = self.names.get((*name_key(match.place), "camp"))
        return Match(known, match.written, match.approximate) if known else match

    def country_inside(self, match: Match, folded: list[str]) -> Match | None:
        """The country a region's name holds, when the name is written as a direction in
        it (``northeast Syria``, ``شمال شرق سوريا``): that names the country too. The
        region's own name (``North East Syria``, ``شمال وشرق سوريا``, ``Kuzey ve Doğu
        Suriye``: capitalised, or with "and") names the region only."""
        words = match.written.split()
        proper = words[0][:1].isupper() or any(
            word.casefold() in ("and", "û", "ve") or word.startswith("و") for word in words
        )
        wanted = "" if proper else self.country.get(match.place, "")
        inside = (folded[i:j] for i in range(1, len(folded)) for j in range(i + 1, len(folded) + 1))
        named = next((w for w in inside if wanted and self.names.get(tuple(w)) == wanted), [])
        return Match(wanted, " ".join(named)) if named else None

    def kind(
        self,
        match: Match,
        around: tuple[list[str], list[str]],
        listed: NameList | None,
        said: dict[str, bool],
        provinces: list[str],
    ) -> Match:
        """The province a city names, when a word next to it says so and it is known:
        "Deir Ezzor province", "Humus ilindeki", "محافظة دير الزور". A plural word before or
        after a list (``Rakka ve Humus illerinde``, ``the provinces of X and Y``) adds each
        name to ``provinces``; an Arabic ``محافظات كركوك وصلاح الدين`` leaves city or
        province open: curators read it both ways. ``said`` records, by place, whether a
        word decided it (True) or left it open (False); ``listed`` is the list the name
        continues."""
        word_before, word_after = before(around[0]), after(around[1])
        word_before = word_before or (listed.said if listed else "")
        if word_before == "one" or word_after == "one":
            said[match.place] = True
            province = self.governorate(match.place)
            return Match(province, match.written, match.approximate) if province else match
        if word_after == "all":  # "Rakka, Deyrizor ve Humus illerinde"
            provinces.extend(listed.places if listed else ())
        if "all" in (word_before, word_after):
            provinces.append(match.place)
        elif word_before == "open":
            said.setdefault(match.place, False)
        return match

    def listed_provinces(
        self, listed: list[str], found: dict[str, Match], said: dict[str, bool]
    ) -> dict[str, str]:
        """Add the governorate of each name a plural province word lists; the cities stay,
        returned with their governorates (city -> governorate)."""
        beside: dict[str, str] = {}
        for place in listed:
            province = self.governorate(place)
            if province and place in found:
                found.setdefault(province, Match(province, found[place].written))
                beside[place] = province
                said.setdefault(place, False)
        return beside

    def left_open(self, match: Match, said: dict[str, bool], beside: dict[str, str]) -> Match:
        """``match``, marked open when it is a city whose governorate has its name, named
        in a list a plural province word governs and nowhere said to be one or the other
        (with the governorate read ``beside`` it). (A bare name is not: half the reports.)"""
        if said.get(match.place, True) or not self.governorate(match.place):
            return match
        province = beside.get(match.place, "")
        return replace(match, kind_open=True, beside=province)

    def direction_regions(self, text: str) -> list[tuple[str, str]]:
        """(words, region) for each direction written as an adjective before a country's
        name ("northeastern Syria") whose direction names a known region ("Northeast
        Syria"): the region, or the country's north-east? Curators read it both ways."""
        regions = set(self.country)
        found: dict[str, str] = {}
        for match in _DIRECTION.finditer(text):
            direction, country = match.group(1).replace("-", ""), name_key(match.group(2))
            if self.names.get(country) not in self.country.values():
                continue
            for key in ((direction, *country), (*name_key(match.group(1)), *country)):
                if self.names.get(key) in regions:
                    found.setdefault(self.names[key], match.group())
        return [(words, region) for region, words in found.items()]
