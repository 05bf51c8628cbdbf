"""``archivist build``, ``check``, ``permalinks`` and ``serve``: the site's commands."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archivist.build.reproducible import source_date_epoch
from archivist.cite.permalinks import plan_content, require_recorded, write_lock
from archivist.config import ArchiveConfig, ArticleUrls
from archivist.content.articles import load_archive
from archivist.places.placenames import check_content

from .options import content_option, settings_option, warn

if TYPE_CHECKING:  # the build imports Pelican: only ``build`` loads it, when it runs
    from archivist.build.site import BuildReport


def site_parsers(commands: Any) -> None:
    """The parsers of the commands that build and check the site."""
    build = commands.add_parser(
        "build",
        help="validate content/ and build the site into output/",
        description="Validate every article, then build the whole site. The previous "
        "output stays untouched unless the build succeeds.",
    )
    settings_option(build)
    build.add_argument(
        "-o",
        "--output",
        type=Path,
        help="output folder, replaced whole: new, empty, or a site Archivist built "
        "(default: OUTPUT_PATH)",
    )
    content_option(build)
    build.add_argument(
        "--locked",
        action="store_true",
        default=in_ci(),
        help="never write permalinks.lock; fail if it lacks a URL (default when CI is set)",
    )
    build.add_argument(
        "--drafts",
        action="store_true",
        help="also preview the drafts at drafts/ (make serve): not indexed, searched, fed, "
        "cited nor locked",
    )
    build.set_defaults(run=_build)

    check = commands.add_parser(
        "check",
        help="validate content/ without building",
        description="Report every problem in the content at once (the articles, the "
        "gazetteer, and each imported article's raw capture: there, with its SHA-256), one "
        "'file:line: message' per line; exit 1 if there is any.",
    )
    settings_option(check)
    content_option(check)
    check.set_defaults(run=_check)

    permalinks = commands.add_parser(
        "permalinks",
        help="check permalinks.lock, or add the new URLs to it",
        description="Check that no published URL would break and that permalinks.lock "
        "records every URL (the default), or --update it with the new URLs.",
    )
    settings_option(permalinks)
    content_option(permalinks)
    mode = permalinks.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the lock is not current")
    mode.add_argument("--update", action="store_true", help="add the new URLs to the lock")
    permalinks.set_defaults(run=_permalinks)
    serve = commands.add_parser("serve", help="preview the built site on http://localhost:8000")
    serve.add_argument("-p", "--port", type=int, default=8000)
    serve.add_argument("-b", "--bind", default="127.0.0.1", help="address (default: 127.0.0.1)")
    serve.add_argument("directory", nargs="?", type=Path, default=Path("output"))
    serve.set_defaults(run=_serve)


def _build(args: argparse.Namespace) -> int:
    source_date_epoch()  # checked first: a malformed value also breaks importing scipy
    from archivist.build.site import build  # imports Pelican: only the build needs it

    report = build(args.settings, args.output, args.content, locked=args.locked, drafts=args.drafts)
    warn(report.warnings)
    lock = (
        f"; {report.lock}: {report.new_urls} new URL{'s' if report.new_urls > 1 else ''} "
        "recorded, commit it"
        if report.new_urls
        else ""
    )
    print(
        f"built {report.articles} articles into {report.output} "
        f"({report.files} files, {report.seconds:.1f}s){_drafts(report)}{lock}"
    )
    return 0


def _drafts(report: BuildReport) -> str:
    """What became of the drafts: previewed (``--drafts``), or where to preview them."""
    if not report.drafts:
        return ""
    drafts = f"{report.drafts} draft{'s' if report.drafts > 1 else ''}"
    if report.previewed:
        return f"; {drafts} previewed at {report.output / 'drafts'}/, not published"
    return f"; {drafts} not published (archivist build --drafts previews them)"


def _project(args: argparse.Namespace) -> tuple[ArchiveConfig, ArticleUrls, Path]:
    """The settings a command names: the archive's, its article addresses, its content."""
    from archivist.build.site import load_settings

    settings = load_settings(args.settings)
    content = args.content or Path(settings["PATH"])
    return ArchiveConfig.from_settings(settings), ArticleUrls.from_settings(settings), content


def _check(args: argparse.Namespace) -> int:
    config, urls, content = _project(args)
    checked = check_content(config, content, args.settings.resolve().parent)
    plan_content(content, checked.archive.articles, urls)
    warn(checked.warnings)
    count = len(checked.warnings)
    found = f"{count} warning{'s' if count > 1 else ''}" if count else "no problems"
    drafts = len(checked.archive.drafts)
    unpublished = (
        f" (and {drafts} draft{'s' if drafts > 1 else ''}, not published)" if drafts else ""
    )
    print(f"ok: {len(checked.archive)} articles{unpublished}, {found}")
    return 0


def _permalinks(args: argparse.Namespace) -> int:
    config, urls, content = _project(args)
    articles = load_archive(content, config.default_language).articles
    plan = plan_content(content, articles, urls)
    if args.update:
        changed = write_lock(plan)
        print(f"{plan.lock_path}: {'added' if changed else 'no'} new URLs ({len(plan.unrecorded)})")
        return 0
    require_recorded(plan)
    print(f"ok: {plan.lock_path} records all {len(plan.routes)} URLs; none would break")
    return 0


def in_ci() -> bool:
    """CI services set CI (e.g. CI=true); there the lock is checked, never rewritten."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _serve(args: argparse.Namespace) -> int:
    from archivist.preview import serve

    serve(args.directory, args.bind, args.port)
    return 0
