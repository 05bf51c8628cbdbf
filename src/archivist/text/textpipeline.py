"""The search text pipeline: how text becomes index terms, in English and Arabic.

Written once here and once in ``theme/static/js/textpipeline.js``; both register
the same three functions under the same labels, in lunr.py and in lunr.js, so an
index built here is queried in the browser with exactly the same steps:

1. ``archivist-words``: fold the token with :func:`archivist.text.folding.fold` (case,
   diacritics, Arabic letter variants, tatweel, harakat) and split it into words:
   runs of Unicode letters and digits. lunr's own trimmer is ASCII-only and
   would turn an Arabic word into nothing.
2. ``archivist-stop``: drop the commonest English and Arabic function words.
3. ``archivist-stem``: a word with Arabic letters goes through :func:`arabic_stem`
   (a light prefix/suffix stemmer), any other through lunr.js's own English
   stemmer (:mod:`archivist.text.english_stemmer`; lunr.py's differs).

``tests/vectors/pipeline.json`` (word in, terms out) holds the two twins together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from lunr.pipeline import Pipeline
from lunr.token import Token

from .english_stemmer import stem as english_stem
from .folding import fold

LABELS = ("archivist-words", "archivist-stop", "archivist-stem")

_ENGLISH_STOP_WORDS = (
    # The commonest function words (a subset of lunr.js's list).
    "a an and are as at be but by for from had has have he her his i if in into is it its "
    "of on or our she so than that the their them then there these they this to was we "
    "were which who will with would you"
)
_ARABIC_STOP_WORDS = (
    # Folded: in, from, on, to, about, with, that, or, what, not, this, these, that,
    # which, who, was, has, then, between, until.
    "في من علي الي عن مع ان او ما لا هذا هذه ذلك التي الذي الذين كان قد ثم بين حتي"
)
STOP_WORDS = frozenset(f"{_ENGLISH_STOP_WORDS} {_ARABIC_STOP_WORDS}".split())

#: Attached article with conjunctions and prepositions, longest first (folded forms).
ARABIC_ARTICLES = ("وبال", "وكال", "فبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال")
#: Suffixes tried once each, in this order (Larkey's light10, folded: ة -> ه).
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
#: A stem this long (not counting a final pronoun) is compared by its consonants...
LONG_STEM = 7
#: ... if this many letters are left.
LONG_STEM_LEFT = 6
_PRONOUN = re.compile("(?:هما|هم|هن|كما|كم|كن|نا)$")
_LONG_VOWELS = "اوي"
_C = "[^اوي]"  # a consonant
#: The verbal nouns of derived forms VIII (افتعال; a first root letter س would read
#: as form X of a hollow root, استعاد), VII (انفعال) and X (استفعال)...
_VERBAL_NOUNS = (
    re.compile(f"^ا([^اويس]ت{_C})ا({_C})$"),
    re.compile(f"^ا(ن{_C}{_C})ا({_C})$"),
    re.compile(f"^ا(ست{_C}{_C})ا({_C})$"),
)
#: ... their verbs, past (افتعل) or present (يفتعل, تفتعل, نفتعل, أفتعل)...
_VERBS = (
    re.compile(f"^[ايتن]({_C}ت{_C}{_C})$"),
    re.compile(f"^[ايتن](ن{_C}{_C}{_C})$"),
    re.compile(f"^[ايتن](ست{_C}{_C}{_C})$"),
)
#: ... with a person ending the light suffixes leave (اعتقلت, اعتقلوا).
VERB_ENDINGS = ("وا", "تم", "ت", "ن", "ا")


def words(text: str) -> list[str]:
    """Fold ``text`` and split it into words (runs of letters and digits)."""
    return list(_words_of(text))


@lru_cache(maxsize=1 << 16)
def _words_of(text: str) -> tuple[str, ...]:
    found: list[str] = []
    current: list[str] = []
    for ch in fold(text):
        if unicodedata.category(ch)[0] in "LN":
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return tuple(found)


def arabic_stem(word: str) -> str:
    """Light Arabic stemmer for a folded word: strip the article, ``و``, common suffixes.

    An attached article (``ال`` and its combinations with ``و ف ب ك ل``) goes if two
    letters stay; otherwise a leading ``و`` (and) goes if three stay; then each suffix
    of :data:`ARABIC_SUFFIXES` goes, once, if two letters stay. So ``المرتزقة``,
    ``مرتزقة`` -> ``مرتزق`` and ``بالرقة``, ``الرقة`` -> ``رق``. A derived verb and its
    verbal noun then meet (:func:`derived_form`); any other long stem loses the letters
    that write a loanword's vowels (:func:`loanword_vowels`).

    A bare attached ``ل`` (to, for) goes only where what follows is surely a word of its
    own: a derived verb or verbal noun (``لاعتقال``), or a plural in ``ات`` of 5 letters or
    more (``لعمليات``). Many words begin with a ``ل`` of their own (``لبنان``, ``لجنة``,
    ``لحظات``), so it stays anywhere else (``لقوات`` is not stripped).
    """
    if word.startswith("ل") and not word.startswith("لل"):
        light = _light_stem(word[1:])
        derived = derived_form(light)
        if derived:
            return derived
        if word.endswith("ات") and len(word) >= 6:
            return loanword_vowels(light)
    light = _light_stem(word)
    return derived_form(light) or loanword_vowels(light)


def _light_stem(word: str) -> str:
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article) :]
            break
    else:
        if word.startswith("و") and len(word) >= 4:
            word = word[1:]
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def derived_form(stem: str) -> str:
    """The past-tense stem of a verb of derived forms VII, VIII or X, from its verbal
    noun or any of its forms, or "" for any other stem.

    ``اعتقال`` (arrest), ``اعتقلت``, ``اعتقلوا``, ``يعتقل`` -> ``اعتقل``; ``انسحاب``, ``تنسحب``
    -> ``انسحب``; ``استخدام``, ``يستخدم`` -> ``استخدم``. The past tense keeps its ``ا``, so a
    future ``ستعمل`` (will work) stays apart from ``استعمل`` (used).
    """
    for pattern in _VERBAL_NOUNS:
        if found := pattern.match(stem):
            return "ا" + "".join(found.groups())
    endings = [stem[: -len(e)] for e in VERB_ENDINGS if stem.endswith(e)]
    for form in (stem, *endings):
        for pattern in _VERBS:
            if found := pattern.match(form):
                return "ا" + found.group(1)
    return ""


def loanword_vowels(stem: str) -> str:
    """A long Arabic stem without the ``و`` and ``ي`` that stand for a vowel.

    Arabic writes the short vowels of borrowed words and foreign names with these
    letters or not at all: ``ديموقراطية``/``ديمقراطية``, ``كومبيوتر``/``كمبيوتر``,
    ``ديبلوماسية``/``دبلوماسية``, ``تكنولوجيا``/``تكنلوجيا``. Native words use them to tell
    words apart (``سجن``, ``سجين``), but in short stems: so only a stem of
    :data:`LONG_STEM` letters or more, not counting a final pronoun (``هم``, ``نا``...),
    loses them, only where one stands between two consonants (``استجواب`` keeps the
    ``و`` of ``وا``), and only if :data:`LONG_STEM_LEFT` letters are left (a long
    name never becomes a short native word).
    """
    if len(_PRONOUN.sub("", stem)) < LONG_STEM:
        return stem
    kept = [
        letter
        for i, letter in enumerate(stem)
        if not (
            0 < i < len(stem) - 1
            and letter in "وي"
            and stem[i - 1] not in _LONG_VOWELS
            and stem[i + 1] not in _LONG_VOWELS
        )
    ]
    return "".join(kept) if len(kept) >= LONG_STEM_LEFT else stem


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Stem a folded word: Arabic light stemmer for Arabic script, else lunr.js's English."""
    return arabic_stem(word) if _ARABIC.search(word) else english_stem(word)


