"""The words around a place name that change what it names: an institution's name
("Damascus government"), ISIS's own names, a broadcaster's, a credit's, a camp's or a
town's word, for :mod:`archivist.importer.placenames`. Every list is folded
(``archivist.text.folding``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from archivist.text.folding import fold

from .inflection import is_arabic, one_edit

#: Words after a place name that make it an institution, not a place ("Damascus government",
#: "Manbij Military Council", "قوات سوريا الديمقراطية"), and Arabic words before one ("حكومة دمشق").
INSTITUTION_AFTER = frozenset(
    tuple(fold(words).split())
    for words in (
        "government",
        "regime",
        "hukumeti",  # Bağdat hükümeti, Şam yönetimi: the Baghdad, the Damascus government
        "yonetimi",
        "local council",
        "military council",
        "الديمقراطية",
        "الديموقراطية",
        "democratic",
        "demokratik",  # Hêzên Sûriyeya Demokratîk, Suriye Demokratik Güçleri
        "insan haklari",  # Suriye İnsan Hakları Gözlemevi, the Syrian Observatory (SOHR)
        "ic guvenlik",  # Kuzey ve Doğu Suriye İç Güvenlik Güçleri, the Asayish
        "internal security",
        "press",  # Iran Press, North Press: a news agency's name
        "television",  # Al Mayadeen television, el-Meyadin televizyonunun: a channel
        "televizyon",
        "tv",
        "magazine",  # Dabiq magazine, ISIS's
        "information center",  # the Rojava Information Center, a research group
        "information centre",
        "dergisi",
    )
)
#: Letters of an institution's word that may be misspelt by one and still be read.
MIN_SLIP = 8
#: "حكومة دمشق" (the Damascus government); Turkish puts the adjective first in the SDF's and
#: the SDC's names ("Demokratik Suriye Güçleri", "Demokratik Suriye Meclisi").
#: A magazine or a council named after a place is no place: "مجلة دابق" (ISIS's Dabiq),
#: "مجلس دير الزور المدني" (the Deir ez-Zor Civil Council); nor is a country that
#: fighters are loyal to (its government: "فصائل موالية لإيران", factions loyal to Iran).
INSTITUTION_BEFORE = frozenset(
    fold(word)
    for word in (
        *("حكومة", "نظام", "demokratik", "مجلة", "مجلس"),
        *("موالية", "الموالية", "موالين", "الموالين"),  # loyal to: "فصائل موالية لإيران"
    )
)
#: Names that hold a place's name and are no place of the report: ISIS's own names and
#: other groups' al-Sham (the Levant), the broadcaster Al Jazeera (the region is "Jazira",
#: "Jazeera", "the Jazeera region"), and the person or agency a copyright credit names
#: ("© 2019 Sam Tarling" is no "Şam").
NOT_PLACE_NAMES = re.compile(
    r"Islamic State (?:of|in) Iraq and (?:the |al-)?(?:Levant|Sham|Syria)"
    r"|الدولة ال[إا]سلامية في العراق و(?:ال)?شام"
    r"|Dewleta Îslamî (?:li|ya|a) Îraq(?:ê)? û Şam(?:ê)?"
    r"|Irak ve Şam İslam Devleti"
    # the Arabic name in Latin letters: "ed-Devlet'ül İslâmiyye fi'l Irak ve'ş Şam"
    r"|(?:Devlet|Dawla)\S* \S+ f[iî]\S* (?:[ae]l-)?(?:Irak|Iraq)\S* (?:ve|wa)\S* "
    r"(?:ash-)?(?:Şam|Sham)"
    # "Şam" after the Arabic article is al-Sham, the Levant, in a group's name: "Ahrar'uş
    # Şam" (Ahrar al-Sham), "Heyet Tahrir eş-Şam"; Turkish writes Damascus bare
    r"|\S+['’][uüi]?ş[- ]Şam\b|\be[lsş]-Şam\b"
    r"|\bal[- ]Jazeera\b(?! region)"
    r"|©(?-i:\s*(?:\d{4}\s+)?[A-Z]\S*(?:\s[A-Z]\S*)*)",
    re.IGNORECASE,
)
#: A camp named in the sentence: English, Arabic, Turkish and Kurmanji (folded).
CAMP_WORDS = re.compile(r"\b(?:camps?|encampment|مخيم\w*|kamp\w*)\b")
#: A word next to a name that says it is a town, not the camp named after it; an Arabic one
#: may carry its clitics ("لمدينة الهول", "to the town of al-Hol").
TOWN_WORDS = re.compile(
    r"(?:.* )?(?:towns?|village|city|district|[وفبل]{0,2}(?:بلده|مدينه|قريه|ناحيه)|navce\w*|"
    r"bajar\w*|gund\w*|ilce\w*|kasaba\w*|koy\w*|kent\w*|sehir\w*|sehr\w*)\b"
)
STOPS = (".", "!", "?", "؟", "\n")
Known = Callable[[str], bool]  # whether a word is a place's name


def is_institution(folded: list[str], start: int, end: int) -> bool:
    """True when the words around a place name make it an institution's name. A long word of
    the institution may be misspelt by one letter ("Sûriya Dewmokratîk") or carry an ending
    ("el-Meyadin televizyonunun"): it is no place."""
    after = folded[end : end + 2]
    before = folded[start - 1] if start > 0 else ""
    return before in INSTITUTION_BEFORE or any(
        len(words) <= len(after) and all(map(_same_word, after, words))
        for words in INSTITUTION_AFTER
    )


def _same_word(written: str, known: str) -> bool:
    long = len(known) >= MIN_SLIP  # and may take an ending: "televizyonunun"
    return written == known or (long and (one_edit(known, written) or written.startswith(known)))


def sentence_around(text: str, at: int) -> str:
    """The sentence around position ``at``."""
    start = max(text.rfind(stop, 0, at) for stop in STOPS) + 1
    ends = [end for stop in STOPS if (end := text.find(stop, at)) >= 0]
    return text[start : min(ends, default=len(text))]


def inside_a_name(
    text: str, spans: list[re.Match[str]], start: int, end: int, known: Known
) -> bool:
    """True when the place name of words ``start:end`` stands between two capitalised words
    of a sentence in small letters, a space on each side, neither of them ``known`` as a
    place: it is part of a longer name, a person's ("Mazloum Kobani Abdi") or a body's."""
    if start < 2 or end >= len(spans) or not spans[end - 1].group().isalpha():
        return False  # "Kuzey Suriye’deki Kobani": an ending is no part of a longer name
    before, after = spans[start - 1], spans[end]
    gaps = text[before.end() : spans[start].start()], text[spans[end - 1].end() : after.start()]
    names = all(_capitalised(word.group()) and not known(word.group()) for word in (before, after))
    leading = text[spans[start - 2].end() : before.start()].strip()  # not a sentence's head
    sentence = sentence_around(text, spans[start].start()).split()
    prose = sum(word[:1].islower() for word in sentence) > len(sentence) / 2
    return gaps == (" ", " ") and names and prose and leading not in (*STOPS, ":")


#: Capitalised words with the ezafe that are a place's word or a direction, not a given
#: name: "Bajarê Qamişlo", "Bakurê Sûriyê" (folded).
_NOT_GIVEN = re.compile(r"(?:bajar|gund|navce|kamp|heri?m|parezg|kanton|bakur|basur|rojhilat)")


def given_name(text: str, spans: list[re.Match[str]], start: int, end: int, known: Known) -> str:
    """The capitalised word before a place name of one word when the two may be a person's
    name, as Kurmanji names a fighter by a town (``Sozê Qamişlo``, ``Mazlûmê Kobanî``): it
    ends in the ezafe ``ê``, stands in a sentence, is no place (``known``) nor a place's
    word or a direction (``Bajarê``, ``Bakurê``), and a word in small letters or a stop
    follows the name. Else ``""``."""
    if start < 1 or end - start != 1:
        return ""
    word = spans[start - 1].group()
    if not (word.endswith("ê") and _capitalised(word.replace("ê", "e"))) or known(word):
        return ""
    after = text[spans[start].end() :].lstrip()[:1]
    leading = text[: spans[start - 1].start()].rstrip()[-1:]
    gap = text[spans[start - 1].end() : spans[start].start()]
    plain = gap == " " and not _NOT_GIVEN.match(fold(word)) and leading not in (*STOPS, ":", "")
    return word if plain and not after.isupper() else ""


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word.isascii()


def hyphenated(text: str, start: int, end: int) -> bool:
    """True when the word at ``start:end`` is joined to the next or previous by a hyphen."""
    return text[end : end + 1] in ("-", "‐") or text[max(start - 1, 0) : start] in ("-", "‐")


def as_name(words: list[str], joined: bool) -> bool:
    """A common word read as a name: in Arabic script (no capitals: flagged instead), or
    capitalised and not part of a compound like ``hit-and-run``."""
    if is_arabic(words[0]):
        return True
    return words[0][:1].isupper() and not (len(words) == 1 and joined)


#: The noun of a place's kind as each language writes it, folded: after the name (English
#: "X Prison", Turkish "X Cezaevi", "X Hapishanesi") or before it (Kurmanji "Zindana X",
#: "Girtîgeha X", Arabic "سجن X").
KIND_NOUNS = {
    "prison": (
        tuple(fold(word) for word in ("prison", "cezaevi", "hapishanesi")),
        tuple(fold(word) for word in ("zindana", "girtîgeha", "سجن")),
    ),
}


def kind_spellings(kind: str, keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Every name (folded words) of a place of ``kind`` written with each language's noun
    of its kind: ``Geviran Cezaevi`` and ``Ghwayran Prison`` give ``Geviran Prison``,
    ``Ghwayran Cezaevi``, ``Zindana Ghwayran``... A report names a prison in its own
    language's word around any spelling of the name; the script of the name is kept."""
    after, before = KIND_NOUNS.get(kind, ((), ()))
    bare = {key[:-1] for key in keys if len(key) > 1 and key[-1] in after}
    bare |= {key[1:] for key in keys if len(key) > 1 and key[0] in before}
    return {
        spelling
        for name in bare
        for spelling in (*((*name, noun) for noun in after), *((noun, *name) for noun in before))
        if is_arabic(spelling[0]) == is_arabic(spelling[-1])
    }
