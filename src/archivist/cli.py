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

    serve = commands.add_parser("serve", help="preview the built site on http://localhost:8000")
    serve.add_argument("-p", "--port", type=int, default=8000)
    serve.add_argument("-b", "--bind", default="127.0.0.1", help="address (default: 127.0.0.1)")
    serve.add_argument("directory", nargs="?", type=Path, default=Path("output"))
    serve.set_defaults(run=_serve)
    return parser


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


def _serve(args: argparse.Namespace) -> int:
    from .preview import serve

    serve(args.directory, args.bind, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
