"""The ``archivist`` command: the one entry point for curators and for the Makefile."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from archivist import __version__
from archivist.errors import ArchivistError, one_line

from .building import site_parsers
from .curator import search_parser, similar_parser
from .importing import import_parser
from .options import warn


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)  # like Ctrl-C: clean up, keep the previous output
    try:
        return int(args.run(args))
    except ArchivistError as error:
        warn(error.warnings)
        for line in error.lines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the previous output is unchanged", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `archivist search ... | head`: the reader has enough
        sys.stderr.close()
        return 0
    except OSError as error:  # the file system refused: a full disk, a read-only folder
        if error.filename is None:
            raise
        print(f"error: {file_system_refusal(error)}", file=sys.stderr)
        return 1


def file_system_refusal(error: OSError) -> str:
    """One line for an error of the file system the command met (a read-only or
    immutable folder, a full disk): the file, what the system said, what to do."""
    where = str(error.filename)
    if error.filename2 is not None:
        where += f" -> {error.filename2}"
    reason = error.strerror or type(error).__name__
    return one_line(
        f"{where}: {reason}; check that the folder is writable and the disk has room, "
        "then run the command again"
    )


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
    site_parsers(commands)
    search_parser(commands)
    similar_parser(commands)
    import_parser(commands)
    return parser
