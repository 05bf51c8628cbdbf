"""The index words a typed word with a typo stands for (``typoWords`` in search-near.js).

Search engines read a typo by the fewest edits first (Typesense looks for words with
two typos only when those with one find nothing); a stemmed index adds one twist: a
misspelt ending may keep the word's term from being stemmed at all (``repatriaton``
stays whole, while ``repatriation`` is ``repatri``). So a word of the index stands for
the typed word if it is few edits from the typed word's term, or from the typed word
less an ending of up to :data:`ENDING` letters; only the nearest words count:
``detainess`` (term ``detai``) stands for ``detain`` and ``detaine``, not for ``detail``
or ``deal``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from whoosh import query

from .query import TYPO_LETTERS

#: How many letters of a typed word may be an ending its term drops.
ENDING = 4
#: The fields whose words make the page's vocabulary (near spellings are looked for in it).
FIELDS = ("title", "place", "tag_words", "summary", "body", "source")


def typo_words(terms: Iterable[str], stem: str, typed: str, limit: int) -> list[str]:
    """The words of ``terms`` fewest edits (``limit`` at most) from ``stem``, or,
    for a word as long as what is kept, from ``typed`` less an ending of up to :data:`ENDING`
    letters (``TYPO_LETTERS[0]`` letters kept at least)."""
    shortest = min(len(typed), max(TYPO_LETTERS[0], len(typed) - ENDING))
    best, found = limit + 1, list[str]()
    for term in terms:
        by_stem = abs(len(term) - len(stem)) <= limit
        by_typed = shortest <= len(term) <= len(typed) + limit
        cost = distances(term, stem)[-1] if by_stem else limit + 1
        if by_typed:
            cost = min(cost, *distances(term, typed)[shortest:])
        if cost < best:
            best, found = cost, []
        if cost == best <= limit:
            found.append(term)
    return found


def distances(a: Sequence[str], b: Sequence[str]) -> list[int]:
    """The edit distances (insert, delete, change, swap two letters side by side) from ``a``
    to each beginning of ``b``, the empty one first."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        nxt = [i]
        for j, other in enumerate(b, 1):
            value = min(row[j] + 1, nxt[j - 1] + 1, row[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                value = min(value, before[j - 2] + 1)
            nxt.append(value)
        before, row = row, nxt
    return row


def nearest_words(parsed: Any, typed: Mapping[str, str], searcher: Any) -> Any | None:
    """``parsed`` with each word read with a typo (its term -> the letters ``typed``) standing
    for the nearest index words (:func:`typo_words`), looked for, as on the page, among every
    word of the index with the term's first letter."""
    reader = searcher.reader()
    nearest: dict[str, list[str]] = {}
    for term, letters in typed.items():
        vocabulary = {w.decode() for f in FIELDS for w in reader.expand_prefix(f, term[:1])}
        nearest[term] = typo_words(sorted(vocabulary), term, letters, _limit(parsed, term))

    def expand(node: Any) -> Any:
        if not isinstance(node, query.FuzzyTerm) or node.text not in nearest:
            return node
        words = [query.Term(node.fieldname, w, boost=node.boost) for w in nearest[node.text]]
        return query.Or(words) if words else query.NullQuery

    if not all(nearest.values()):
        return None  # a word near no word of the index: no report has them all
    return parsed.accept(expand).normalize()


def _limit(parsed: Any, term: str) -> int:
    return max(
        (
            leaf.maxdist
            for leaf in parsed.leaves()
            if isinstance(leaf, query.FuzzyTerm) and leaf.text == term
        ),
        default=1,
    )
