"""``archivist import``: raw captures into draft articles."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from archivist.config import ArchiveConfig

from .options import content_option, settings_option


def import_parser(commands: Any) -> None:
    command = commands.add_parser(
        "import",
        help="turn raw captures (.txt, .html, .md) into draft articles in content/",
        description="Read each capture (files, or folders searched for .txt, .html, .htm "
        "and .md), write one new article per capture into the content folder with a "
        "front-matter draft, and print a review table of what needs a human look. "
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
    command.set_defaults(run=_import)


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
    from archivist.content.files import article_paths
    from archivist.curator.project import open_project_index
    from archivist.curator.similarity import similar_articles

    if not content.is_dir() or not article_paths(content):
        return None
    archive = open_project_index(settings, content)

    def similar(text: str) -> list[tuple[Path, float]]:
        return [(a.path, score) for a, score in similar_articles(text, archive, limit=3)]

    return similar
