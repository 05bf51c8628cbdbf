"""Options several ``archivist`` commands share, and their argument types."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from archivist.content.dates import PartialDate
from archivist.errors import Problem

DEFAULT_SETTINGS = Path("pelicanconf.py")


def settings_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-s",
        "--settings",
        type=Path,
        default=DEFAULT_SETTINGS,
        help="Pelican settings file (default: pelicanconf.py)",
    )


def content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-c", "--content", type=Path, help="content folder (default: PATH)")


def answer_options(parser: argparse.ArgumentParser, limit: int) -> None:
    """How many answers a listing command prints, and whether as JSON."""
    parser.add_argument(
        "--limit", type=positive, default=limit, help=f"at most this many (default: {limit})"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{error}; write YYYY, YYYY-MM or YYYY-MM-DD") from None


def warn(warnings: Sequence[Problem]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
