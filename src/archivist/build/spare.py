"""What a build keeps of the spare, the site the live one replaced, which it recycles as
its staging folder (:meth:`archivist.build.page_reuse.Pages.recycle`).

Its folders stay, and so do its files that are still the live site's pages (hard links
of the same file, as the previous build took them): a one-edit rebuild finds most of
its site in place. Its other files go before any writer runs, and the live pages no
writer took at the end (:func:`remove_untouched`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

#: (fingerprint, inode, size, modification time in ns) of one page of the live site.
Kept = tuple[bytes, int, int, int]


@dataclass
class Found:
    """What a recycled staging folder holds, by names relative to it."""

    #: Its folders, and their paths.
    folders: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)
    #: Its files that are the live site's pages (the others are removed).
    kept: set[str] = field(default_factory=set)


def sort_out(folder: str, before: Mapping[str, Kept]) -> Found:
    """The folders of ``folder`` and its files that are the pages of ``before`` (the live
    site's) of their names; its other files are removed."""
    found = Found()
    _sort_out(found, folder, "", before)
    return found


def _sort_out(found: Found, path: str, name: str, before: Mapping[str, Kept]) -> None:
    with os.scandir(path) as entries:
        for entry in entries:
            each = f"{name}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                found.folders.add(each)
                found.paths.add(entry.path)
                _sort_out(found, entry.path, f"{each}/", before)
            elif each in before and entry.inode() == before[each][1]:
                found.kept.add(each)
            else:
                os.unlink(entry.path)


def remove_untouched(folder: str, kept: Mapping[str, int]) -> None:
    """Remove the live pages of ``kept`` (name: inode) that no writer took or wrote again
    in ``folder``."""
    for name, inode in kept.items():
        path = f"{folder}/{name}"
        with suppress(FileNotFoundError):
            if os.lstat(path).st_ino == inode:  # not put there anew
                os.unlink(path)


def prune(staging: Path, listing: dict[str, list[str]], recycled: set[str]) -> None:
    """Remove from ``staging`` the ``recycled`` folders that hold nothing (an article gone),
    and from ``listing`` (each folder's files, as :func:`~archivist.paths.files_by_folder`
    gives them, relative and ending in "/")."""
    inside = Counter(_parent(folder) for folder in listing if folder)
    for folder in sorted(listing, key=lambda f: f.count("/"), reverse=True):
        if folder[:-1] in recycled and not listing[folder] and not inside[folder]:
            (staging / folder).rmdir()
            del listing[folder]
            inside[_parent(folder)] -= 1


def _parent(folder: str) -> str:
    """The folder holding ``folder`` (both relative, ending in "/"; "" for the top)."""
    parent = folder[:-1].rpartition("/")[0]
    return f"{parent}/" if parent else ""
