"""Split a listing into numbered pages: ``<url>``, ``<url>page/2/``, ``<url>page/3/``, ..."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

#: Articles per page of every listing.
PAGE_SIZE = 50

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing; URLs are relative to the site root and end in ``/``."""

    number: int
    count: int
    items: tuple[T, ...]
    url: str
    previous_url: str | None
    next_url: str | None
    #: Position of the first item on this page within the whole listing (1-based).
    first: int

    @property
    def save_as(self) -> str:
        return f"{self.url}index.html"


def page_url(base_url: str, number: int) -> str:
    return base_url if number == 1 else f"{base_url}page/{number}/"


def paginate(items: Sequence[T], base_url: str, size: int = PAGE_SIZE) -> list[Page[T]]:
    """Pages of at most ``size`` items; an empty listing still has its one (empty) page."""
    if size < 1:
        raise ValueError("a page holds at least one item")
    count = max(1, -(-len(items) // size))
    return [
        Page(
            number=number,
            count=count,
            items=tuple(items[(number - 1) * size : number * size]),
            url=page_url(base_url, number),
            previous_url=page_url(base_url, number - 1) if number > 1 else None,
            next_url=page_url(base_url, number + 1) if number < count else None,
            first=(number - 1) * size + 1,
        )
        for number in range(1, count + 1)
    ]
