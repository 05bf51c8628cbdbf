"""Run Pelican for each of a build's interfaces, quietly, and turn what it logs as an
error into the build's error."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

from pelican import Pelican
from pelican.log import console as pelican_console

from archivist.errors import BuildError
from archivist.paths import make_folders

from .state import Build


def run_pelican(build: Build, settings_of: Callable[[Build], dict[str, Any]]) -> None:
    """Run Pelican once for each of the build's interfaces, on the settings
    ``settings_of`` gives (which carry the build in that interface), then wait for the
    work its plugins started beside it (the search files). The first run, the default
    interface's, writes the files they all share; each writes its own pages."""
    with _collect_errors() as errors, _pelican_quiet():
        try:
            folders = build.pages.folders_ahead()  # made in the background as Pelican reads
            if folders:
                make = partial(make_folders, build.pages.staging, folders)
                build.background.start(make, then=build.pages.adopt_folders)
            for interface in build.interfaces or (build.interface,):
                # The first run's plugins start the search worker.
                Pelican(settings_of(build.in_interface(interface))).run()
        except BaseException as error:  # Pelican's own errors (templates, plugins) end the build
            build.background.finish(abandon=True)
            if isinstance(error, OSError) or not isinstance(error, Exception):
                raise  # the disk, not the site (see build), or an interrupt
            # What it logged before it stopped comes first: the likely cause.
            raise BuildError(
                "\n".join([*errors, f"the site generator stopped: {error}"])
            ) from error
        build.progress.step("writing the search files")
        build.background.finish()
    if errors:
        raise BuildError("\n".join(errors))


@contextmanager
def _pelican_quiet() -> Iterator[None]:
    """Keep Pelican's own summary ("Done: Processed 5 articles, 0 drafts, ...") off the
    terminal: ``archivist build`` ends with one line of its own."""
    before = pelican_console.quiet
    pelican_console.quiet = True
    try:
        yield
    finally:
        pelican_console.quiet = before


@contextmanager
def _collect_errors() -> Iterator[list[str]]:
    """Pelican logs problems and carries on; collect its errors so the build can fail."""
    errors: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            errors.append(record.getMessage())

    handler = Collector(level=logging.ERROR)
    logger = logging.getLogger("pelican")
    logger.addHandler(handler)
    try:
        yield errors
    finally:
        logger.removeHandler(handler)
