"""The content model: one immutable record per article."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from archivist.text import languages

from .dates import PartialDate

#: ``status: draft`` marks an article the site does not publish yet (and no other status).
DRAFT = "draft"
#: Front-matter keys with a meaning in the model; any other key is kept in ``extra``.
KNOWN_KEYS = (
    "title",
    "slug",
    "date",
    "date_note",
    "language",
    "source",
    "source_url",
    "source_note",
    "authors",
    "tags",
    "places",
    "summary",
)


@dataclass(frozen=True)
class Article:
    """An article as the curator wrote it, validated; the body is still Markdown."""

    path: Path
    slug: str
    title: str
    body: str
    body_line: int
    language: str
    date: PartialDate | None = None
    date_note: str = ""
    source: str = ""
    source_url: str = ""
    source_note: str = ""
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    summary: str = ""
    lines: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __getstate__(self) -> dict[str, Any]:
        """Picklable (the build cache keeps articles): the read-only mappings as dicts."""
        return {**self.__dict__, "lines": dict(self.lines), "extra": dict(self.extra)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        lines, extra = MappingProxyType(state["lines"]), MappingProxyType(state["extra"])
        self.__dict__.update({**state, "lines": lines, "extra": extra})

    @property
    def direction(self) -> str:
        """Text direction of the article's language: ``rtl`` or ``ltr``."""
        return languages.direction(self.language)

    @property
    def is_draft(self) -> bool:
        """An imported article no curator has published yet (``status: draft``)."""
        return self.extra.get("status") == DRAFT

    @property
    def language_name(self) -> str:
        return languages.name(self.language)

    @property
    def sort_key(self) -> tuple[int, int, int, int, str]:
        """Newest first, partial dates after full ones in their period, undated last, then slug."""
        if self.date is None:
            return (1, 0, 0, 0, self.slug)
        return (0, -self.date.year, -(self.date.month or 0), -(self.date.day or 0), self.slug)


@dataclass(frozen=True)
class Archive:
    """Every published article of the archive, in the archive's order (see
    :attr:`Article.sort_key`), and apart, the drafts: checked, never published."""

    articles: tuple[Article, ...]
    drafts: tuple[Article, ...] = ()

    def __len__(self) -> int:
        return len(self.articles)
