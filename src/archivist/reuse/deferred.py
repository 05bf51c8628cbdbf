"""A file's text made from its inputs only when it is needed.

A rebuild takes a file from the previous build when what it is made from is
unchanged (:meth:`archivist.build.page_reuse.Pages.write`). For a text given as
:class:`Deferred`, that is judged from its inputs, so a feed or a citation file
whose inputs are unchanged is linked without being made at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Deferred:
    """The text ``make(*inputs)``; ``make`` reads nothing but its inputs (and the code)."""

    make: Callable[..., str]
    inputs: tuple[Any, ...]

    def text(self) -> str:
        return self.make(*self.inputs)

    @property
    def maker(self) -> str:
        """The name of the function that makes the text, for fingerprints."""
        return f"{self.make.__module__}.{self.make.__qualname__}"