def terms(text: str) -> list[str]:
    """The index terms of ``text``: the whole pipeline, as lunr runs it on one token."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def prepare_query(query: str) -> str:
    """Fold the words of wildcard terms, which lunr passes by the pipeline.

    ``Serêkan*`` becomes ``serekan*``; the rest of the query is left to lunr's parser
    (presence ``+``/``-``, ``field:``, ``~1``, ``^2`` are kept as typed).
    """
    return re.sub(r"\S+", _fold_wildcard_term, query)


_TERM = re.compile(r"^([+-]?)([a-zA-Z]+:)?(.*?)((?:[~^][0-9]*)*)$")


def _fold_wildcard_term(match: re.Match[str]) -> str:
    chunk = match.group(0)
    parts = _TERM.match(chunk)
    if "*" not in chunk or parts is None:
        return chunk
    presence, field, body, modifiers = parts.groups()
    body = "*".join(fold(piece).replace(" ", "") for piece in body.split("*"))
    return f"{presence}{field or ''}{body}{modifiers}"


# lunr.py pipeline functions: (token, index, tokens) -> token, tokens or None.
def _words(token: Token, i: int, tokens: list[Token]) -> list[Token]:
    # Metadata is shared, not copied: the index keeps none (no positions are stored).
    return [Token(word, token.metadata) for word in _words_of(str(token))]


def _stop(token: Token, i: int, tokens: list[Token]) -> Token | None:
    return None if str(token) in STOP_WORDS else token


def _stem(token: Token, i: int, tokens: list[Token]) -> Token:
    return token.update(lambda text, metadata: stem(text))


FUNCTIONS: tuple[Callable[..., Any], ...] = (_words, _stop, _stem)
for _function, _label in zip(FUNCTIONS, LABELS, strict=True):
    Pipeline.register_function(_function, _label)


def pipeline() -> Pipeline:
    """A lunr.py pipeline of the three registered functions (for indexing and for search)."""
    result = Pipeline()
    result.add(*FUNCTIONS)
    return result
