"""The curator search's text analysis: Unicode words, folded, English words stemmed.

One whoosh analyzer serves indexing and querying, so a query and a document meet
on the same terms:

1. a Unicode-aware tokenizer: runs of letters and digits in any script, keeping
   combining marks (Arabic harakat, Latin accents) and the apostrophes of
   transliterations (``Sina'a``) inside the word;
2. :func:`archivist.folding.fold`, the archive's one folding function, the same
   rules as the browser search (case, diacritics, Arabic letter variants, digits);
3. an English stemmer on Latin-script words only.

Stemming note: the browser search's own pipeline (an English stemmer equal to
lunr.js's and a light Arabic stemmer) is being written on another branch; until it
lands, English words go through whoosh's Porter stemmer (the algorithm lunr.js
follows, without its exact corner cases) and Arabic words are folded, not stemmed,
so ``بالرقة`` does not yet find ``الرقة`` here.
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
from whoosh.lang.porter import stem

from .folding import fold

#: Combining marks (Latin accents, Arabic harakat, Quranic marks) and zero-width joiners.
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u200c\u200d"
)
_WORD = rf"(?:[^\W_]|[{_MARKS}])+"
#: A word, with transliteration apostrophes and ayn signs kept inside it (``Sina'a``).
WORD_PATTERN = rf"{_WORD}(?:['’ʼʿʾ]{_WORD})*"
_LATIN_WORD = re.compile(r"^[a-z]+$")


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


def english_stem(word: str) -> str:
    """Porter-stem a folded Latin-script word; leave every other word as it is."""
    return stem(word) if _LATIN_WORD.match(word) else word


def text_analyzer() -> Any:
    """Titles, summaries, bodies and place names: words, folded, English stemmed."""
    return RegexTokenizer(WORD_PATTERN) | FoldFilter() | StemFilter(stemfn=english_stem)


def keyword_analyzer() -> Any:
    """Comma-separated values (tags), each folded whole: ``Sleeper-Cells`` = ``sleeper cells``."""
    return CommaSeparatedTokenizer() | FoldFilter()


def exact_analyzer() -> Any:
    """One value folded whole (a source's name), for exact filters."""
    return IDTokenizer() | FoldFilter()


def terms(text: str) -> list[str]:
    """The index terms of ``text``, in order: what a query for it looks up."""
    return [token.text for token in text_analyzer()(text)]
