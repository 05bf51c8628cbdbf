"""Find the gazetteer's places in a report, in every spelling and script it knows.

Names and text are compared after ``archivist.text.folding.fold``, word by word (a name may be
several words). Inflection rules widen the match (:mod:`archivist.importer.inflection`):

- **Endings on the last word of a name**, which may be a capitalised name or a lowercase
  noun of it (``kamp``, ``bölge``, ``çöl``). Kurmanji (a ``ku`` text, or a word with
  ê î û ş ç): ``-ê -î -a -ên -an``, ``-yê -ya -yî``: ``li Kobaniyê``, ``kampa Holê``,
  ``Girê Spiyê``. Turkish (a ``tr`` text, or a word with ı or ğ): one case ending by vowel
  harmony, with its buffer letter: ``Hol kampında`` finds ``Hol Kampı``, ``Fırat
  bölgesindeki`` ``Fırat Bölgesi``, ``Suriye çölünün`` ``Suriye Çölü``. On a name of one
  word the stem keeps four letters at least, and a Turkish ending is taken off a
  capitalised word only, so short and common words do not turn into places.
- **A name of several words written as one** in Latin script: ``Dêrazorê`` is ``Dêra
  Zorê``, ``Serêkaniyê`` ``Serê Kaniyê``; in Arabic script when its words end in letters
  that do not join the next, so that the missing space is not seen: ``ديرالزور``.
- **Suffixes after an apostrophe** (Turkish case endings, English possessives) are taken
  off: ``Kamışlı'da`` finds ``Kamışlı``; an apostrophe inside a name (``Sina'a``) stays.
- **A prison's noun in any language**: a prison named with one language's noun is also
  read with another's (``Ghwayran Prison`` gives ``Ghwayran cezaevinde``, ``zindana
  Ghwayran``): :data:`archivist.importer.placewords.KIND_NOUNS`.
- **Institutions** named after a place are not the place: ``Damascus government``,
  ``Manbij Military Council``, ``قوات سوريا الديمقراطية`` (the SDF), ``حكومة دمشق``; nor is
  a name between two capitalised words of a sentence in small letters (``Mazloum Kobani Abdi``).
  A town after a Kurmanji given name with its ezafe (``Sozê Qamişlo``, a fighter's name)
  is kept but doubted, unless the report names the town again without one.
- **Names of no place**: ISIS's own names, a group's al-Sham (``Ahrar'uş Şam``, the
  Levant, not Damascus), the broadcaster ``Al Jazeera``, a copyright
  credit's ``© 2019 Sam Tarling`` are taken out first (:data:`placewords.NOT_PLACE_NAMES`).
- **Its kind**: the camp, the governorate or the country a name is read as, by the words
  around it (:mod:`archivist.importer.placekinds`).
- **Acronyms** in the gazetteer (``NES``, ``AANES``) are read only in capitals.
- **Names that are also common words** (the gazetteer's ``common``: ``Hit``, ``الباب``):
  a Latin-script one is read only capitalised and not inside a hyphenated compound
  (``Hit`` is a town, ``hit-and-run`` and ``a hit`` are not), and every reading is flagged.
- **The Arabic article in Latin script**: ``el-`` is ``al-`` (``Ayn el-Arab``, ``El Hol``).
- **One letter off**: a name of several words and at least twelve letters also matches
  with one letter added, dropped or changed (``Northe East Syria``); the draft flags it.
  Not across a possessive: ``Syria’s desert`` is Syria's, no misspelt ``Syrian Desert``.
- **A hashtag's underscores** are spaces: ``#صلاح_الدين``, ``#Deir_ez_Zor``.
- **Arabic vowel marks** are taken out first (``الشدّادة``); an Arabic word with the
  article whose stem ends in ية is an adjective (``السورية``), not the name ``سورية``.
- **Arabic clitics.** The first word of an Arabic name may carry the conjunctions ``و``/``ف``,
  the prepositions ``ب``/``ل``/``ك`` and the article ``ال`` (``لل`` = ``ل`` + ``ال``):
  ``بالرقة``, ``وفي الرقة``, ``للرقة`` all find ``الرقة``; ``الرقة`` also finds ``رقة``.
  A name with the article that is also a common word is read only with the article
  written: ``قائم مقام`` (a district's governor) is no ``القائم``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Protocol

from archivist.text.folding import fold

from .inflection import article_added, is_arabic, one_edit, space_unseen, variants
from .placekinds import TOKEN, Kinds, Match, article, name_key
from .placewords import (
    NOT_PLACE_NAMES,
    TOWN_WORDS,
    as_name,
    given_name,
    hyphenated,
    inside_a_name,
    is_institution,
    kind_spellings,
    sentence_around,
)
from .provinces import NameList, before, countryside, part_of
from .pubdate import MONTHS, WEEKDAYS

Suggest = Callable[[str], list[str]]
NOT_PLACES = frozenset(MONTHS) | WEEKDAYS  # "in January", "on Monday"
#: A possessive ending: English "Syria’s", Turkish "Suriye'nin" (not "Sina'a", a name).
_POSSESSIVE = re.compile(r"['’](?:s|n?[iıuü]n)$")
#: Arabic short vowels and the shadda are combining marks, which split a word in two
#: (``الشدّادة``): they are taken out before the words are read.
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


class PlaceLike(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def all_names(self) -> Iterable[str]: ...

    @property
    def common(self) -> Iterable[str]: ...


#: A name of several words may be misspelt by one letter (``Northe East Syria``) if it is long.
MIN_APPROXIMATE = 12


class PlaceIndex:
    """Folded names (as word tuples) of every place; built once per batch."""

    def __init__(self, places: Iterable[PlaceLike], suggest: Suggest | None = None) -> None:
        self.suggest = suggest  # the gazetteer's nearest known names, for review hints
        self.names: dict[tuple[str, ...], str] = {}
        self.shapes: dict[tuple[int, int, str], list[tuple[str, ...]]] = {}
        self.common: set[tuple[str, ...]] = set()
        self.acronyms: set[tuple[str, ...]] = set()  # "NES": not the word "nes"
        spelt: set[tuple[str, ...]] = set()  # names written in small letters too
        joined: dict[tuple[str, ...], str] = {}  # a real name of one word comes first
        places = tuple(places)
        countries = {
            getattr(place, "id", None): place.name
            for place in places
            if getattr(place, "kind", "") == "country"
        }
        #: a region's country, by the region's name ("North and East Syria" -> "Syria")
        self.country: dict[str, str] = {
            place.name: countries[parent]
            for place in places
            if (parent := getattr(place, "parent", None)) in countries
        }
        for place in places:
            self.common |= {name_key(word) for word in place.common}
            for written in (place.name, *place.all_names):
                key = name_key(written)
                (self.acronyms if written.isupper() and len(key) == 1 else spelt).add(key)
                if len(key) > 1 and (not is_arabic(written) or space_unseen(key)):
                    # Dêra Zorê as Dêrazorê; دير الزور as ديرالزور
                    joined.setdefault(("".join(key),), place.name)
                if key and key not in self.names:
                    self.names[key] = place.name
                    if len(key) > 1 and len(" ".join(key)) >= MIN_APPROXIMATE:
                        # a one-letter slip leaves the first or the last word intact
                        self.shapes.setdefault((len(key), 0, key[0]), []).append(key)
                        self.shapes.setdefault((len(key), -1, key[-1]), []).append(key)
        self.acronyms -= spelt
        for place in places:  # "Guveyran cezaevinde", "zindana Sînaa": the prison's noun
            keys = [name_key(written) for written in (place.name, *place.all_names)]
            for key in kind_spellings(getattr(place, "kind", ""), keys):
                self.names.setdefault(key, place.name)
        for key, name in joined.items():
            self.names.setdefault(key, name)
        self.kinds = Kinds(self.names, self.country)
        self.longest = max((len(key) for key in self.names), default=0)

    def find(self, text: str, language: str = "") -> list[Match]:
        """Every place named in ``text``, first mention first, each once."""
        text = NOT_PLACE_NAMES.sub(" ", _HARAKAT.sub("", text)).replace("_", " ")  # #صلاح_الدين
        spans = list(TOKEN.finditer(text))
        words = [span.group() for span in spans]
        folded = [article(fold(word)) for word in words]
        joined = [hyphenated(text, span.start(), span.end()) for span in spans]
        found: dict[str, Match] = {}
        said: dict[str, bool] = {}  # whether a word next to a place says its kind
        provinces: list[str] = []  # names a plural province word lists
        parts: list[str] = []  # names a town is part of ("Halep'e bağlı Kobani")
        names = NameList()
        index = 0
        while index < len(words):
            window = slice(index, index + self.longest)  # no name is longer: linear time
            match = self._match_at(words[window], folded[window], language)
            if match is None:
                index += 1
                continue
            size = len(match.written.split())
            if match.common and not as_name(words[index : index + size], joined[index]):
                index += 1  # "hit-and-run", "a hit": the common word, not the town
                continue
            around = folded[max(index - 2, 0) : index], folded[index + size : index + size + 3]
            listed = names.goes_on(text, spans[index].start(), words[index])
            match = self.kinds.kind(match, around, names if listed else None, said, provinces)
            rural = countryside(*around)
            if part_of(*around):
                parts.append(match.place)
            if rural:
                said.setdefault(match.place, False)  # "ريف الحسكة": the city's, or the province?
            if not TOWN_WORDS.match(" ".join((*around[0], *around[1][:1]))):  # "the town of X"
                match = self.kinds.camp(match, sentence_around(text, spans[index].start()))
            elif not rural:  # "gundewar" (countryside) is no "gund" (village)
                said[match.place] = True
            longer = inside_a_name(text, spans, index, index + size, self._known)
            if not is_institution(folded, index, index + size) and not longer:
                opener = before(around[0]) or before(folded[index : index + 1])  # محافظة كركوك و...
                names.add(match.place, spans[index + size - 1].end(), listed, opener)
                person = given_name(text, spans, index, index + size, self._known)
                _keep(found, replace(match, person=person))
                country = self.kinds.country_inside(match, folded[index : index + size])
                if country is not None:
                    found.setdefault(country.place, country)
            index += size
        parts = [place for place in parts if not said.get(place)]  # "İdlib kentinde": the city
        beside = self.kinds.listed_provinces([*provinces, *parts], found, said)
        return [self.kinds.left_open(match, said, beside) for match in found.values()]

    def _match_at(self, words: list[str], folded: list[str], language: str) -> Match | None:
        """The longest place name starting at the first word."""
        for size in range(min(self.longest, len(words)), 0, -1):
            for key in variants(folded[:size], words[:size], language):
                place = self.names.get(key)
                if place is not None and self._as_written(key, words[0], folded[0]):
                    return Match(place, " ".join(words[:size]), common=key in self.common)
            shapes = (size, 0, folded[0]), (size, -1, folded[size - 1])
            if any(_POSSESSIVE.search(word) for word in words[: size - 1]):
                continue  # "Syria’s desert": a possessive, no misspelt "Syrian Desert"
            for key in (key for shape in shapes for key in self.shapes.get(shape, ())):
                if one_edit(" ".join(key), " ".join(folded[:size])):
                    return Match(self.names[key], " ".join(words[:size]), approximate=True)
        return None

    def _as_written(self, key: tuple[str, ...], word: str, folded: str) -> bool:
        """Whether ``word`` may be read as the name ``key``: an acronym (``NES``) only in
        capitals, a common name with the article (``القائم``) only with the article written."""
        if key in self.acronyms and not word.isupper():
            return False
        return key not in self.common or not article_added(key[0], folded)

    def begins(self, word: str) -> bool:
        """Whether a known name's first word begins with ``word`` and is longer."""
        start = article(fold(word))
        return any(key[0].startswith(start) and key[0] != start for key in self.names)

    def _known(self, word: str) -> bool:
        return self._match_at([word], [article(fold(word))], "") is not None


def _keep(found: dict[str, Match], match: Match) -> None:
    """Keep the first mention of a place, unless it may be a person's name and this one is
    not (``Sozê Qamişlo``, then ``li Qamişlo``)."""
    if match.place not in found or (found[match.place].person and not match.person):
        found[match.place] = match
