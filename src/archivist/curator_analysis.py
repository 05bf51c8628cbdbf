"""The curator search's text analysis: Unicode words, folded, English words stemmed.

One whoosh analyzer serves indexing and querying, so a query and a document meet
on the same terms:

1. a Unicode-aware tokenizer: runs of letters and digits in any script, keeping
   combining marks (Arabic harakat, Latin accents) and the apostrophes of
   transliterations (``Sina'a``) inside the word;
2. :func:`archivist.folding.fold`, the archive's one folding function, the same
   rules as the browser search (case, diacritics, Arabic letter variants, digits);
3. the browser search's stemmers (English and Arabic) on whole words.

The stemmers are the browser search's own (:func:`archivist.textpipeline.stem`:
lunr.js's English stemmer and a light Arabic prefix/suffix stemmer), so a curator
and a reader get the same matches: ``attacks`` finds ``attacked``, ``بالرقة`` finds
``الرقة``. Stop words are kept here, so phrases match as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import (
    CommaSeparatedTokenizer,
    Filter,
    IDTokenizer,
    RegexTokenizer,
    StemFilter,
)

from .folding import fold
from .textpipeline import stem

#: Combining marks (Latin accents, Arabic harakat, Quranic marks) and zero-width joiners.
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d"
)
_WORD = rf"(?:[^\W_]|[{_MARKS}])+"
#: A word, with transliteration apostrophes and ayn signs kept inside it (``Sina'a``).
WORD_PATTERN = rf"{_WORD}(?:['’ʼʿʾ]{_WORD})*"


class FoldFilter(Filter):  # type: ignore[misc]
    """Replace each token's text with :func:`fold` of it; drop tokens that fold to nothing."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = _fold_word(token.text)
            if token.text:
                yield token


@functools.lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    """:func:`fold`, remembered: an archive repeats its words, indexing and highlighting too."""
    return fold(word)


def archive_stem(word: str) -> str:
    """Stem a folded word as the browser search does; leave wildcard patterns as they are."""
    return stem(word) if word.isalnum() else word


def text_analyzer() -> Any:
    """Titles, summaries, bodies and place names: words, folded, English stemmed."""
    return RegexTokenizer(WORD_PATTERN) | FoldFilter() | StemFilter(stemfn=archive_stem)


def keyword_analyzer() -> Any:
    """Comma-separated values (tags), each folded whole: ``Sleeper-Cells`` = ``sleeper cells``."""
    return CommaSeparatedTokenizer() | FoldFilter()


def exact_analyzer() -> Any:
    """One value folded whole (a source's name), for exact filters."""
    return IDTokenizer() | FoldFilter()


_WORDS = re.compile(WORD_PATTERN)


def terms(text: str) -> list[str]:
    """The index terms of ``text``, in order: what :func:`text_analyzer` makes of it.

    The same steps without whoosh's token objects, several times faster: related
    articles analyse every article at every build.
    """
    return [term for word in _WORDS.findall(text) if (term := _term(word))]


@functools.lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    folded = _fold_word(word)
    return archive_stem(folded) if folded else ""
