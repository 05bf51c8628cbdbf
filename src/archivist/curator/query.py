"""The search page's query language, read for whoosh: the terminal's twin of
``theme/static/js/search-query.js``.

Every word is required; ``"a phrase"`` is a phrase; ``-word`` leaves reports with the
word out; ``title:``, ``place:``, ``tag:``, ``source:`` and ``language:`` restrict a word
to a field; ``word*`` is a prefix and ``word~1``/``word~2`` a near spelling. A run of
words naming a gazetteer place, in any spelling or script the gazetteer knows and with
or without the article (``Deir al-Zor``, ``دير الزور``), is read as that place, *or* the
words as typed, *or* one of its one-word names in any field, as the page reads it. The
bounds (length, words, prefixes, edit distance) are the page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from archivist.errors import QueryError
from archivist.text import analysis
from archivist.text.placekeys import ARTICLES, place_key
from archivist.text.textpipeline import terms, words

#: The page's bounds (``LIMITS`` in search-query.js).
MAX_CHARACTERS = 500
MAX_WORDS = 20
MAX_EXPANDING = 4
MAX_EDIT_DISTANCE = 2
MAX_EXPANSIONS = 300
#: A word of this many letters or more may have one typo, of the second two (``TYPOS``).
TYPO_LETTERS = (5, 9)
FIELDS = ("title", "place", "places", "tag", "tags", "source", "language")
_FILTERS = ("source", "language")
_LONGEST_PLACE = 6
_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?("[^"]*"|[^\s"]+)')
_FUZZY = re.compile(r"^(.*?)~(\d*)$")


@dataclass(frozen=True)
class Part:
    """One word, phrase or place of a query, as typed."""

    text: str
    negated: bool = False
    field: str = ""
    phrase: bool = False
    expanding: bool = False  #: a prefix* or a near~ spelling
    place: Any = None  #: the gazetteer place a run of words names


@dataclass(frozen=True)
class Reading:
    """A query as whoosh reads it: every word required, and without (``any_word``) that."""

    every_word: str
    any_word: str
    places: tuple[str, ...]  #: the names of the places read in the query
    units: int  #: words, phrases and places to find (not those to leave out)
    place_ids: tuple[str, ...] = ()  #: the ids of those places
    word_terms: tuple[str, ...] = ()  #: the terms of the words to find (no * or ~)
    title_lists: tuple[tuple[str, ...], ...] = ()  #: what a title holds to come first
    #: The index terms of each phrase to find, in order (stop words kept), to highlight
    #: where they stand together.
    phrases: tuple[tuple[str, ...], ...] = ()
    #: The phrases' terms that no other word of the query asks for: highlighted only
    #: within a phrase.
    phrase_only: frozenset[str] = frozenset()
    #: The words read with a typo (:func:`read_near`): their term and the letters typed.
    typos: tuple[tuple[str, str], ...] = ()


def read(text: str, places: Mapping[str, Any] | None = None, words_only: bool = False) -> Reading:
    """``text`` in whoosh's syntax; raise :class:`QueryError` when it breaks a rule or a bound.

    ``places`` maps :func:`place_key` to gazetteer places (see :func:`place_lookup`).
    """
    parts = _tokens(text.strip())
    _check_bounds(parts)
    if not any(not p.negated for p in parts):
        raise QueryError("give at least one word to find, not only words to leave out")
    if places and not words_only:
        parts = _recognise(parts, places)
    return _reading(parts)


def read_near(
    text: str, places: Mapping[str, Any] | None = None, words_only: bool = False
) -> Reading | None:
    """The near-spelling reading of ``text`` (``typos`` in search-query.js), as search
    engines allow typos: each word to find of one term and ``TYPO_LETTERS[0]`` letters or
    more may be one letter off (two from ``TYPO_LETTERS[1]``), as if typed ``word~1`` or
    ``word~2``, but standing for the nearest words only (:mod:`.typos`); places, phrases,
    words to leave out and prefixes stay as typed. None when no word may be."""
    parts = _tokens(text.strip())
    if places and not words_only:
        parts = _recognise(parts, places)
    room = MAX_EXPANDING - sum(p.expanding for p in parts)
    near, typos = [], []
    for part in parts:
        count = sum(c.isalpha() for c in part.text) if len(terms(part.text)) == 1 else 0
        plain = not (part.place is not None or part.phrase or part.negated or part.expanding)
        if room > 0 and plain and count >= TYPO_LETTERS[0] and part.field not in _FILTERS:
            room -= 1
            distance = 2 if count >= TYPO_LETTERS[1] else 1
            near.append(Part(f"{part.text}~{distance}", field=part.field, expanding=True))
            typos.append((analysis.terms(part.text)[0], "".join(words(part.text))))
        else:
            near.append(part)
    return replace(_reading(near), typos=tuple(typos)) if near != parts else None


def _reading(parts: list[Part]) -> Reading:
    found = [p for p in parts if p.place is not None]
    return Reading(
        every_word=" ".join(_whoosh(p, False) for p in parts),
        any_word=" OR ".join(_whoosh(p, True) for p in parts if not p.negated and _useful(p))
        + "".join(f" {_whoosh(p, False)}" for p in parts if p.negated),
        places=tuple(str(getattr(p.place, "name", p.place.id)) for p in found),
        units=sum(not p.negated for p in parts),
        place_ids=tuple(p.place.id for p in found),
        word_terms=(word_terms := _word_terms(parts)),
        title_lists=tuple((term,) for term in word_terms) + _name_lists(found),
        phrases=(phrases := _phrases(parts)),
        phrase_only=frozenset(t for p in phrases for t in p) - _loose_terms(parts),
    )


def _phrases(parts: list[Part]) -> tuple[tuple[str, ...], ...]:
    found = (tuple(analysis.terms(p.text)) for p in parts if p.phrase and not p.negated)
    return tuple(phrase for phrase in found if phrase)


def _loose_terms(parts: list[Part]) -> set[str]:
    """The index terms of the words to find that are not in a phrase, places' names too."""
    texts = [p.text for p in parts if not (p.phrase or p.negated)]
    texts += [name for p in parts if p.place is not None for name in p.place.all_names]
    return {term for text in texts for term in analysis.terms(text)}


