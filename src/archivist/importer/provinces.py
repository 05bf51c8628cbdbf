"""Whether a report names a province (a governorate) or its city, for
:mod:`archivist.importer.placenames`. Words are folded (``archivist.text.folding``).

- **A province's word after a name** (``Deir Ezzor province``, ``Humus ilindeki``) or
  **before it**: Arabic ``محافظة X`` (with its clitics: ``بمحافظة``) and its dual
  ``محافظتي X و Y``, Kurmanji ``parêzgeha X``, English ``the governorate of X``: the name
  is the governorate, and so is every name of the list the word opens. Turkish has three
  words for a province (``il``, ``vilayet``, ``eyalet``), each in every case (``Erbil
  vilayetinin doğusunda``); before the province's countryside or a town part of it
  (``Haseke ilinin kırsalında``, ``Haseke iline bağlı``) the city is kept and asked about.
- **A plural word** before or after a list (``Kirkuk, Salahuddin and Diyala provinces``,
  ``the provinces of Diyala and Kirkuk``, ``Kerkük ve Diyala illerinde``) names provinces:
  each name is read as its governorate, and a city of the same name is kept beside it,
  flagged (curators of the blind sets tag both, or the city alone). Arabic ``محافظات X و Y``
  is **left open**: curators read it as the cities and as the governorates, in the same
  words; the city is kept and the review asks.
- **A city's countryside** (``the eastern countryside of Deir Ezzor``, ``Hasakah
  countryside``, ``ريف الحسكة``, ``gundewarê rojhilatê Hesekê``, ``Halep kırsalında``) is
  the city's or its governorate's: curators read it both ways; the city is kept and the
  review asks.
- **A town part of a city's province**: Turkish ``Halep'e bağlı Kobani`` (Kobani, part of
  Aleppo), Kurmanji ``ser bi Helebê ve``: the name is read as the governorate, the city
  kept beside it and asked about (curators tag both, or the city alone), unless the report
  calls it a city elsewhere (``İdlib kentinde``). Arabic writes the province's word
  (``التابعة لمحافظة حلب``).
- **A list** is names one after the other with only a comma or "and" between them
  (``,`` ``،`` ``and`` ``ve`` ``û``, Arabic ``و`` on the next name), or a capitalised name
  the gazetteer lacks (``Kirkuk, Niveneh, and Al Anbar provinces``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from archivist.text.folding import fold

from .inflection import arabic_stems, is_arabic

#: "Deir Ezzor province", "Humus ilindeki", "Erbil vilayetinin"; plural: "Kerkük ve Diyala
#: illerinde". Turkish has three words for a province, each with its case endings.
_AFTER = frozenset(("province", "governorate", "parezgeha"))
_TURKISH = r"(?:il|vilayet|eyalet)"
_TURKISH_AFTER = re.compile(rf"{_TURKISH}(?:i(?:n(?:i|in|e|de|deki|den))?)?")
_PLURAL_AFTER = re.compile(rf"(?:provinces|governorates|{_TURKISH}ler\w*)$")
#: "the governorate of Deir Ezzor", "the provinces of Kirkuk, Salahuddin and Diyala"; "the
#: province of X" is left to X, as the curated articles read it (test_import_seeds.py).
_OF = frozenset({("governorate", "of"), ("governorates", "of"), ("provinces", "of")})
_PLURAL_OF = frozenset({("governorates", "of"), ("provinces", "of")})
#: A countryside: Arabic ``ريف`` (``بريف``), and the direction Kurmanji puts before a name.
_RURAL = frozenset((fold("ريف"),))
_DIRECTION = re.compile(r"(?:bakur|basur|rojhilat|rojava)\w*")
#: Kurmanji and Arabic put the word right before the name (Arabic as a stem: ``بمحافظة``);
#: the Arabic dual ``محافظتي`` names exactly two provinces.
_BEFORE = frozenset(("parezgeha", "parezgehen", fold("محافظة"), fold("محافظتي")))
_OPEN_BEFORE = frozenset((fold("محافظات"),))
#: What may stand between two names of a list: a comma or "and", and capitalised names the
#: gazetteer lacks, each after a comma ("Kirkuk, Niveneh, and Al Anbar").
_UNKNOWN = r"[,،]\s*[A-ZÇŞÎÊÛİÖÜ][\w'’-]*(?:\s[A-ZÇŞÎÊÛİÖÜ][\w'’-]*)?\s*"
_GAP = re.compile(rf"\s*(?:{_UNKNOWN})*[,،]?\s*(?:(?i:and|ve|û|u)\s+)?")
#: "Halep'e bağlı" (attached to Aleppo) after the name, Kurmanji "ser bi" before it.
_PART_OF_AFTER = frozenset(("bagli",))
_PART_OF_BEFORE = frozenset((("ser", "bi"),))


def before(words: Sequence[str]) -> str:
    """``"one"`` when the (at most two) folded words before a name make it (and the list it
    opens) a province, ``"all"`` when a plural word makes every name of the list a province
    beside its city, ``"open"`` when the list may be of either (Arabic ``محافظات``), else
    ``""``."""
    pair = tuple(words[-2:])
    last = words[-1] if words else ""
    stems = set(arabic_stems(last)) if is_arabic(last) else {last}
    if stems & _OPEN_BEFORE:
        return "open"
    if pair in _PLURAL_OF:
        return "all"
    return "one" if pair in _OF or stems & _BEFORE else ""


def countryside(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the folded words before a name (up to two) or after it (up to two, past a
    Turkish province word) speak of its countryside: ``countryside of X``, ``X
    countryside``, ``ريف X``, ``gundewarê (rojhilatê) X``, ``X (ilinin) (doğu) kırsalında``."""
    after = _past_province(after)
    near = [word for word in before[-2:] if not _DIRECTION.fullmatch(word)][-1:]
    arabic = [stem for word in before[-1:] if is_arabic(word) for stem in arabic_stems(word)]
    return (
        tuple(before[-2:]) == ("countryside", "of")
        or any(word.startswith("gundewar") for word in near)
        or any(stem in _RURAL for stem in arabic)
        or tuple(after[:1]) == ("countryside",)
        or any(word.startswith("kirsal") for word in after[:2])
    )


