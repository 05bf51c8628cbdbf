"""Take unchanged pages from the previous build instead of rendering them again.

Every page the writer renders gets a fingerprint: the digest of the site
(:mod:`archivist.build.site_digest`) and of everything the page's template receives.
The next build into the same output folder takes a page whose fingerprint is
unchanged from the live site: the same bytes a clean build would render, without the
rendering. The pages' fingerprints are kept in the build cache (the page record of the
output folder, :meth:`archivist.build.cache.Store.pages`), beside the file's
identity (inode, size, time), so a page edited by hand in the output is rendered
again, never trusted.

A build works in the site the live one replaced, the spare (:mod:`.spare`): only what
changed is linked or written again; a file about to be written is first unlinked
(:meth:`Pages.release`), never written through to the live site.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

from jinja2 import Template

from archivist.errors import BuildError
from archivist.paths import OutputFolder
from archivist.reuse.deferred import Deferred
from archivist.reuse.fingerprint import Fingerprints, Unfingerprintable, fingerprint

from .cache import Store
from .site_digest import project_digest, site_digest, software
from .spare import Kept, prune, remove_untouched, sort_out
from .template_inputs import PELICAN_OBJECTS, page_inputs

#: A file's identity: (inode, size, modification time in ns).
Identity = tuple[int, int, int]
#: What a worker made or linked: each page's fingerprint, and each linked page's identity.
Made = tuple[dict[str, bytes], dict[str, Identity]]
#: A hard link fails with these where the file system has none: the file is copied.
_NO_LINKS = {errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EMLINK}


class Pages:
    """The pages of the live site (``previous``) a build may reuse, and those it makes."""

    def __init__(self, previous: Path, store: Store, settings_file: Path, gazetteer: Path) -> None:
        self.previous = previous
        #: The gazetteer every page may show a place of.
        self.gazetteer = gazetteer
        #: Where the page record of builds into ``previous`` is kept.
        self.store = store
        #: The settings file and its neighbours it may import (functions' code is not in
        #: the settings' values).
        self.project = project_digest(settings_file)
        self._before, self._site_before = _load(store.pages(previous))
        #: What every page depends on (:meth:`site_digest`), worked out once a build.
        self._site: bytes | None = None
        self._now: dict[str, bytes] = {}
        #: The identity (inode, size, time) of each page linked from the live site.
        self._linked: dict[str, Identity] = {}
        self._digests = Fingerprints(PELICAN_OBJECTS)
        #: Folders this build has made (or found) in its staging folder.
        self._folders: set[str] = set()
        #: The folders found in the recycled site (:meth:`recycle`).
        self._recycled: set[str] = set()
        #: The recycled site's files that are pages of the live site, not yet reused or
        #: written again (:meth:`recycle`).
        self._kept: set[str] = set()
        self._staging = ""
        #: The containment check of each folder written into.
        self._output_folders: dict[Path, OutputFolder] = {}

    def site_digest(self, settings: Mapping[str, Any]) -> bytes:
        """What every page depends on (:func:`site_fingerprint`): of ``settings`` the first
        time, the same for the rest of the build."""
        if self._site is None:
            self._site = site_digest(self.project, self.gazetteer, settings)
        return self._site

    def recycle(self, folder: Path, settings: Mapping[str, Any]) -> None:
        """Take ``folder``, the staging folder, as it is: new and empty, or the spare (the
        site the live one replaced).

        Its files that are the live site's pages stay, and :meth:`reuse` needs do nothing
        for them; all others are removed now, before any writer runs (all are, when the
        live site was built from other code, theme, plugins or settings, ``settings``,
        whose writers may write other files): see :mod:`.spare`.
        """
        self._staging = str(folder)
        # Pelican adds to some settings as it starts: the digest is of them as they were.
        same = self.site_digest(settings) == self._site_before and bool(self._before)
        found = sort_out(self._staging, self._before if same else {})
        self._recycled, self._kept = found.folders, found.kept
        self._folders |= found.paths

    @property
    def staging(self) -> Path:
        """The staging folder (:meth:`recycle`)."""
        return Path(self._staging)

    def folders_ahead(self) -> list[str]:
        """The live site's pages, whose folders a background worker makes as Pelican reads
        (:func:`~archivist.paths.make_folders`) when the staging folder started empty, not
        from the spare: making them took a fifth of a rebuild after a full build."""
        return [] if self._recycled else list(self._before)

    def adopt_folders(self, made: Iterable[str]) -> None:
        """The folders made ahead (:meth:`folders_ahead`): those no page fills are pruned."""
        self._recycled.update(made)

    def release(self, path: str | Path) -> None:
        """File ``path`` is about to be written: whatever file is there goes first. It may
        be one of the live site's (a hard link in the recycled folder), and writing into
        it would change the site being served."""
        if self._kept:
            self._kept.discard(os.path.relpath(path, self._staging))
        with suppress(FileNotFoundError):
            os.unlink(path)

    def remove_stale(self) -> None:
        """Remove the live site's pages the recycled folder still holds untouched: pages this
        build made no more (call once every page is made or reused)."""
        remove_untouched(self._staging, {name: self._before[name][1] for name in self._kept})
        self._kept.clear()

    def fingerprint(
        self,
        site: bytes,
        name: str,
        template: Template,
        kwargs: Mapping[str, Any],
        context: Mapping[str, Any],
    ) -> bytes | None:
        """The digest of all page ``name`` reads (``site``, the digest of the site, and
        its :func:`~.template_inputs.page_inputs`), or None if that is not known."""
        inputs = page_inputs(template, kwargs, context)
        if inputs is None:
            return None
        try:
            return self._digests.of((site, name, template.name, inputs))
        except Unfingerprintable:
            return None

    def text_fingerprint(self, name: str, text: str | bytes | Deferred) -> bytes:
        """The digest of file ``name``'s text: of its inputs and maker if deferred (and of
        the code and libraries that make it), else of the text."""
        if isinstance(text, Deferred):
            try:
                return self._digests.of((software(), name, text.maker, text.inputs))
            except Unfingerprintable:
                text = text.text()
        return fingerprint((name, text))

    def prune(self, staging: Path, listing: dict[str, list[str]]) -> None:
        """Remove the recycled folders that hold nothing (:func:`.spare.prune`)."""
        prune(staging, listing, self._recycled)

    def reuse(self, staging: Path, name: str, page: bytes) -> bool:
        """Link page ``name`` from the live site into ``staging`` if it is unchanged."""
        before = self._before.get(name)
        if before is None or before[0] != page or name.startswith("/"):
            return False
        # Paths as text, joined by hand: a rebuild of 10,000 articles checks 66,000 pages,
        # and Path or os.path.join took more time than the checks.
        source = f"{self.previous}/{name}"
        try:
            found = os.stat(source)
        except OSError:  # gone: render it
            return False
        if (found.st_ino, found.st_size, found.st_mtime_ns) != before[1:]:
            return False
        if name in self._kept:  # the recycled folder holds this very file
            self._kept.discard(name)
        else:
            self._link(staging, source, name)
        self._now[name] = page
        self._linked[name] = before[1:]
        return True

    def _link(self, staging: Path, source: str, name: str) -> None:
        target = self._folder(staging).contained(name, linking=True)
        try:
            self._make_folder(os.path.dirname(target))
            try:
                os.link(source, target)
            except OSError as error:
                if error.errno not in _NO_LINKS:
                    raise
                shutil.copyfile(source, target)
        except OSError as error:
            raise BuildError(
                f"{target}: not taken from the previous build ({error.strerror}); "
                "check the space and permissions there"
            ) from None

    def _folder(self, output: Path) -> OutputFolder:
        """The containment check of ``output``, made once."""
        folder = self._output_folders.get(output)
        if folder is None:
            folder = self._output_folders[output] = OutputFolder(output)
        return folder

    def _make_folder(self, folder: str) -> None:
        """Make ``folder`` and its parents, once per build."""
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)

    def write(self, output: Path, name: str, data: str | bytes | Deferred) -> None:
        """Write file ``output/name`` (a feed, a citation file, a search file, an asset),
        or link it from the previous build if unchanged: judged from the inputs of a
        :class:`~archivist.reuse.deferred.Deferred` text, which is then not made.

        Every file of the site but Pelican's pages is written here (Pelican's writer
        releases its files here too): never through a file the live site serves.
        """
        page = self.text_fingerprint(name, data)
        if self.reuse(output, name, page):
            return
        target = Path(self._folder(output).contained(name))
        self._make_folder(str(target.parent))
        self.release(target)
        made = data.text() if isinstance(data, Deferred) else data
        if isinstance(made, bytes):
            target.write_bytes(made)
        else:
            target.write_text(made, encoding="utf-8")
        self.made(name, page)

    def made(self, name: str, page: bytes) -> None:
        """Page ``name`` was rendered afresh from inputs with fingerprint ``page``."""
        self._now[name] = page

    def made_from(self, name: str) -> bytes | None:
        """The fingerprint page ``name`` was made or taken from in this build, if it has one."""
        return self._now.get(name)

    def made_here(self, names: Iterable[str] | None = None) -> Made:
        """The pages made or reused so far, or those of ``names`` (a worker's, for the
        build to :meth:`adopt`)."""
        if names is None:
            return dict(self._now), dict(self._linked)
        now, linked = self._now, self._linked
        return {n: now[n] for n in names if n in now}, {n: linked[n] for n in names if n in linked}

    def adopt(self, made: Made) -> None:
        """Pages a worker made or reused (:meth:`made_here` of its copy)."""
        now, linked = made
        self._kept.difference_update(now)  # reused or written again there
        self._now.update(now)
        self._linked.update(linked)

    def save(self, staging: Path) -> None:
        """Keep this build's pages for the next one, in the store (it writes them with the
        rest, at the build's end); call once the folder is final.

        A linked page keeps the identity it was checked by: the link is the same file.
        (Were it stamped or changed since, the next build renders it again: never wrong.)
        """
        entries: dict[str, Kept] = {}
        for name, page in self._now.items():
            kept = self._linked.get(name)
            if kept is None:
                found = (staging / name).stat()
                kept = (found.st_ino, found.st_size, found.st_mtime_ns)
            entries[name] = (page, *kept)
        self.store.keep_pages(self.previous, (entries, self._site))


def _load(record: Any) -> tuple[dict[str, Kept], bytes | None]:
    """The pages of the live site, and the digest of what they were made with."""
    return record if isinstance(record, tuple) else ({}, None)
