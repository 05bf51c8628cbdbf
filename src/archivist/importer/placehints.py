"""Places a report names that the gazetteer does not know, for the review table.

- :func:`unknown_places`: a name the report calls a town, village, city... (``the town of
  X``, ``مدينة X``, ``قضاء X``, ``بمنطقة X``) is always reported; a capitalised name after
  "in", "near"... when the gazetteer knows a name close to it (``Tel Tamur (did you mean
  Tell Tamr?)``).
  A name the capture cuts off at a line's end (``مدينة كركو``) is no unknown place when a
  known name begins with it.
- :func:`possible_places`: a name the report puts where something happens, by the
  grammar of its language (English "in X", "X camp"; Kurmanji "li X", "gundê X";
  Turkish "X'te", "X bölgesinde"; Arabic "قرب X"), and every name of the list it opens
  ("between Markada and Al-Sawr", "li taxên Mirur û Nehda"), that the gazetteer does not
  know whole. The review calls it a possible place, so that a place the importer missed (a
  town the gazetteer lacks, or a spelling of one it has) is seen, not silently dropped.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .placenames import NOT_PLACES, PlaceIndex, Suggest
from .placewords import NOT_PLACE_NAMES

_NAME = r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]*(?:[ -](?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,2})"
#: "the town of X", "مدينة X": the report says X is a place.
_NAMED_PLACE = re.compile(
    r"\b(?:town|village|city|district|province|governorate|camp|countryside|region|"
    rf"neighbourhood|neighborhood) of {_NAME}"
    # a word of its own, with a clitic at most ("لمدينة"): not "المخيم" (the camp, named
    # before), not the end of another word ("مسلحي تنظيم", the fighters of the organisation)
    r"|(?<![\u0621-\u064a])(?:[وف]?[بل]?(?:مدينة|بلدة|قرية|مخيم|ناحية|حي|محافظة)"
    # a district, an area: not "للقضاء عليهم" (to eliminate them), "المنطقة"
    r"|[وفب]{0,2}(?:قضاء|منطقة)) "
    r"(?P<arabic>[\u0621-\u064a]{2,})(?= (?P<arabic2>[\u0621-\u064a]{2,}))?"
)
#: Arabic words that follow "قرية", "بلدة"... without being a name: "قرية قرب", "بلدة في".
# fmt: off
ARABIC_NOT_NAMES = frozenset(fold(word) for word in (
    "قرب", "في", "من", "على", "إلى", "عن", "مع", "شمال", "جنوب", "شرق", "غرب", "ريف",
    "بريف", "التي", "الذي", "أخرى", "واحدة", "الحدث", "العمليات", "الاشتباكات",
))
ARABIC_COMPOUND_FIRST = frozenset(fold(word) for word in (
    "عين", "تل", "رأس", "دير", "جسر", "أبو", "بئر", "خربة", "كفر", "جبل", "سد", "مخيم",
    "سجن", "ناحية", "حي", "قرية", "بني", "أم", "عين", "وادي",
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
        if name and not index.find(name) and not _cut(name, text, match.start(), index):
            unknown.setdefault(name, _hint(name, suggest))
    for match in _MAYBE_PLACE.finditer(text):
        name = match.group("name")
        if fold(name).split()[0] in NOT_PLACES:
            continue
        if _names_a_people(name.split()[0], index):
            continue
        if name not in unknown and not index.find(name) and suggest is not None:
            hint = _hint(name, suggest)
            if hint:
                unknown[name] = hint
    return [f"{name}{hint}" for name, hint in unknown.items()]


def _cut(name: str, text: str, at: int, index: PlaceIndex) -> bool:
    """True when ``name`` ends its line, no full stop after it, and a known name begins with
    it: the capture was cut off in the middle of the word ("نصف مدينة كركو", of كركوك)."""
    line = text[at:].split("\n", 1)[0].rstrip()
    return line.endswith(name) and index.begins(name)


#: English endings that make a people or an adjective of a place's name: "Syrian", "Iraqi".
_PEOPLE_ENDINGS = ("n", "an", "ian", "i")


def _names_a_people(word: str, index: PlaceIndex) -> bool:
    """Whether ``word`` is a known place's people or adjective (``from Syrian regions``):
    the place is known, nothing to suggest."""
    return any(
        word.endswith(ending) and index.find(word.removesuffix(ending))
        for ending in _PEOPLE_ENDINGS
    )


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


_UPPER = "A-ZÇĞİÖŞÜÊÎÛ"
_ARTICLE = r"(?:[a-zş]{1,3}-)?"  # al-, el-, eş-: "Ayn al-Arab", "Ayın el-Cahış"
_NAMES = rf"(?P<name>[{_UPPER}][\w’'-]*(?: {_ARTICLE}[{_UPPER}][\w’'-]*){{0,2}})"
#: Turkish and Kurmanji end a name at an apostrophe: "Deyrizor'un Meyadin ilçesinde".
_BARE_NAMES = rf"(?P<name>[{_UPPER}][\w-]*(?: {_ARTICLE}[{_UPPER}][\w-]*){{0,2}})"
#: Words that put a name where something happens, by language; the name follows.
_LOCATIVES = {
    # "in parts of X", "areas of X, Y and Z"
    "en": re.compile(
        rf"\b(?:in|near|at|outside|around|towards|between|(?:areas|parts) of) (?:al-|el-)?{_NAMES}"
    ),
    # "li X", "li bakurê X" (north of X), and "gundê X", "bajarokê X" (the village, town of X)
    "ku": re.compile(
        r"(?:\b(?i:li|nêzî|nêzîkî) (?:(?i:bakur|başûr|rojhilat|rojava)(?:y?[êa])? )?|"
        rf"\b(?:bajar|bajarok|gund|navçe|kamp|herêm|tax|dever)(?:y?[êa]|ên) ){_BARE_NAMES}"
    ),
    # a proper name takes its locative ending after an apostrophe: Londra'da, Hacin'deki,
    # Hemrin Dağları'nda
    "tr": re.compile(rf"(?<![\w'’]){_BARE_NAMES}['’]n?[dt][ae](?:ki)?\b"),
    "ar": re.compile(r"(?:قرب|بالقرب من|ضواحي|أطراف) (?P<arabic>[\u0621-\u064a]{2,})"),
}
#: A name, not at the head of a sentence, then the noun of its kind: "Fırat bölgesinde",
#: "Hol kampında". A camp or a desert named after a place is another place ("Suriye
#: çölünün"); a region or a town's quarter is reported only when the name is unknown.
_KIND_AFTER = {
    "en": re.compile(
        rf"(?<![.!?:] )(?<!^){_NAMES} (?P<kind>(?P<other>camp|prison|desert|oil field|plateau)"
        r"|town|village)s?\b",
        re.MULTILINE,
    ),
    "tr": re.compile(
        rf"(?<![.!?:] )(?<!^){_BARE_NAMES} (?P<kind>(?:(?P<other>kamp|çöl)|bölge|köy|ilçe|"
        r"kasaba|kent|şehr|mahalle|belde|kırsal)\w*)",  # kırsal: the countryside of a town
        re.MULTILINE,
    ),
}
#: Arabic words after "قرب" (near) that are no name: "قرب الحدود", "قرب بلدة"; the nouns of
#: what an attack is near ("قرب حاجز", a checkpoint; "قرب مقر الشرطة", the police's
#: headquarters), and "نحو" (about: "قرب نحو ٦٥ ألف", close to about 65,000).
# fmt: off
ARABIC_GENERIC = frozenset(fold(word) for word in (
    "الحدود", "منطقة", "مدينة", "بلدة", "بلدتي", "قرية", "مخيم", "ناحية", "حي", "الحي",
    "محافظة", "قضاء", "حاجز", "موقع", "مقر", "مركز", "قاعدة", "سجن", "السجن", "طريق",
    "الطريق", "منزل", "منزله", "مدرسة", "ثانوية", "نحو",
))
# fmt: on
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
MAX_NAME_TAIL = 30  # letters after a name where a longer known name may end
MIN_LISTED = 3  # letters of a name in a list
HEADLINE_CAPITALS = 0.6  # a line with more capitalised words than this share is a headline's
#: "Syrian camp", "Kurdish-held town": an adjective before the noun, not a name.
_ADJECTIVE = re.compile(r"(?:ian|ish|ites?|-(?:held|led|run|\w+ed))$")
_ACRONYM = re.compile(rf"^[{_UPPER}]{{2,}}")  # ISIS, SDG'de, DAIŞê: an organisation


#: The next name of a list: ", X", " and X", " û X", " ve X", Arabic " وX".
_NEXT = {
    "en": re.compile(rf"(?:,| and| or|, and|, or)(?: al-| el-)? {_NAMES}"),  # Oxford comma too
    "ku": re.compile(rf"(?:,| û| an) {_BARE_NAMES}"),
    "ar": re.compile(r"(?:،)? ?و(?P<arabic>[\u0621-\u064a]{2,})"),
}


def _listed(
    text: str, match: re.Match[str], index: PlaceIndex, language: str
) -> list[re.Match[str]]:
    """The names of the list a locative's name opens ("between Markada and Al-Sawr",
    "li taxên Mirur û Nehda", "قرب الشعفة والسوسة"), after the first; none after a name
    that is no place ("between Shi'ites and Sunnis"), nor inside a known name that holds
    the word "and" ("li Bakur û Rojhilatê Sûriyeyê", in North and East Syria)."""
    pattern = _NEXT.get(language)
    names: list[re.Match[str]] = []
    end = match.end()
    opens = match.start("name" if "name" in match.groupdict() else "arabic")
    while _named(match) and pattern is not None and (following := pattern.match(text, end)):
        if sum(ch.isalpha() for ch in _named(following)) < MIN_LISTED:
            break  # "in Hasaka, U.S. forces"
        if _known(text[opens : following.end()], text[opens:], index, language):
            break
        names.append(following)
        end = following.end()
    return names


def possible_places(text: str, index: PlaceIndex, language: str) -> list[str]:
    """Names the report puts where something happens that the gazetteer does not know, in
    ``language``: "in X", Kurmanji "li X", Turkish "X'te" and "X bölgesinde", Arabic
    "قرب X". A hint for the curator, not a place: each may be a place the gazetteer lacks,
    or a spelling of one it has."""
    found: dict[str, None] = {}
    text = NOT_PLACE_NAMES.sub(" ", text)  # "li Îraq û Şamê": no list of places
    after = _KIND_AFTER.get(language)
    for pattern in (_LOCATIVES.get(language), after):
        matches = (
            m
            for hit in (pattern.finditer(text) if pattern else ())
            for m in (hit, *(_listed(text, hit, index, language) if pattern is not after else ()))
        )
        for match in matches:
            name = _named(match)
            at = text[match.start("name" if "name" in match.groupdict() else "arabic") :]
            known = name and _known(name, at, index, language)
            if match.re is after and name and (match.group("other") or not known):
                name = text[match.start() : match.end("kind")]
                known = _known(name, at, index, language)
            if (
                name
                and not known
                and not (language == "en" and _names_a_people(name.split()[0], index))
                and not _headline_words(name, text, match.start(), index, language)
            ):
                found.setdefault(name)
    # "Ahdath" of "in al-Ahdath prison" is in "Ahdath prison"
    return [name for name in found if not any(f != name and f.startswith(name) for f in found)]


def _headline_words(name: str, text: str, at: int, index: PlaceIndex, language: str) -> bool:
    """True when ``name`` begins with a known place and stands in a line of capitalised words,
    a headline's: the words after the place are the headline's ("Deir ez-Zor Due to", "Iraq
    Sunni Mosque"), not a longer name."""
    line = text[text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0].split()
    if sum(word[:1].isupper() for word in line) <= len(line) * HEADLINE_CAPITALS:
        return False
    first = index.find(name, language)[:1]
    place = [fold(word) for word in _WORDS.findall(first[0].written)] if first else []
    return bool(place) and [fold(word) for word in _WORDS.findall(name)][: len(place)] == place


def _named(match: re.Match[str]) -> str:
    if "arabic" in match.groupdict():
        word = match.group("arabic")
        return "" if fold(word) in ARABIC_NOT_NAMES | ARABIC_GENERIC else word
    name = match.group("name")
    first = fold(name).split()[0]
    if first in NOT_PLACES or first in ("the", "this", "that") or _ACRONYM.match(name):
        return ""
    adjective = any(_ADJECTIVE.search(word) for word in name.split())  # "Syrian Kurds"
    return "" if adjective or any(ch.isdigit() for ch in name) else name


def _known(name: str, text: str, index: PlaceIndex, language: str) -> bool:
    """True when the gazetteer knows all of ``name``, or a longer name it begins, in the
    ``text`` that starts with it ("Deir" of "Deir ez-Zor")."""
    size = len(_WORDS.findall(name))
    start = text[: len(name) + MAX_NAME_TAIL]
    return any(
        len(_WORDS.findall(m.written)) >= size and fold(m.written).startswith(fold(name))
        for m in index.find(start, language)
    )
