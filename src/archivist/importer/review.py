"""The review table printed after an import: one row per capture, and what needs a look."""

from __future__ import annotations

import textwrap
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .batch import DUPLICATE, FAILED, WOULD_WRITE, WRITTEN, Outcome
from .plaintext import show_controls

COLUMNS = ("file", "title", "date", "lang", "places", "status", "needs a look")
WIDTHS = (28, 36, 10, 4, 32, 0, 0)  # 0: not truncated
MAX_PLACES_SHOWN = 3
NARROW_COLUMNS = ("file", "title", "date", "lang", "places", "status", "needs a look")
NARROW_WIDTHS = (20, 31, 10, 4, 11)  # with the spaces between them: 80 columns
STATES = (WOULD_WRITE, WRITTEN, DUPLICATE, FAILED)


def table(outcomes: Sequence[Outcome], wide: bool = False) -> str:
    """The review for an 80-column terminal (``wide``: one long line per capture), then a
    one-line count of what happened."""
    return (wide_table if wide else narrow_table)(outcomes)


def narrow_table(outcomes: Sequence[Outcome]) -> str:
    """Each capture on one line of at most 80 columns (file, title, date, language, status),
    then its places, its article and what needs a look, indented and wrapped to 80 (a
    file's path longer than that on a line of its own, whole)."""
    lines = []
    for row in [NARROW_COLUMNS, *(_row(outcome) for outcome in outcomes)]:
        file, title, date, lang, places, status, look = row
        state = next((s for s in STATES if status.startswith(s)), status)
        head = (file, title, date, lang, state)
        cells = [
            _pad(_clip(cell, width), width) for cell, width in zip(head, NARROW_WIDTHS, strict=True)
        ]
        lines.append(" ".join(cells).rstrip())
        if row is NARROW_COLUMNS:
            continue
        written = status[len(state) :].strip()
        for label, text in (("places", places), ("article", written), ("look", look)):
            if text and text != "-":
                lines += textwrap.wrap(
                    show_controls(f"{label}: {text}"),
                    80,
                    initial_indent="    ",
                    subsequent_indent="      ",
                    break_on_hyphens=False,
                    break_long_words=False,  # a path longer than a line stays whole: copyable
                )
    return "\n".join([*lines, "", summary(outcomes)]) + "\n"


def wide_table(outcomes: Sequence[Outcome]) -> str:
    """A plain-text table, one line per capture however long."""
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
    text = " ".join(show_controls(text).split())
    if not width or _width(text) <= width:
        return text
    return text[: width - 1] + "…"


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _pad(text: str, size: int) -> str:
    return text + " " * (size - _width(text))
