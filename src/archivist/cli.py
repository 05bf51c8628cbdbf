"""The ``archivist`` command: the one entry point for curators and for the Makefile."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .config import ArchiveConfig
from .errors import ArchivistError, Problem
from .placenames import check_content

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


def _stop(signal_number: int, frame: object) -> None:
    raise KeyboardInterrupt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    build.add_argument("-c", "--content", type=Path, help="content folder (default: PATH)")
    build.set_defaults(run=_build)

    check = commands.add_parser(
        "check",
        help="validate content/ without building",
        description="Report every problem in the content at once, one 'file:line: message' "
        "per line; exit 1 if there is any.",
    )
    _settings_option(check)
    check.add_argument("-c", "--content", type=Path, help="content folder (default: PATH)")
    check.set_defaults(run=_check)

    _import_parser(commands)

    serve = commands.add_parser("serve", help="preview the built site on http://localhost:8000")
    serve.add_argument("-p", "--port", type=int, default=8000)
    serve.add_argument("-b", "--bind", default="127.0.0.1", help="address (default: 127.0.0.1)")
    serve.add_argument("directory", nargs="?", type=Path, default=Path("output"))
    serve.set_defaults(run=_serve)
    return parser


def _import_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    command.add_argument("-c", "--content", type=Path, help="content folder (default: PATH)")
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


def _build(args: argparse.Namespace) -> int:
    from .site import build  # imports Pelican: only the build needs it

    report = build(args.settings, args.output, args.content)
    _warn(report.warnings)
    print(
        f"built {report.articles} articles into {report.output} "
        f"({report.files} files, {report.seconds:.1f}s)"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from .site import load_settings

    settings = load_settings(args.settings)
    config = ArchiveConfig.from_settings(settings)
    content = args.content or Path(settings["PATH"])
    checked = check_content(config, content, args.settings.resolve().parent)
    _warn(checked.warnings)
    count = len(checked.warnings)
    found = f"{count} warning{'s' if count > 1 else ''}" if count else "no problems"
    print(f"ok: {len(checked.archive)} articles, {found}")
    return 0


def _warn(warnings: Sequence[Problem]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from .importer.cli import run_import
    from .site import load_settings

    settings = load_settings(args.settings)
    config = ArchiveConfig.from_settings(settings)
    content = args.content or Path(settings["PATH"])
    gazetteer = config.gazetteer_path(args.settings.resolve().parent)
    return run_import(
        args.paths, content, gazetteer, dry_run=args.dry_run, source_url=args.source_url
    )


def _serve(args: argparse.Namespace) -> int:
    from .preview import serve

    serve(args.directory, args.bind, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
