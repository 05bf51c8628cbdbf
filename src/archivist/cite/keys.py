"""Readable citation keys: source, year and the title's first word, as ``anf2019operations``.

A key is what a researcher types in ``\\cite{...}``, so it reads like the report: the
source's words (``syrianobserver``; ``anon`` when the source is unknown), the year when
known, and the first word of the title that is not an article or preposition, all in
ASCII (Arabic and Kurdish are transliterated). Keys that would be equal are told apart
by a letter (``a``, ``b``, …) in the order of the articles' ids, which never change: a
key changes only when a new article would share it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from unidecode import unidecode

from archivist.content.dates import PartialDate

_WORD = re.compile(r"[a-z0-9]+")
#: Words that say nothing about a title or a source.
_SKIPPED = frozenset(
    {"a", "an", "and", "al", "el", "of", "on", "the", "in", "at", "to", "for", "from", "by", "with"}
)
_SOURCE_LETTERS = 24


@dataclass(frozen=True)
class Keyed:
    """What a key is made from: the article's id, source, date and title."""

    id: str
    source: str
    date: PartialDate | None
    title: str


def _words(text: str) -> list[str]:
    return _WORD.findall(unidecode(text).lower())


def base_key(source: str, date: PartialDate | None, title: str) -> str:
    """The key before telling equal keys apart: ``anf2019operations``."""
    source_words = [w for w in _words(source) if w not in _SKIPPED] or _words(source)
    title_words = [w for w in _words(title) if w not in _SKIPPED] or _words(title)
    year = str(date.year) if date else ""
    head = "".join(source_words)[:_SOURCE_LETTERS] or "anon"
    return f"{head}{year}{title_words[0] if title_words else 'report'}"


def citation_keys(articles: Iterable[Keyed]) -> dict[str, str]:
    """Each article's key, by id; equal keys get ``a``, ``b``, … in the order of the ids."""
    by_key: dict[str, list[str]] = {}
    for article in articles:
        by_key.setdefault(base_key(article.source, article.date, article.title), []).append(
            article.id
        )
    keys = {}
    for key, ids in by_key.items():
        if len(ids) == 1:
            keys[ids[0]] = key
            continue
        for n, article_id in enumerate(sorted(ids)):
            keys[article_id] = key + _suffix(n)
    return keys


def _suffix(n: int) -> str:
    """``a`` … ``z``, then ``aa``, ``ab`` …"""
    letters = string.ascii_lowercase
    return letters[n] if n < len(letters) else _suffix(n // len(letters) - 1) + letters[n % 26]
