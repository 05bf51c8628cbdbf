"""The ``archivist`` command: the one entry point for curators and for the Makefile."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from archivist import __version__
from archivist.build.reproducible import source_date_epoch
from archivist.cite.permalinks import plan_content, require_recorded, write_lock
from archivist.config import ArchiveConfig, ArticleUrls
from archivist.content.articles import load_archive
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import ArchivistError, ConfigError, Problem
from archivist.places.placenames import check_content

DEFAULT_SETTINGS = Path("pelicanconf.py")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)  # like Ctrl-C: clean up, keep the previous output
    try:
        return int(args.run(args))
    except ArchivistError as error:
        for line in error.lines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous output is unchanged", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `archivist search ... | head`: the reader has enough
        sys.stderr.close()
        return 0


def run() -> NoReturn:
    """The ``archivist`` command: :func:`main`, then leave at once.

    A build holds millions of objects, and Python frees each one as it exits: 1.1 to
    1.3 s of a 10,000-article rebuild of 11 s, spent after the site was in place. By
    then every file is written and closed (and each background process has ended or
    goes on alone); only the output streams are left to flush.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe, or a closed stream
            stream.flush()
    os._exit(code)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, naming the command and pointing to --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {self.prog}: {message}; see '{self.prog} --help'\n")


def _stop(signal_number: int, frame: object) -> None:
    raise KeyboardInterrupt


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="archivist",
        description="Build a static, searchable, citable archive of news reports.",
        epilog="Run 'archivist COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"archivist {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    build = commands.add_parser(
        "build",
        help="validate content/ and build the site into output/",
        description="Validate every article, then build the whole site. The previous "
        "output stays untouched unless the build succeeds.",
    )
    _settings_option(build)
    build.add_argument("-o", "--output", type=Path, help="output folder (default: OUTPUT_PATH)")
    _content_option(build)
    build.add_argument(
        "--locked",
        action="store_true",
        default=_in_ci(),
        help="never write permalinks.lock; fail if it lacks a URL (default when CI is set)",
    )
    build.set_defaults(run=_build)

    check = commands.add_parser(
        "check",
        help="validate content/ without building",
        description="Report every problem in the content at once, one 'file:line: message' "
        "per line; exit 1 if there is any.",
    )
    _settings_option(check)
    _content_option(check)
    check.set_defaults(run=_check)

    _search_parser(commands)
    _similar_parser(commands)
    permalinks = commands.add_parser(
        "permalinks",
        help="check permalinks.lock, or add the new URLs to it",
        description="Check that no published URL would break and that permalinks.lock "
        "records every URL (the default), or --update it with the new URLs.",
    )
    _settings_option(permalinks)
    _content_option(permalinks)
    mode = permalinks.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the lock is not current")
    mode.add_argument("--update", action="store_true", help="add the new URLs to the lock")
    permalinks.set_defaults(run=_permalinks)
    _import_parser(commands)

    serve = commands.add_parser("serve", help="preview the built site on http://localhost:8000")
    serve.add_argument("-p", "--port", type=int, default=8000)
    serve.add_argument("-b", "--bind", default="127.0.0.1", help="address (default: 127.0.0.1)")
    serve.add_argument("directory", nargs="?", type=Path, default=Path("output"))
    serve.set_defaults(run=_serve)
    return parser


def _search_parser(commands: Any) -> None:
    search = commands.add_parser(
        "search",
        help="search content/ from the terminal",
        description="Search the archive's articles (not the published site). Words must all "
        'match; use OR, NOT, "a phrase", title:/place:/tag:/source:/language: fields, '
        "prefix* and fuzzy~ terms. The index in .archivist/ is updated first if needed.",
    )
    _settings_option(search)
    search.add_argument("query", help="the query, e.g. '\"Kafr Ghan\" OR place:Raqqa'")
    _content_option(search)
    search.add_argument("--tag", action="append", default=[], help="only with this tag (repeat)")
    search.add_argument("--place", default="", help="only about this place, by any of its names")
    search.add_argument("--language", default="", help="only in this language (en, ar, ...)")
    search.add_argument("--source", default="", help="only from this source")
    search.add_argument("--from", dest="date_from", type=_date, help="from this date (2023-03)")
    search.add_argument("--to", dest="date_to", type=_date, help="up to this date (2023, 2024-05)")
    _answer_options(search, limit=10)
    search.set_defaults(run=_search)


def _similar_parser(commands: Any) -> None:
    similar = commands.add_parser(
        "similar",
        help="list the articles most similar to a file (near-duplicate check)",
        description="Score the archive's articles against FILE (a raw capture or an article) "
        "from 0 to 1; above about 0.8 it is probably the same report.",
    )
    _settings_option(similar)
    similar.add_argument("file", type=Path, help="a raw capture or an article")
    _content_option(similar)
    _answer_options(similar, limit=5)
    similar.set_defaults(run=_similar)


def _answer_options(parser: argparse.ArgumentParser, limit: int) -> None:
    """How many answers a listing command prints, and whether as JSON."""
    parser.add_argument(
        "--limit", type=_positive, default=limit, help=f"at most this many (default: {limit})"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{error}; write YYYY, YYYY-MM or YYYY-MM-DD") from None


def _import_parser(commands: Any) -> None:
    command = commands.add_parser(
        "import",
        help="turn raw captures (.txt, .html, .md) into draft articles in content/",
        description="Read each capture (files, or folders searched for .txt, .html, .htm "
        "and .md), write one new article per capture into the content folder with a "
        "front-matter draft, and print a review table of what needs a human look. "
        "Never overwrites a file and never imports one report twice.",
    )
    command.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="capture or folder")
    _settings_option(command)
    _content_option(command)
    command.add_argument(
        "-n", "--dry-run", action="store_true", help="show the review table; write nothing"
    )
    command.add_argument(
        "--source-url", default="", metavar="URL", help="address of the original (one capture)"
    )
    command.set_defaults(run=_import)


def _settings_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-s",
        "--settings",
        type=Path,
        default=DEFAULT_SETTINGS,
        help="Pelican settings file (default: pelicanconf.py)",
    )


