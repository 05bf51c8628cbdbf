"""``archivist search`` and ``archivist similar``: the curator's index from the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from archivist.config import ArticleUrls
from archivist.content.model import Article
from archivist.errors import ConfigError

from .options import answer_options, content_option, date, settings_option


def search_parser(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="search content/ from the terminal",
        description="Search the archive's articles (not the published site) as the site's "
        'search page does: every word must match; "a phrase", -word to leave out, '
        "title:/place:/tag:/source:/language: fields, prefix* and near~ spellings (~2 at "
        "most); a place in any spelling is read as the place. When few reports have every "
        "word, those with some follow. The index in .archivist/ is updated first if needed.",
    )
    settings_option(search)
    search.add_argument("query", help="the query, e.g. '\"Kafr Ghan\" place:Raqqa -Tabqa'")
    content_option(search)
    search.add_argument("--tag", action="append", default=[], help="only with this tag (repeat)")
    search.add_argument("--place", default="", help="only about this place, by any of its names")
    search.add_argument("--language", default="", help="only in this language (en, ar, ...)")
    search.add_argument("--source", default="", help="only from this source")
    search.add_argument("--from", dest="date_from", type=date, help="from this date (2023-03)")
    search.add_argument("--to", dest="date_to", type=date, help="up to this date (2023, 2024-05)")
    answer_options(search, limit=10)
    search.set_defaults(run=_search)


def similar_parser(commands: Any) -> None:
    similar = commands.add_parser(
        "similar",
        help="list the articles most similar to a file (near-duplicate check)",
        description="Score the archive's articles against FILE (a raw capture or an article) "
        "from 0 to 1; above about 0.8 it is probably the same report.",
    )
    settings_option(similar)
    similar.add_argument("file", type=Path, help="a raw capture or an article")
    content_option(similar)
    answer_options(similar, limit=5)
    similar.set_defaults(run=_similar)


def _search(args: argparse.Namespace) -> int:
    from archivist.curator.report import Asked, search_json, search_text
    from archivist.curator.search import ANSI, Filters, Marks, parse_query, query_places, search

    parse_query(args.query)  # a mistake in the query is reported before any indexing
    archive, urls = _curator_index(args)
    filters = Filters(
        tuple(args.tag), args.place, args.language, args.source, args.date_from, args.date_to
    )
    marks = ANSI if sys.stdout.isatty() and not args.json else Marks()
    results = search(archive, args.query, filters, args.limit, marks)
    places = query_places(archive, args.query)
    if args.json:
        asked = Asked(args.query, filters, places)
        print(search_json(asked, results, archive.content_dir, urls))
    else:
        print(search_text(results, archive.content_dir, urls, places))
    return 0


def _similar(args: argparse.Namespace) -> int:
    from archivist.curator.report import similar_json, similar_text
    from archivist.curator.similarity import similar_articles

    text = _file_text(args.file)
    archive, urls = _curator_index(args)
    own = _own_path(args.file, archive.content_dir)
    matches = similar_articles(text, archive, args.limit, exclude=own)
    print(similar_json(matches, urls) if args.json else similar_text(matches, urls))
    return 0


def _curator_index(args: argparse.Namespace) -> tuple[Any, ArticleUrls]:
    """The up-to-date index of the curator's archive, and where its articles are published."""
    from archivist.curator.project import open_project_index, read_settings
    from archivist.curator.report import index_notes

    settings = read_settings(args.settings)
    urls = ArticleUrls.from_settings(settings)
    archive = open_project_index(settings, args.content)
    for note in index_notes(archive.report, archive.location):
        print(note, file=sys.stderr)
    return archive, urls


def _file_text(path: Path) -> str:
    """The text to compare: an article's title, summary and body, or a capture as it is."""
    from archivist.content.articles import read_article
    from archivist.errors import Problem

    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        problem = Problem(path, None, f"cannot be read ({error.strerror})", "check the path")
        raise ConfigError(str(problem)) from None
    article = read_article(path) if path.suffix == ".md" else None
    if isinstance(article, Article):
        return "\n".join((article.title, article.summary, article.body))
    return raw


def _own_path(path: Path, content_dir: Path) -> tuple[str, ...]:
    """The file's path in the index when it is one of the archive's articles."""
    inside = path.resolve().is_relative_to(content_dir.resolve())
    return (path.resolve().relative_to(content_dir.resolve()).as_posix(),) if inside else ()
