"""The curator search's text analysis: Unicode words, folded, English words stemmed.

One whoosh analyzer serves indexing and querying, so a query and a document meet
on the same terms. It does in one pass, one dictionary look-up per word, what a
chain of whoosh's tokenizer and filters would do with three generators per token
(indexing 10,000 articles analyses some ten million words):

1. a Unicode-aware tokenizer: runs of letters and digits in any script, keeping
   combining marks (Arabic harakat, Latin accents) and the apostrophes of
   transliterations (``Sina'a``) inside the word;
2. :func:`archivist.text.folding.fold`, the archive's one folding function, the same
   rules as the browser search (case, diacritics, Arabic letter variants, digits);
3. the browser search's stemmers (English and Arabic) on whole words.

The stemmers are the browser search's own (:func:`archivist.text.textpipeline.stem`:
lunr.js's English stemmer and a light Arabic prefix/suffix stemmer), so a curator
and a reader get the same matches: ``attacks`` finds ``attacked``, ``بالرقة`` finds
``الرقة``. Stop words are kept here, so phrases match as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import CommaSeparatedTokenizer, Filter, IDTokenizer, Token, Tokenizer

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
    return TextTokenizer()


class TextTokenizer(Tokenizer):  # type: ignore[misc]
    """Words found by :data:`WORD_PATTERN`, each replaced by its term (:func:`terms`).

    Tokens behave as whoosh's ``RegexTokenizer | FoldFilter | StemFilter`` make them:
    positions count every word, also one that folds to nothing and is dropped;
    character offsets are the word's in the text (highlighting needs them);
    ``tokenize=False`` (a query's wildcard or fuzzy word) takes the text whole;
    ``no_morph=True`` folds without stemming.
    """

    is_morph = True

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(  # noqa: PLR0913 -- whoosh's tokenizer protocol
        self,
        value: str,
        *,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        no_morph: bool = False,
        **kwargs: Any,
    ) -> Iterator[Any]:
        token = Token(positions, chars, **kwargs)
        token.boost = 1.0
        term = _fold_word if no_morph else _term
        if not tokenize:
            token.text = term(value)
            if token.text:
                token.original = value
                token.pos = start_pos
                token.startchar, token.endchar = start_char, start_char + len(value)
                yield token
            return
        for pos, match in enumerate(_WORDS.finditer(value)):
            token.text = term(match.group())
            if token.text:
                if keeporiginal:
                    token.original = match.group()
                token.pos = start_pos + pos
                if chars:
                    token.startchar = start_char + match.start()
                    token.endchar = start_char + match.end()
                yield token


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
