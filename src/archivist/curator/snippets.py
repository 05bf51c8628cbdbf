"""The passage of a report's body that a result of ``archivist search`` shows, with the
matched words marked: a word of the query wherever it stands, a ``"phrase"``'s words only
where they stand together, in order (the page marks them alike: search-passage.js).

whoosh's own highlighter marks every term the query matched, a phrase's words one by one
too, and its ``strict_phrase`` compares raw words with index terms; so the body is read
here with the index's analyzer, and the marked words handed to whoosh's fragmenter,
scorer and formatter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh import highlight

from archivist.text import analysis

from .query import Reading

#: The fragments a snippet joins, at most.
FRAGMENTS = 3


def snippet(body: str, hit: Any, highlighter: Any, reading: Reading) -> str:
    """The marked passages of ``body`` where ``hit`` matched ``reading``, or ``""``."""
    if not body:
        return ""
    matched = {_text(term) for field, term in hit.matched_terms() if field == "body"}
    marked = marked_words(analysis.terms(body), matched - reading.phrase_only, reading.phrases)
    if not marked:
        return ""
    tokens = highlighter._merge_matched_tokens(_tokens(body, marked))
    fragments = highlighter.fragmenter.fragment_tokens(body, tokens)
    best = highlight.top_fragments(fragments, FRAGMENTS, highlighter.scorer, highlighter.order)
    return str(highlighter.formatter.format(best))


def marked_words(
    terms: list[str], alone: set[str], phrases: tuple[tuple[str, ...], ...]
) -> set[int]:
    """The positions in ``terms`` to mark: a term of ``alone`` anywhere, and each run of
    terms that is one of ``phrases``."""
    marked = {n for n, term in enumerate(terms) if term in alone}
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(terms) - size + 1):
            if tuple(terms[start : start + size]) == phrase:
                marked.update(range(start, start + size))
    return marked


def _tokens(body: str, marked: set[int]) -> Iterator[Any]:
    tokens = analysis.text_analyzer()(body, positions=True, chars=True, mode="index")
    for n, token in enumerate(tokens):
        token.matched = n in marked
        yield token


def _text(term: Any) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else str(term)
