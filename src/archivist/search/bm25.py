"""The numbers lunr's index holds: BM25's parts as lunr.py's Builder computes them, each
score rounded as it rounds, and each term's number.

Two choices are ours, so that one report's edit leaves the other reports' postings as
they were (see :mod:`archivist.search.lunr_writer`): the average field length on a grid
(:func:`on_grid`) and terms numbered by their text (:func:`stable_numbers`).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

#: lunr's BM25 parameters (term frequency saturation, field length normalisation).
K1 = 1.2
B = 0.75
#: Steps of the average field lengths' grid per doubling (see :func:`on_grid`).
GRID = 64
#: Term numbers are drawn from 0 to this, less one (see :func:`stable_numbers`).
NUMBERS = 2**24

Ints = npt.NDArray[np.integer[Any]]


def rounded(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """``round(value, 3)`` of each value, as Python rounds (lunr.py's rounding).

    Python rounds the exact binary value half to even and returns the double nearest
    the decimal; ``rint(value * 1000) / 1000`` does the same unless the product's own
    rounding error could cross a half, so values that close to one (or huge) go through round().
    """
    thousandths = values * 1000
    result = np.rint(thousandths) / 1000
    unsure = np.flatnonzero(
        (np.abs(thousandths - np.floor(thousandths) - 0.5) < 1e-6) | (np.abs(thousandths) > 2**30)
    )
    result[unsure] = [round(value, 3) for value in values[unsure].tolist()]
    return result


def stable_numbers(terms: Sequence[str]) -> Ints:
    """The number of each of ``terms`` in the index, from its text: a CRC-32 of its UTF-8
    below :data:`NUMBERS`, or, when an earlier term (by number, then text) has it, the
    next free one.

    lunr.py numbers terms in order of first appearance, so a word new to one report
    renumbers every term first met after it, and every shard holding such a term is
    written anew (311 of 604 shards at 10,000 articles, for "Correction 2 was added.").
    lunr.js needs only that each term has its own number: these stay as they are unless
    a new term's number is taken (at 100,000 terms, about one term in 340).
    """
    wanted = [zlib.crc32(term.encode("utf-8")) % NUMBERS for term in terms]
    taken: set[int] = set()
    numbers = np.empty(len(terms), dtype=np.int32)
    for position in sorted(range(len(terms)), key=lambda k: (wanted[k], terms[k])):
        number = wanted[position]
        while number in taken:
            number = (number + 1) % NUMBERS
        taken.add(number)
        numbers[position] = number
    return numbers


def bm25_parts(
    lengths: npt.NDArray[np.int64], term_indexes: Ints, terms: int, count: int, fields: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Each field ref's length norm ``k1 * (1 - b + b * (length / average))``, and each
    term's idf, as lunr.py's Builder computes them (``count`` documents, ``fields`` each)."""
    field_of = np.arange(len(lengths), dtype=np.int64) % fields
    totals = np.bincount(field_of, weights=lengths, minlength=fields)
    average = on_grid(totals / max(count, 1))  # lunr.py: sum of lengths / documents
    # An empty field has no terms to score, and in an archive of empty fields no average.
    relative = np.divide(lengths, average[field_of], out=np.zeros(len(lengths)), where=lengths > 0)
    idf = _idf(np.bincount(term_indexes, minlength=terms), count)
    return K1 * (1 - B + B * relative), idf


def on_grid(averages: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Each average field length moved to the nearest of the values ``2 ** (k / 64)``.

    lunr.py divides by the exact average; one report's edit moves it a little, and that
    moves nearly every score of every report across some thousandth: at 3,000 articles
    one added sentence rewrote 717 of 783 shards. On this grid (steps of 1.1%, so no
    average moves by more than 0.55%) an edit leaves the average, and the other reports'
    scores, as they were, unless it crosses a step: a full index changes only then.
    """
    positive = averages > 0
    steps = np.rint(np.log2(averages, out=np.zeros_like(averages), where=positive) * GRID)
    return np.where(positive, np.exp2(steps / GRID), averages)


def _idf(documents_with_term: Ints, count: int) -> npt.NDArray[np.float64]:
    """lunr's idf per term; it counts a document once per field the term occurs in."""
    x = (count - documents_with_term + 0.5) / (documents_with_term + 0.5)
    # math.log, as lunr.py: numpy's log may differ in the last bit.
    return np.asarray([math.log(1 + abs(value)) for value in x.tolist()], dtype=np.float64)
