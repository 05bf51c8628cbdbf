"""The review table printed after an import: one row per capture, and what needs a look."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from archivist.errors import one_line

from .batch import DUPLICATE, FAILED, Outcome

COLUMNS = ("file", "title", "date", "lang", "places", "status", "needs a look")
WIDTHS = (28, 36, 10, 4, 32, 0, 0)  # 0: not truncated
MAX_PLACES_SHOWN = 3


def table(outcomes: Sequence[Outcome]) -> str:
    """A plain-text table, then a one-line count of what happened."""
    rows = [COLUMNS, *(_row(outcome) for outcome in outcomes)]
    shown = [
        tuple(_clip(cell, width) for cell, width in zip(row, WIDTHS, strict=True)) for row in rows
    ]
    sizes = [max(_width(row[i]) for row in shown) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(_pad(cell, size) for cell, size in zip(row, sizes, strict=True)).rstrip()
        for row in shown
    ]
    return "\n".join([*lines, "", summary(outcomes)]) + "\n"


def summary(outcomes: Sequence[Outcome]) -> str:
    counts = Counter(outcome.status for outcome in outcomes)
    parts = [f"{counts[status]} {status}" for status in sorted(counts)]
    noun = "capture" if len(outcomes) == 1 else "captures"
    return f"{len(outcomes)} {noun}: " + ", ".join(parts) if parts else "no captures found"


def _row(outcome: Outcome) -> tuple[str, ...]:
    draft = outcome.draft
    if outcome.status == FAILED or draft is None:
        problem = outcome.problem
        message = f"{problem.message}; {problem.fix}" if problem else ""
        return (outcome.path.name, "", "", "", "", outcome.status, message)
    places = ", ".join(draft.places[:MAX_PLACES_SHOWN])
    if len(draft.places) > MAX_PLACES_SHOWN:
        places += f" +{len(draft.places) - MAX_PLACES_SHOWN}"
    flags = [*outcome.notes, *draft.flags]
    if outcome.status == DUPLICATE:
        flags.insert(0, f"duplicate of {_shown(outcome.target)}")
        status = outcome.status
    else:
        status = f"{outcome.status} {_shown(outcome.target)}"
    return (
        outcome.path.name,
        draft.title,
        draft.date.iso if draft.date else "-",
        draft.language or "-",
        places or "-",
        status,
        "; ".join(flags) or "-",
    )


def _shown(path: Path | None) -> str:
    """A path relative to the working folder when it is inside it."""
    if path is None:
        return ""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _clip(text: str, width: int) -> str:
    text = one_line(" ".join(text.split()))  # a terminal is sent text, never an escape
    if not width or _width(text) <= width:
        return text
    return text[: width - 1] + "…"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _pad(text: str, size: int) -> str:
    return text + " " * (size - _width(text))
