"""What ``archivist search`` and ``archivist similar`` print: text for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archivist.config import ArticleUrls
from archivist.content.model import Article
from archivist.errors import one_line

from .index import UpdateReport
from .search import Filters, Result


def shown(path: Path) -> str:
    """A file's path as the curator typed it: relative to the current folder when inside it."""
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(path)


def index_notes(report: UpdateReport, location: Path) -> list[str]:
    """Lines for stderr about what opening the index did (nothing when it was up to date)."""
    notes = [f"warning: {problem}; left out of the search index" for problem in report.skipped]
    if report.rebuilt:
        notes.append(
            f"note: {report.rebuilt}: indexed {len(report.indexed)} articles into {location}"
        )
    elif report.indexed or report.deleted:
        notes.append(
            f"note: search index updated: {len(report.indexed)} re-indexed, "
            f"{len(report.deleted)} removed"
        )
    return notes


def _record(article: Article, path: Path, urls: ArticleUrls) -> dict[str, Any]:
    return {
        "slug": article.slug,
        "title": article.title,
        "date": article.date.iso if article.date else None,
        "language": article.language,
        "source": article.source or None,
        "places": list(article.places),
        "tags": list(article.tags),
        "permalink": urls.of(article.slug),
        "path": shown(path),
    }


@dataclass(frozen=True)
class Asked:
    """What a search was asked: the query, the filters, and the places the query names."""

    query: str
    filters: Filters
    places: tuple[str, ...] = ()


def search_json(asked: Asked, results: Sequence[Result], content: Path, urls: ArticleUrls) -> str:
    """``--json``: the query, the filters, the places the query was read as naming and every
    result (at their ``urls``; ``any_word`` when it has only some of the words, ``near``
    when it has them in a near spelling), keys
    sorted, UTF-8 text."""
    filters = asked.filters
    document = {
        "query": asked.query,
        "filters": {
            "tags": list(filters.tags),
            "place": filters.place,
            "language": filters.language,
            "source": filters.source,
            "date_from": filters.date_from.iso if filters.date_from else None,
            "date_to": filters.date_to.iso if filters.date_to else None,
        },
        "count": len(results),
        "places": list(asked.places),
        "results": [
            {
                **_record(r.article, content / r.path, urls),
                "rank": rank,
                "score": round(r.score, 4),
                "snippet": r.snippet,
                "any_word": r.any_word,
                "near": r.near,
            }
            for rank, r in enumerate(results, start=1)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)


def search_text(
    results: Sequence[Result], content: Path, urls: ArticleUrls, places: Sequence[str] = ()
) -> str:
    """Ranked results, one block each: title, facts, permalink (of ``urls``) and file,
    snippet; first the places the query was read as naming, and a heading before the
    results with only some of the words."""
    blocks = [
        f"place: {name}, and reports naming it (quote the words to search them only)"
        for name in places
    ]
    if not results:
        return "\n\n".join([*blocks, "no matches"])
    for rank, result in enumerate(results, start=1):
        if result.near and (rank == 1 or not results[rank - 2].near):
            blocks.append("-- reports with a near spelling --")
        if result.any_word and (rank == 1 or not results[rank - 2].any_word):
            blocks.append("-- reports with only some of the words --")
        blocks.append(
            "\n".join(
                one_line(line)  # a terminal is sent text, never an escape sequence
                for line in (
                    f"{rank}. {result.article.title}  (score {result.score:.2f})",
                    f"   {_facts(result.article)}",
                    f"   {urls.of(result.article.slug)}  {shown(content / result.path)}",
                    f"   {result.snippet}",
                )
            )
        )
    return "\n\n".join(blocks)


def _facts(article: Article) -> str:
    date = article.date.iso if article.date else "date unknown"
    source = article.source or "source unknown"
    places = ", ".join(article.places) or "no places"
    return f"{date} · {source} · {article.language} · {places}"


def similar_text(matches: Sequence[tuple[Article, float]], urls: ArticleUrls) -> str:
    """One line per similar article: the score (0 to 1), title, permalink (of ``urls``) and
    file."""
    if not matches:
        return "no similar articles"
    return "\n".join(
        one_line(f"{score:.3f}  {article.title}  {urls.of(article.slug)}  {shown(article.path)}")
        for article, score in matches
    )


def similar_json(matches: Sequence[tuple[Article, float]], urls: ArticleUrls) -> str:
    document = [
        {**_record(article, article.path, urls), "score": round(score, 4)}
        for article, score in matches
    ]
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