def _word_terms(parts: list[Part]) -> tuple[str, ...]:
    """The query's words to find, as terms: not excluded, not * or ~, not an article."""
    found: dict[str, None] = {}
    for part in parts:
        if part.negated or part.expanding or part.field in ("source", "language"):
            continue
        found.update((term, None) for term in terms(part.text) if term not in ARTICLES)
    return tuple(found)


def _name_lists(found: list[Part]) -> tuple[tuple[str, ...], ...]:
    keys = sorted({place_key(name) for p in found for name in p.place.all_names} - {""})
    return tuple(tuple(key.split(" ")) for key in keys)


def place_lookup(places: Iterable[Any]) -> dict[str, Any]:
    """Each name's :func:`place_key` -> its place, for every place (the first one wins)."""
    lookup: dict[str, Any] = {}
    for place in places:
        for name in place.all_names:
            key = place_key(name)
            if key:
                lookup.setdefault(key, place)
    return lookup


def _tokens(text: str) -> list[Part]:
    if len(text) > MAX_CHARACTERS:
        raise QueryError(f"the query has {len(text)} characters; keep it under {MAX_CHARACTERS}")
    if text.count('"') % 2:
        raise QueryError('unbalanced quote; close the phrase with "')
    parts = []
    for sign, field_name, body in _TOKEN.findall(text):
        field = field_name.lower()
        if field and field not in FIELDS:
            raise QueryError(
                f"unknown field '{field_name}:'; use title:, place:, tag:, source: or language:"
            )
        phrase = body.startswith('"')
        word = body[1:-1] if phrase else body
        part = Part(word, sign == "-", field, phrase, not phrase and _expanding(word))
        if not part.expanding and not terms(word) and field not in ("source", "language"):
            if phrase:
                raise QueryError(f'"{word}" has only common words; give a rarer word')
            continue
        parts.append(part)
    return parts


