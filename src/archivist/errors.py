"""The project's errors: problems as values, raised to the user as one line each."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters shown as escapes (``\\n``, ``\\x1b``).

    Problems quote what the curator wrote; quoted text must neither break the
    one-line ``file:line: message`` format nor send escape sequences to a terminal.
    """
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs")
        else ch
        for ch in text
    )


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input: where it is, what is wrong, how to fix it."""

    path: Path
    line: int | None
    message: str
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        text = f"{where}: {self.message}"
        return one_line(f"{text}; {self.fix}" if self.fix else text)


class ArchivistError(Exception):
    """Base of every error the CLI reports to the user without a traceback."""

    #: Warnings found along with the error, which the CLI prints before it.
    warnings: tuple[Problem, ...] = ()

    def lines(self) -> list[str]:
        return [str(self)]


class ContentError(ArchivistError):
    """One or more problems in the archive's content; all are reported at once."""

    def __init__(self, problems: Iterable[Problem], warnings: Iterable[Problem] = ()) -> None:
        self.problems = tuple(sorted(problems, key=_place))
        self.warnings = tuple(sorted(warnings, key=_place))
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


def _place(problem: Problem) -> tuple[str, int]:
    return str(problem.path), problem.line or 0


class ConfigError(ArchivistError):
    """The ``ARCHIVE`` setting or the command line asks for something impossible."""


class BuildError(ArchivistError):
    """The site generator reported an error; the previous output is left untouched."""


class QueryError(ArchivistError):
    """A search query or one of its options cannot be understood."""