def part_of(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the folded words around a name (two before, one after, past a Turkish
    province word) make a town part of it, its province: ``Halep'e bağlı Kobani``, ``Haseke
    iline bağlı Şeddadi``, ``Kobanî ser bi Helebê ve``."""
    after = _past_province(after)
    return tuple(before[-2:]) in _PART_OF_BEFORE or any(w in _PART_OF_AFTER for w in after[:1])


def after(words: Sequence[str]) -> str:
    """``"one"`` when the folded words after a name (the first, and up to two more) make it
    a province, ``"all"`` when the first makes every name of the list that ends with it
    one, else ``""``. A Turkish province word before its countryside or a town part of it
    (``Haseke ilinin güney kırsalında``, ``Haseke iline bağlı``) is left to
    :func:`countryside` and :func:`part_of`: curators read the city there."""
    word = words[0] if words else ""
    turkish = _TURKISH_AFTER.fullmatch(word) is not None
    if word in _AFTER or (turkish and not (countryside([], words) or part_of([], words))):
        return "one"
    return "all" if _PLURAL_AFTER.match(word) else ""


def _past_province(after: Sequence[str]) -> Sequence[str]:
    """The words after a name past the Turkish province word that may follow it."""
    return after[1:] if after and _TURKISH_AFTER.fullmatch(after[0]) else after


@dataclass
class NameList:
    """The places of the list of names the last one found belongs to, and what the
    province word before it said."""

    end: int = -1  # where the last name ends in the text
    said: str = ""  # what the province word before its first name said: see before()
    places: list[str] = field(default_factory=list)

    def goes_on(self, text: str, start: int, word: str) -> bool:
        """Whether the name at ``start`` (its first word ``word``) continues the list."""
        if self.end < 0:
            return False
        gap = text[self.end : start]
        joined = "," in gap or "،" in gap or word.startswith("و") or gap.strip() != ""
        return joined and _GAP.fullmatch(gap) is not None

    def add(self, place: str, end: int, listed: bool, said: str) -> None:
        """Record a name read as ``place`` ending at ``end``: it continues the list
        (``listed``) or starts one, after a province word that ``said`` (see :func:`before`)."""
        if not listed:
            self.places, self.said = [], said
        self.places.append(place)
        self.end = end


def kind_flags(cities: Sequence[tuple[str, str]]) -> list[str]:
    """The review's flags for the cities read where their governorate may be meant, given
    as (city, the governorate read beside it or ""): one naming the cities kept alone
    (``ريف الحسكة``), one naming those kept beside it (``Kirkuk and Diyala provinces``)."""
    flags = []
    alone = ", ".join(city for city, province in cities if not province)
    if alone:
        flags.append(
            f"place {alone} read as the city (its countryside, a list): or the governorate?"
        )
    provinces = ", ".join(province for _, province in cities if province)
    if provinces:
        names = ", ".join(city for city, province in cities if province)
        flags.append(
            f"place {provinces} read from a list of provinces or a town part of it;"
            f" {names} kept too: the city?"
        )
    return flags