def _expanding(word: str) -> bool:
    fuzzy = _FUZZY.match(word)
    if fuzzy:
        distance = int(fuzzy[2] or 1)
        if distance > MAX_EDIT_DISTANCE:
            raise QueryError(f"'{word}' allows {distance} wrong letters; ~1 or ~2 at most")
        if "*" in word:
            raise QueryError(f"'{word}': use * or ~, not both")
        return True
    if "*" not in word:
        return False
    star = word.index("*")
    if star == 0 or not words(word[:star]):
        raise QueryError(f"'{word}' begins with *; give its first letters")
    if word[star + 1 :].replace("*", ""):
        raise QueryError(f"'{word}': * may only end a word")
    return True


def _check_bounds(parts: list[Part]) -> None:
    count = sum(len(terms(p.text)) or p.expanding for p in parts)
    if count > MAX_WORDS:
        raise QueryError(f"the query has {count} words; {MAX_WORDS} at most")
    expanding = sum(p.expanding for p in parts)
    if expanding > MAX_EXPANDING:
        raise QueryError(f"the query has {expanding} words with * or ~; {MAX_EXPANDING} at most")


def _recognise(parts: list[Part], places: Mapping[str, Any]) -> list[Part]:
    out, i = [], 0
    while i < len(parts):
        found, end = None, i
        for j in range(i, min(len(parts), i + _LONGEST_PLACE)):
            part = parts[j]
            plain = not (part.negated or part.phrase or part.expanding)
            if not plain or part.field not in ("", "place", "places") or (j > i and part.field):
                break
            key = place_key(" ".join(p.text for p in parts[i : j + 1]))
            if key in places:
                found, end = places[key], j
        if found is None:
            out.append(parts[i])
            i += 1
            continue
        run = " ".join(p.text for p in parts[i : end + 1])
        out.append(Part(run, field=parts[i].field, place=found))
        i = end + 1
    return out


def _useful(part: Part) -> bool:
    """In the any-word reading an article word alone (al-, el-) would find every report."""
    return (
        part.place is not None or part.expanding or any(t not in ARTICLES for t in terms(part.text))
    )


def _whoosh(part: Part, any_word: bool) -> str:
    field = {"places": "place", "tags": "tag"}.get(part.field, part.field)
    if part.place is not None:
        # With any word, as on the page: the place's name in the reports' places only.
        if any_word:
            return f"(place_id:{part.place.id} OR {_all(part.text, 'place')})"
        named = "".join(f" OR {n}" for n in _names(part.place, field))
        return f"(place_id:{part.place.id} OR {_all(part.text, field)}{named})"
    if part.phrase or part.field in ("source", "language") or any_word:
        value = _quoted(part.text, field) if not part.expanding else _expanding_in(part, field)
        if any_word and not (part.phrase or part.field or part.expanding):
            value = " OR ".join(w for w in _plain(part.text) if w not in ARTICLES) or value
    else:
        value = f"{field}:{part.text}" if part.expanding and field else part.text
        if not part.expanding:
            value = _all(part.text, field)
    return f"NOT {value}" if part.negated else value


def _expanding_in(part: Part, field: str) -> str:
    """A prefix* or near~ word, in ``field`` or (none) in every field a word searches."""
    return f"{field}:{part.text}" if field else part.text


def _names(place: Any, field: str) -> list[str]:
    """Each name of ``place`` of one word (any script or spelling, without the article, as
    the page's place keys): a report naming the place in its text. A name of several
    words, whose words may stand apart, would find too much."""
    found: dict[str, None] = {}
    for name in place.all_names:
        plain = [w for w in _plain(name) if terms(w)[0] not in ARTICLES]
        if len(plain) == 1:
            found[f"{field}:{plain[0]}" if field else plain[0]] = None
    return list(found)


def _plain(text: str) -> list[str]:
    """The words of ``text`` that are not stop words (the page drops those)."""
    return [w for w in words(text) if terms(w)]


def _all(text: str, field: str) -> str:
    found = _plain(text)
    return "(" + " ".join(f"{field}:{w}" if field else w for w in found) + ")"


def _quoted(text: str, field: str) -> str:
    found = words(text)
    body = found[0] if len(found) == 1 else '"' + " ".join(found) + '"'
    return f"{field}:{body}" if field else body
