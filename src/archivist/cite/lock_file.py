"""Reading ``permalinks.lock``: every URL the archive ever published, with its id.

The lock is read strictly, before anything is built: a line that is not ``URL ID``, a
repeated URL, bytes that are not UTF-8 or a folder in its place are problems to fix
(restore it from version control), never a guess, since every build depends on it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from archivist.errors import ContentError, Problem

__all__ = ["lock_lines", "read_lock"]


def read_lock(path: Path) -> Mapping[str, str]:
    """URL -> id from a lock file; an absent file is an empty lock."""
    text = _lock_text(path)
    entries: dict[str, str] = {}
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or not parts[0].endswith("/") or parts[0] in entries:
            problems.append(
                Problem(path, number, "is not a 'URL ID' line, or repeats a URL", _RESTORE)
            )
            continue
        entries[parts[0]] = parts[1]
    if problems:
        raise ContentError(problems)
    return MappingProxyType(entries)


_RESTORE = "restore the file from version control (git checkout -- permalinks.lock)"


def _lock_text(path: Path) -> str:
    """The lock file's text ("" when there is none); a :class:`ContentError` when it
    cannot be read as UTF-8 text: every build would depend on what it says."""
    if not os.path.lexists(path):
        return ""
    if not path.is_file():
        fix = "move it away; the lock must be a text file (see 'archivist permalinks --help')"
        raise ContentError([Problem(path, None, "is not a file", fix)])
    try:
        data = path.read_bytes()
    except OSError as error:
        message = f"cannot be read ({error.strerror})"
        raise ContentError([Problem(path, None, message, _RESTORE)]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"is not UTF-8 text (byte 0x{data[error.start]:02x}: {error.reason})"
        raise ContentError([Problem(path, line, message, _RESTORE)]) from None


def lock_lines(lock_path: Path) -> dict[str, int]:
    """The line of each URL in the lock file, for messages."""
    text = _lock_text(lock_path).splitlines()
    return {line.split()[0]: n for n, line in enumerate(text, 1) if line and line[0] != "#"}