def _content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-c", "--content", type=Path, help="content folder (default: PATH)")


def _build(args: argparse.Namespace) -> int:
    source_date_epoch()  # checked first: a malformed value also breaks importing scipy
    from archivist.build.site import build  # imports Pelican: only the build needs it

    report = build(args.settings, args.output, args.content, locked=args.locked)
    _warn(report.warnings)
    print(
        f"built {report.articles} articles into {report.output} "
        f"({report.files} files, {report.seconds:.1f}s)"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from archivist.build.site import load_settings

    settings = load_settings(args.settings)
    config = ArchiveConfig.from_settings(settings)
    urls = ArticleUrls.from_settings(settings)
    content = args.content or Path(settings["PATH"])
    checked = check_content(config, content, args.settings.resolve().parent)
    plan_content(content, checked.archive.articles, urls)
    _warn(checked.warnings)
    count = len(checked.warnings)
    found = f"{count} warning{'s' if count > 1 else ''}" if count else "no problems"
    print(f"ok: {len(checked.archive)} articles, {found}")
    return 0


def _search(args: argparse.Namespace) -> int:
    from archivist.curator.report import search_json, search_text
    from archivist.curator.search import ANSI, Filters, Marks, parse_query, search

    parse_query(args.query)  # a mistake in the query is reported before any indexing
    archive, urls = _curator_index(args)
    filters = Filters(
        tuple(args.tag), args.place, args.language, args.source, args.date_from, args.date_to
    )
    marks = ANSI if sys.stdout.isatty() and not args.json else Marks()
    results = search(archive, args.query, filters, args.limit, marks)
    if args.json:
        print(search_json(args.query, filters, results, archive.content_dir, urls))
    else:
        print(search_text(results, archive.content_dir, urls))
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


def _permalinks(args: argparse.Namespace) -> int:
    from archivist.build.site import load_settings

    settings = load_settings(args.settings)
    config = ArchiveConfig.from_settings(settings)
    urls = ArticleUrls.from_settings(settings)
    content = args.content or Path(settings["PATH"])
    articles = load_archive(content, config.default_language).articles
    plan = plan_content(content, articles, urls)
    if args.update:
        changed = write_lock(plan)
        print(f"{plan.lock_path}: {'added' if changed else 'no'} new URLs ({len(plan.unrecorded)})")
        return 0
    require_recorded(plan)
    print(f"ok: {plan.lock_path} records all {len(plan.routes)} URLs; none would break")
    return 0


def _in_ci() -> bool:
    """CI services set CI (e.g. CI=true); there the lock is checked, never rewritten."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _warn(warnings: Sequence[Problem]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from archivist.build.site import load_settings
    from archivist.importer.batch import Target
    from archivist.importer.cli import run_import

    settings = load_settings(args.settings)
    config = ArchiveConfig.from_settings(settings)
    content = args.content or Path(settings["PATH"])
    gazetteer = config.gazetteer_path(args.settings.resolve().parent)
    similar = _near_duplicates(settings, content)
    job = Target(content, None, args.dry_run, args.source_url, similar)
    return run_import(args.paths, gazetteer, job)


def _near_duplicates(settings: dict[str, Any], content: Path) -> Any:
    """``archivist similar`` for the importer: the content's articles most like a text."""
    from archivist.content.articles import article_paths
    from archivist.curator.project import open_project_index
    from archivist.curator.similarity import similar_articles

    if not content.is_dir() or not article_paths(content):
        return None
    archive = open_project_index(settings, content)

    def similar(text: str) -> list[tuple[Path, float]]:
        return [(a.path, score) for a, score in similar_articles(text, archive, limit=3)]

    return similar


def _serve(args: argparse.Namespace) -> int:
    from archivist.preview import serve

    serve(args.directory, args.bind, args.port)
    return 0


if __name__ == "__main__":
    run()
