"""A citation to vary in the reference tests: a typical English report, every field set."""

from __future__ import annotations

from archivist.cite.citation import Citation, SiteInfo
from archivist.content.dates import PartialDate

SITE = SiteInfo("ISIS archive", "https://archive.example.org")


def cite(**changes: object) -> Citation:
    fields: dict[str, object] = {
        "id": "9f9a4cc4",
        "path": "articles/haseke-prison-attack/",
        "title": "Attack on a prison in Hesekê",
        "language": "en",
        "authors": ("A. Reporter",),
        "date": PartialDate(2022, 1, 20),
        "source": "Example Wire",
        "source_url": "https://example.org/reports/haseke",
        "original_source": "",
        "archived": None,
        "site": SITE,
    }
    fields.update(changes)
    return Citation(**fields)  # type: ignore[arg-type]
