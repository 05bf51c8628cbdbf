"""The base forms a written word may stand for, by the grammar of the report's language.

Each function gives candidate stems of one word; the place index looks each up among the
gazetteer's names, so a stem that is no name costs nothing and a common word never
becomes a place through its stem alone.

- **Kurmanji** (``kurmanji_stems``): the oblique and construct (ezafe) endings ``-ê``,
  ``-î``, ``-a``, ``-ên``, ``-an``, with ``y`` after a vowel (``-yê``, ``-ya``, ``-yî``):
  ``Kobaniyê``, ``Efrînê``, ``Holê`` (of ``Kampa Holê``).
- **Turkish** (``turkish_stems``): one case ending, as Turkish writes it on a noun. The
  locative ``-da``, ablative ``-dan``, ``-daki`` ("the one in"), genitive ``-ın``,
  dative ``-a``, accusative ``-ı`` and instrumental ``-la``, following vowel harmony
  (``a`` after a back vowel ``a ı o u``, ``e`` after a front one), ``t`` for ``d`` after
  a voiceless consonant (``kampta``), and a buffer letter after a vowel: ``y``
  (``Rakka-ya``) or the ``n`` that follows a possessive (``kampı-n-da``,
  ``bölgesi-n-deki``, ``çölü-n-ün``). The stem keeps its possessive, as compound names
  are written in the gazetteer: ``Hol Kampı``, ``Fırat Bölgesi``, ``Suriye Çölü``.
  Derivations such as ``-lı`` (``Suriyeli``, a Syrian) are not endings: an adjective is
  no place.
- **Arabic** (``arabic_stems``): the conjunctions ``و``/``ف``, the prepositions
  ``ب``/``ل``/``ك`` and the article ``ال`` in front of a word.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

KURMANJI_LETTERS = frozenset("êîûşçÊÎÛŞÇ")
KURMANJI_ENDINGS = ("yen", "yan", "ye", "ya", "yi", "en", "an", "e", "i", "a")  # folded
TURKISH_LETTERS = frozenset("ıİğĞ")  # letters only Turkish writes
MIN_STEM = 4
ARABIC_CONJUNCTIONS = ("", "و", "ف")
ARABIC_PREPOSITIONS = ("", "ب", "ل", "ك")

_BACK, _FRONT = frozenset("aıou"), frozenset("eiöü")
_VOICELESS = frozenset("çfhkpsşt")
#: Turkish case endings as written after a consonant, in their back-vowel form.
_TURKISH_CASES = ("daki", "dan", "da", "ın", "un", "a", "ı", "u", "la")
_FRONTED = str.maketrans("aıu", "eiü")
#: Arabic letters that never join the letter after them: a space after one is not seen.
_NON_JOINING = frozenset("اأإآدذرزوؤةء")


def kurmanji_stems(word: str, min_stem: int = MIN_STEM) -> list[str]:
    """Candidate base forms of a folded Kurmanji word: ``kobani`` -> ``koban``, ``kobane``..."""
    stems: list[str] = []
    for ending in KURMANJI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e", stem + "i"]
    return list(dict.fromkeys(s for s in stems if s != word))


def turkish_stems(word: str, min_stem: int = MIN_STEM) -> list[str]:
    """Candidate base forms (folded) of a Turkish word with one case ending:
    ``kampında`` -> ``kampi``, ``bölgesindeki`` -> ``bolgesi``, ``Rakkaya`` -> ``rakka``."""
    lower = turkish_lower(word)
    stems = [
        stem
        for suffix in TURKISH_SUFFIXES
        if lower.endswith(suffix)
        and (stem := lower[: -len(suffix)])
        and len(stem) >= min_stem
        and _fits(stem, suffix)
    ]
    return list(dict.fromkeys(fold(stem) for stem in stems))


def turkish_lower(word: str) -> str:
    """Lower case as Turkish writes it: ``I`` is ``ı``, ``İ`` is ``i``."""
    return word.replace("I", "ı").replace("İ", "i").lower()


def _turkish_suffixes() -> tuple[str, ...]:
    """Every written form of the case endings, longest first."""
    forms: set[str] = set()
    for case in _TURKISH_CASES:
        for vowel_form in (case, case.translate(_FRONTED)):
            forms.add(vowel_form)
            if vowel_form[0] == "d":
                forms |= {"t" + vowel_form[1:], "n" + vowel_form}  # kampta, kampında
            elif vowel_form[0] == "l":
                forms.add("y" + vowel_form)  # Rakkayla
            elif len(vowel_form) > 1:
                forms.add("n" + vowel_form)  # the genitive: Rakkanın
            else:
                forms |= {"y" + vowel_form, "n" + vowel_form}  # Rakkaya, kampını
    return tuple(sorted(forms, key=lambda form: (-len(form), form)))


TURKISH_SUFFIXES = _turkish_suffixes()


def _fits(stem: str, suffix: str) -> bool:
    """True when ``suffix`` is the form Turkish writes after ``stem``: its buffer letter,
    its ``d`` or ``t``, and its vowel's harmony with the stem's last vowel."""
    ends_in_vowel = stem[-1] in _BACK | _FRONT
    body = suffix[1:] if suffix[0] in "ny" and len(suffix) > 1 else suffix
    if body != suffix and not ends_in_vowel:
        return False  # a buffer letter comes only after a vowel
    if body[0] in _BACK | _FRONT and body == suffix and ends_in_vowel:
        return False  # after a vowel, a vowel ending takes a buffer: Rakka-ya
    if body[0] == "l" and ends_in_vowel and body == suffix:
        return False  # Rakka-yla
    if body[0] in "dt" and (body[0] == "t") != (stem[-1] in _VOICELESS):
        return False  # kamp-ta, Rakka-da
    vowels = [ch for ch in stem if ch in _BACK | _FRONT]
    ending_vowel = next(ch for ch in body if ch in _BACK | _FRONT)
    return not vowels or (vowels[-1] in _BACK) == (ending_vowel in _BACK)


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
    # "السورية" is the adjective "Syrian" (a nisba ending in ية), not the name "سورية"
    with_article = [s for s in stems if s.startswith("ال") and len(s) > 3 and s[-2:] != "يه"]
    stems += [s[2:] for s in with_article]
    stems += ["ال" + s for s in stems if not s.startswith("ال")]
    return list(dict.fromkeys(stems))


def article_added(name: str, written: str) -> bool:
    """True when an Arabic name with the article is matched by a word written without it:
    ``قائم`` (standing, of ``قائم مقام``, a district's governor) is not ``القائم``, when the
    name is also a common word. (``بالقائم``, ``للقائم`` write it.)"""
    return name.startswith("ال") and not written.endswith(name[1:])


def is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


_APOSTROPHE = re.compile(r"['’]")


def variants(folded: list[str], raw: list[str], language: str) -> list[tuple[str, ...]]:
    """The word tuple as written, then with clitics and endings taken off (see
    :mod:`archivist.importer.inflection`). On a name of one word an ending is taken off
    only if the stem keeps four letters, and a Turkish one only if the word is capitalised."""
    firsts = arabic_stems(folded[0]) if is_arabic(folded[0]) else [folded[0]]
    lasts = [folded[-1]]
    min_stem = MIN_STEM if len(folded) == 1 else 2
    if _APOSTROPHE.search(raw[-1]):  # Turkish case endings, English 's: Kamışlı'da, Raqqa's
        lasts.append(fold(_APOSTROPHE.split(raw[-1])[0]))
    if language == "ku" or any(ch in KURMANJI_LETTERS for ch in raw[-1]):
        lasts += kurmanji_stems(folded[-1], min_stem)
    turkish = language == "tr" or any(ch in TURKISH_LETTERS for ch in raw[-1])
    if turkish and (len(folded) > 1 or raw[0][:1].isupper()):
        lasts += turkish_stems(raw[-1], min_stem)
    if len(folded) == 1:
        return [(word,) for word in dict.fromkeys([*firsts, *lasts])]
    return [(first, *folded[1:-1], last) for first in firsts for last in dict.fromkeys(lasts)]


def one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with at most one letter added, removed or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True


def space_unseen(key: tuple[str, ...]) -> bool:
    """Whether every word of an Arabic name but the last ends in a letter that does not join
    the next (``دير الزور``): written without its spaces, the name looks the same, and
    writers often leave them out (``ديرالزور``)."""
    return all(word[-1:] in _NON_JOINING for word in key[:-1])
