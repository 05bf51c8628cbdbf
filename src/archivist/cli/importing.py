"""``archivist import``: raw captures into draft articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from archivist.config import ArchiveConfig

from .options import content_option, settings_option


def import_parser(commands: Any) -> None:
    command = commands.add_parser(
        "import",
        help="turn captures (.txt, .html, .md, .warc, .warc.gz, .wacz) into draft articles",
        description="Read each capture (files, or folders searched for .txt, .html, .htm, "
        ".md, and web archives: .warc, .warc.gz, .wacz), write one new draft article per "
        "capture (per HTML page of a web archive, with its address and capture time) into "
        "the content folder, and print a review table of what needs a human look. "
        "Never overwrites a file and never imports one report twice.",
    )
    command.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="capture or folder")
    settings_option(command)
    content_option(command)
    command.add_argument(
        "-n", "--dry-run", action="store_true", help="show the review table; write nothing"
    )
    command.add_argument(
        "--source-url", default="", metavar="URL", help="address of the original (one capture)"
    )
    command.add_argument(
        "--wide", action="store_true", help="one line per capture in the review table"
    )
    command.set_defaults(run=_import)
    publishing = commands.add_parser(
        "publish",
        help="publish reviewed drafts: take their 'status: draft' line out",
        description="Imported articles are drafts (status: draft): checked, but not built "
        "nor recorded in permalinks.lock. Publishing one takes that line out; the next build "
        "writes its page and freezes its slug.",
    )
    publishing.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a draft")
    publishing.set_defaults(run=_publish)


def _publish(args: argparse.Namespace) -> int:
    from archivist.importer.publish import publish

    failed = 0
    for path in args.files:
        problem = publish(path)
        if problem is None:
            print(f"published {path}")
        else:
            failed += 1
            print(f"error: {problem}", file=sys.stderr)
    return 1 if failed else 0


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
    return run_import(args.paths, gazetteer, job, args.wide)


def _near_duplicates(settings: dict[str, Any], content: Path) -> Any:
    """``archivist similar`` for the importer: the content's articles most like a text."""
    from archivist.content.files import article_paths
    from archivist.curator.project import open_project_index
    from archivist.curator.similarity import similar_articles

    if not content.is_dir() or not article_paths(content):
        return None
    archive = open_project_index(settings, content)

    def similar(text: str) -> list[tuple[Path, float]]:
        return [(a.path, score) for a, score in similar_articles(text, archive, limit=3)]

    return similar
