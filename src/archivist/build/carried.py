"""A value one build leaves for the next, kept in the build cache beside the memos.

A :class:`~archivist.build.memo.Memo` remembers what was computed from a text. Some work is
not a function of one text but of the whole archive (say, every article's related
reports): a build can start from the previous build's result and redo only what the
edits moved. :mod:`archivist.build.cache` saves each :class:`Carried` value a
successful build kept and hands it to the next build of the same content folder.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

Value = TypeVar("Value")


class Carried(Generic[Value]):
    """The ``earlier`` build's value (None if there is none) and the one this build keeps."""

    def __init__(self, name: str) -> None:
        self.earlier: Value | None = None
        self.kept: Value | None = None
        CARRIED[name] = self

    def keep(self, value: Value) -> None:
        """What the next build may start from."""
        self.kept = value

    def reset(self) -> None:
        """Forget both values, as a new process starts."""
        self.earlier = self.kept = None


#: Every carried value by name: what the build cache saves and loads.
CARRIED: dict[str, Carried[Any]] = {}
