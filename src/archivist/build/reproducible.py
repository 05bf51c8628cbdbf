"""Reproducible output: the same content gives the same bytes, and the same file times.

Nothing in the site records when it was built. When ``SOURCE_DATE_EPOCH`` is set
(https://reproducible-builds.org/specs/source-date-epoch/), every file is given
that modification time too, so an archive (zip, tar) of ``output/`` is identical.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Mapping
from pathlib import Path

from archivist.errors import ConfigError


def source_date_epoch(environ: Mapping[str, str] = os.environ) -> int | None:
    """The ``SOURCE_DATE_EPOCH`` to stamp files with, or None when unset."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ConfigError(
            f"SOURCE_DATE_EPOCH={value!r}: not a number of seconds; "
            "set it to e.g. $(git log -1 --format=%ct) or unset it"
        )
    return int(value)


def stamp(folder: Path, epoch: int | None) -> None:
    """Give every file and folder under ``folder`` (and itself) the time ``epoch``.

    A file that is also another folder's (a page a rebuild took from the live site, as a
    hard link) is copied first, if its time is not ``epoch`` already: the time of a file
    belongs to all its links, and the live site must not change while a build runs.
    """
    if epoch is None:
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        found = path.lstat()
        if found.st_mtime == epoch:
            continue
        if stat.S_ISREG(found.st_mode) and found.st_nlink > 1:
            _unshare(path)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(folder, (epoch, epoch))


def _unshare(path: Path) -> None:
    """Make ``path`` a file of its own, with the same bytes and mode."""
    copy = path.with_name(f".{path.name}.{os.getpid()}.copy")
    shutil.copy2(path, copy)
    copy.replace(path)
