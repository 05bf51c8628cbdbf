"""Whether a report names a province (a governorate) or its city, for
:mod:`archivist.importer.placenames`. Words are folded (``archivist.text.folding``).

- **A province's word after a name** (``Deir Ezzor province``, ``Humus ilindeki``); a
  plural one (``Kirkuk, Salahuddin and Diyala provinces``, ``Kerkük ve Diyala illerinde``)
  makes every name of the list before it a province.
- **A province's word before a name**: Arabic ``محافظة X`` (with its clitics: ``بمحافظة``),
  Kurmanji ``parêzgeha X``, English ``the governorate of X``. The same word in the plural
  or the dual (``محافظات كركوك وصلاح الدين وديالى``, ``محافظتي``, ``parêzgehên Heleb û
  Hema``, ``the provinces of Kirkuk, Salahuddin and Diyala``) governs the whole list after it.
- **A list** is names one after the other with only a comma or "and" between them
  (``,`` ``،`` ``and`` ``ve`` ``û``, Arabic ``و`` on the next name).
- A city whose governorate has the same name, named in no mention with a word that says
  which (``city``, ``مدينة``, ``province``...), is **left open**: the review asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from archivist.text.folding import fold

from .inflection import arabic_stems, is_arabic

#: "Deir Ezzor province", "Humus ilindeki"; plural: "Kerkük ve Diyala illerinde".
_AFTER = frozenset(
    ("province", "governorate", "il", "ili", "ilinde", "ilindeki", "vilayeti", "parezgeha")
)
_PLURAL_AFTER = re.compile(r"(?:provinces|governorates|(?:il|vilayet)ler\w*)$")
#: "the governorate of Deir Ezzor", "the provinces of Kirkuk, Salahuddin and Diyala"; "the
#: province of X" is left to X, as the curated articles read it (test_import_seeds.py).
_OF = frozenset({("governorate", "of"), ("governorates", "of"), ("provinces", "of")})
_PLURAL_OF = frozenset({("governorates", "of"), ("provinces", "of")})
#: Kurmanji and Arabic put the word right before the name (Arabic as a stem: ``بمحافظة``).
_BEFORE = frozenset(("parezgeha", "parezgehen", fold("محافظة")))
_PLURAL_BEFORE = frozenset(fold(word) for word in ("محافظات", "محافظتي"))
#: What may stand between two names of a list.
_GAP = re.compile(r"\s*[,،]?\s*(?:(?i:and|ve|û|u)\s+)?")


def before(words: Sequence[str]) -> str:
    """``"one"`` when the (at most two) folded words before a name make it a province,
    ``"all"`` when they make every name of the list they open one, else ``""``."""
    pair = tuple(words[-2:])
    last = words[-1] if words else ""
    stems = set(arabic_stems(last)) if is_arabic(last) else {last}
    if pair in _PLURAL_OF or stems & _PLURAL_BEFORE:
        return "all"
    return "one" if pair in _OF or stems & _BEFORE else ""


def after(word: str) -> str:
    """``"one"`` when the folded word after a name makes it a province, ``"all"`` when it
    makes every name of the list that ends with it one, else ``""``."""
    if word in _AFTER:
        return "one"
    return "all" if _PLURAL_AFTER.match(word) else ""


@dataclass
class NameList:
    """The places of the list of names the last one found belongs to, and what the
    province word before it said."""

    end: int = -1  # where the last name ends in the text
    said: str = ""  # what the province word before its first name said: "one", "all"
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
