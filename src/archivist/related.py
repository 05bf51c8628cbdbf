"""Related articles for every article page, from the curator's index, the same at every build.

An article's related articles are the indexed articles most like it
(:func:`archivist.similarity.like`: key terms, then the cosine of tf-idf vectors),
plus a small bonus per shared place (by gazetteer id) and per shared tag; ties are
broken by slug. The lists depend only on the files in ``content/``, not on the
index's history: an index with deleted documents is compacted first. They are
cached next to the index, keyed by every article's content hash, so a build of an
unchanged archive does not recompute them.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from whoosh.query import Term

from .curator_index import INDEX_FORMAT, ArchiveIndex
from .folding import fold
from .similarity import Around, like

LIMIT = 5
PLACE_BONUS = 0.05
TAG_BONUS = 0.02
_CACHE = "related.json"


def related_lists(archive: ArchiveIndex, limit: int = LIMIT) -> dict[str, list[str]]:
    """Each indexed article's slug -> the slugs of its related articles, best first."""
    archive.compact()
    with archive.searching() as searcher:
        docs = sorted(
            ((docnum, fields) for docnum, fields in searcher.reader().iter_docs()),
            key=lambda item: str(item[1]["path"]),
        )
        key = _cache_key([fields for _, fields in docs], limit)
        cached = _read_cache(archive, key)
        if cached is not None:
            return cached
        related = {
            fields["slug"]: _related(searcher, docnum, fields, limit) for docnum, fields in docs
        }
    _write_cache(archive, key, related)
    return related


def _related(searcher: Any, docnum: int, fields: dict[str, Any], limit: int) -> list[str]:
    counts = dict(searcher.reader().vector_as("frequency", docnum, "similar"))
    places, tags = _places(fields), _tags(fields)

    def bonus(other: dict[str, Any]) -> float:
        shared_places = len(places & _places(other))
        shared_tags = len(tags & _tags(other))
        return PLACE_BONUS * shared_places + TAG_BONUS * shared_tags

    # Shared places and tags make candidates too: an Arabic report shares few words with
    # an English one about the same place.
    also = [Term("place_id", p) for p in sorted(places)] + [Term("tag", t) for t in sorted(tags)]
    matches = like(searcher, counts, limit, Around((fields["path"],), also, bonus))
    return [match.slug for match in matches]


def _places(fields: dict[str, Any]) -> set[str]:
    return {p for p in str(fields.get("place_id") or "").split(",") if p}


def _tags(fields: dict[str, Any]) -> set[str]:
    return {fold(t) for t in str(fields.get("tag") or "").split(",") if t.strip()}


def _cache_key(stored: list[dict[str, Any]], limit: int) -> str:
    digest = hashlib.sha256(f"{INDEX_FORMAT} {limit} {PLACE_BONUS} {TAG_BONUS}".encode())
    for fields in stored:
        digest.update(f"\n{fields['path']} {fields['digest']}".encode())
    return digest.hexdigest()


def _read_cache(archive: ArchiveIndex, key: str) -> dict[str, list[str]] | None:
    try:
        cached = json.loads((archive.location / _CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(cached, dict) or cached.get("key") != key:
        return None
    related = cached.get("related")
    return related if isinstance(related, dict) else None


def _write_cache(archive: ArchiveIndex, key: str, related: dict[str, list[str]]) -> None:
    target = archive.location / _CACHE
    partial = target.with_name(f".{_CACHE}.{os.getpid()}")
    partial.write_text(json.dumps({"key": key, "related": related}, sort_keys=True), "utf-8")
    partial.replace(target)
