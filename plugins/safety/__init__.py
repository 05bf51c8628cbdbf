"""Pelican adapter for the site's writer and safety rules: contained writes, CSP, host headers.

Thin on purpose: the rules live in ``archivist.paths`` and ``archivist.pages.csp``, the
parallel work in ``archivist.build.parallel``, page reuse in ``archivist.build.page_reuse``.
Pelican has one writer; this one refuses any file outside the output folder, takes
unchanged pages from the previous build, and writes the article pages on every core.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from archivist.build import page_reuse
from archivist.build.parallel import map_shares
from archivist.build.progress import Counter
from archivist.build.state import build_of
from archivist.pages.csp import HEADERS_FILE, META_POLICY, headers_file
from archivist.paths import OutputFolder


class ContainedWriter(Writer):  # type: ignore[misc]
    """Pelican's writer, refusing any file outside the output folder (resolved, path-aware).

    A page whose inputs are unchanged since the previous build is linked from it
    (:mod:`archivist.build.page_reuse`). Article pages (one per article, most of a site)
    are queued, their file names reserved at once so a clash is still caught where
    Pelican would catch it, and at the end digested, then linked or rendered, in
    parallel (:func:`write_queued`): the cores are free by then, and the page digests
    of 10,000 articles took 1.2 s of a rebuild in the build's own process.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._queued: list[tuple[Any, ...]] = []
        self._reserved: set[str] = set()
        self._build = build_of(self.settings)
        self._pages = self._build.pages
        self._folder = OutputFolder(Path(self.output_path))
        self._build.writers.append(self)

    def write_file(self, name: Any, template: Any, context: Any, *args: Any, **kwargs: Any) -> Any:
        if not name or args or kwargs.get("override_output") or self._paginates(kwargs):
            return super().write_file(name, template, context, *args, **kwargs)
        path = sanitised_join(self.output_path, name)
        if "article" in kwargs:  # reserved now, so a clash is caught here; then write_queued
            self._claim(path)
            self._reserved.add(path)
            self._queued.append((name, template, context, kwargs))
            return None
        if self._taken(name, template, context, kwargs):
            self._claim(path)  # a second page of this name fails, as Pelican's would
            return None
        return super().write_file(name, template, context, **kwargs)

    def _paginates(self, kwargs: dict[str, Any]) -> bool:
        """Whether Pelican may split the page into several (a paginated template's): each
        is written as Pelican writes it, since page reuse knows only the first."""
        paginated = self.settings.get("PAGINATED_TEMPLATES", {})
        return "paginated" in kwargs or kwargs.get("template_name") in paginated

    def _taken(self, name: str, template: Any, context: Any, kwargs: dict[str, Any]) -> bool:
        """Whether page ``name`` is linked from the previous build (its inputs unchanged);
        if not, it is noted as made from its inputs, to be rendered by the caller."""
        page = self._pages.fingerprint(self._site_digest(), name, template, kwargs, context)
        if page is None:
            return False
        # A reused page is checked where it is linked, a page written by _open_w.
        if self._pages.reuse(Path(self.output_path), name, page):
            return True
        self._pages.made(name, page)
        return False

    def _site_digest(self) -> bytes:
        return self._pages.site_digest(self.settings)

    def write_queued(self) -> None:
        """Take or render the article pages, on every free core."""
        self._site_digest()  # made once, before the workers fork
        queued, self._queued = self._queued, []
        interface = self._build.interface.name
        with self._build.progress.counting(f"report pages in {interface}", len(queued)) as done:
            cores = self._build.background.free_cores()
            for made in map_shares(queued, partial(self._write_share, done=done), cores):
                self._pages.adopt(made)

    def _write_share(self, share: list[tuple[Any, ...]], done: Counter) -> page_reuse.Made:
        for name, template, context, kwargs in share:
            if not self._taken(name, template, context, kwargs):
                super().write_file(name, template, context, **kwargs)
            done.add()
        return self._pages.made_here(job[0] for job in share)

    def _claim(self, path: str) -> None:
        if path in self._written_files:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{path}" as Pelican has already written to it previously'
            )
        self._written_files.add(path)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        self._folder.contained(filename)
        if filename in self._reserved or filename not in self._written_files:
            self._pages.release(filename)  # a second write of a file is Pelican's to refuse
        if filename in self._reserved:  # checked when queued
            return open(filename, "w", encoding=encoding)  # Pelican closes it
        return super()._open_w(filename, encoding, override)


def contained_writer(pelican: Any) -> type[Writer]:
    return ContainedWriter


def write_queued(pelican: Any) -> None:
    writers = build_of(pelican.settings).writers
    while writers:
        writers.pop().write_queued()


def policy_for_templates(generator: Any) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals["CONTENT_SECURITY_POLICY"] = META_POLICY


def write_headers(pelican: Any) -> None:
    build = build_of(pelican.settings)
    if build.writes_shared_files:  # one file for every interface
        build.pages.write(Path(pelican.output_path), HEADERS_FILE, headers_file())


def register() -> None:
    signals.get_writer.connect(contained_writer)
    signals.generator_init.connect(policy_for_templates)
    signals.finalized.connect(write_queued)
    signals.finalized.connect(write_headers)
