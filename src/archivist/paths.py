"""Where files go: containment in the output folder, and per-content folders of local state."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from archivist.errors import BuildError


def contained(root: Path, path: str | Path) -> Path:
    """``path`` with links and ``..`` resolved, if it lies inside ``root``; else a BuildError.

    Path-aware: the resolved path must start with the resolved ``root`` and a separator
    (a bare prefix test would let ``output-evil/`` pass for ``output/``).
    """
    return Path(OutputFolder(root).contained(path))


class Resolver:
    """``realpath`` of many paths in few folders: each folder is resolved once, from its
    parent's, and a path's own name is followed only if it is a link.

    A build reads and writes tens of thousands of files in thousands of folders; resolving
    each path whole checks every folder above it again, one system call each.
    """

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def path(self, path: str, follow: bool = True) -> str:
        """``realpath(path)``; ``follow=False``: ``path``'s own name is taken as it is, even
        if a link (a hard link made there follows none)."""
        folder, name = os.path.split(path)
        if name in ("", ".", "..") or (follow and os.path.islink(path)):
            return os.path.realpath(path)
        return os.path.join(self.folder(folder), name)

    def folder(self, folder: str) -> str:
        """``realpath(folder)``, from its parent's unless it is a link itself."""
        found = self._folders.get(folder)
        if found is None:
            parent, name = os.path.split(folder)
            if name in ("", ".", "..") or os.path.islink(folder):
                found = os.path.realpath(folder)
            else:
                found = os.path.join(self.folder(parent), name)
            self._folders[folder] = found
        return found


class OutputFolder:
    """The folder a build writes into, checking that each file lands inside it (each
    folder a file goes into is resolved once: see :class:`Resolver`)."""

    def __init__(self, root: Path) -> None:
        self.root = os.path.realpath(root)
        self._inside = os.path.join(self.root, "")  # with a separator at the end
        self._resolver = Resolver()

    def contained(self, path: str | Path, linking: bool = False) -> str:
        """:func:`contained` in this folder, as text (it is asked for every page).
        ``linking``: a hard link is to be made at ``path``, which follows no link there (it
        fails on any file of that name), so only the folder it goes into is resolved."""
        resolved = self._resolver.path(os.path.join(self.root, path), follow=not linking)
        if resolved == self.root or not resolved.startswith(self._inside):
            raise BuildError(
                f"{path}: refusing to write outside the output folder {self.root}; "
                "check the slug, save_as or plugin that produced this path"
            )
        return resolved


def files_by_folder(top: Path) -> Iterator[tuple[str, list[str]]]:
    """Each folder under ``top`` (and itself), relative and ending in "/" ("" for ``top``),
    with the names of the files in it; links are listed as files, never followed.

    What ``os.walk`` finds, from the kinds the folder listing gives: ``os.walk`` also
    asks the system whether each folder is a link, and a built site has 24,000 folders
    at 10,000 articles.
    """
    pending = [""]
    while pending:
        relative = pending.pop()
        files = []
        with os.scandir(os.path.join(top, relative)) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(f"{relative}{entry.name}/")
                else:
                    files.append(entry.name)
        yield relative, files


def make_folders(root: Path, files: Iterable[str]) -> list[str]:
    """Make the folders of ``files`` (relative, with "/" between names) under ``root``,
    each checked to lie inside it; every folder made, and those holding them, relative."""
    folders: set[str] = set()
    for name in files:
        folder = name.rpartition("/")[0]
        while folder and folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    inside = OutputFolder(root)
    for folder in sorted(folders):
        os.makedirs(inside.contained(f"{folder}/_", linking=True).rpartition("/")[0], exist_ok=True)
    return sorted(folders)


def folder_for(root: Path, content_dir: Path) -> Path:
    """A folder under ``root`` per content folder: a fixture archive never clobbers the real one.

    Used for what Archivist keeps between runs (the curator's index, the build cache).
    """
    resolved = content_dir.resolve()
    tag = hashlib.sha256(str(resolved).encode()).hexdigest()[:10]
    return root / f"{resolved.name}-{tag}"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: into a new file beside it, flushed
    to the disk, then renamed over it. A full disk or a kill leaves the old file as it was."""
    temporary = path.with_name(f".{path.name}.writing-{os.getpid()}")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


#: The file that marks a folder as a site Archivist built, which a build may replace.
SITE_STAMP = ".archivist-site"
SITE_STAMP_TEXT = "Archivist built this site; 'archivist build' replaces this folder whole.\n"


def check_output_folder(output: Path, project: Path, content: Path, built_before: bool) -> None:
    """Refuse, as a BuildError, to build into ``output`` unless a build may replace it
    whole: absent, empty, or a site Archivist built (its :data:`SITE_STAMP`, or
    ``built_before``, as the build cache knows). Never the ``project`` or ``content``
    folder, a folder holding either, or a folder inside the content (all resolved)."""
    for name, folder in (("the project folder", project), ("the content folder", content)):
        if folder.is_relative_to(output):
            where = "is" if folder == output else "holds"
            raise BuildError(
                f"{output}: the output folder {where} {name}, which a build would replace; "
                "choose another output folder (-o), such as 'output'"
            )
    if output.is_relative_to(content):
        raise BuildError(
            f"{output}: the output folder is inside the content folder, where it would be "
            "read as content; choose another output folder (-o), such as 'output'"
        )
    if output.exists() and not output.is_dir():
        raise BuildError(f"{output}: the output folder is a file; choose another (-o)")
    if not output.is_dir() or built_before or (output / SITE_STAMP).is_file():
        return
    if next(output.iterdir(), None) is not None:
        raise BuildError(
            f"{output}: this folder is not empty and Archivist did not build it; a build "
            "replaces its output folder whole: choose a new or empty folder (-o), or "
            "remove this one yourself"
        )
