"""Reproducible output: the same content gives the same bytes, and the same file times.

Nothing in the site records when it was built. When ``SOURCE_DATE_EPOCH`` is set
(https://reproducible-builds.org/specs/source-date-epoch/), every file is given
that modification time too, so an archive (zip, tar) of ``output/`` is identical.
"""

from __future__ import annotations

import os
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
    """Give every file and folder under ``folder`` (and itself) the time ``epoch``."""
    if epoch is None:
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(folder, (epoch, epoch))
