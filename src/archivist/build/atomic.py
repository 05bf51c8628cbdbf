"""Replace the output folder in one step, keep the replaced site as the next build's
spare, and tidy up after builds that were killed.

A build writes into a staging folder next to ``output/`` and then swaps it in.
On Linux the swap is one ``renameat2(RENAME_EXCHANGE)`` system call: at every
instant ``output/`` is either the whole old site or the whole new one, even if
the build is killed mid-swap. Elsewhere (or on a file system without the call)
it is two renames; a build killed between them leaves the old site as
``.output.old-*``, which the next build puts back before anything else.
Builds of one output folder take turns (a lock on its parent folder), so the
next build can remove stale staging folders without touching a running one.

The replaced site becomes the spare, ``.output.spare``: the next build renames it as
its staging folder and keeps the files that are still the live site's
(:meth:`archivist.build.page_reuse.Pages.recycle`). A one-edit rebuild so makes no
folders, links almost no files and removes nothing: at 10,000 articles, 24,000 folders
and 66,000 files that it would otherwise make and remove again.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: builds are not serialised
    fcntl = None  # type: ignore[assignment]

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EPERM}
#: What killed builds leave beside ``output/``: staging folders, and (until 2026-12)
#: sites handed to removers or mirrors that a kill stopped.
_LEFTOVER_KINDS = ("building", "discarded", "mirroring")


def beside(target: Path, kind: str) -> Path:
    """A new name beside ``target`` for a folder of one ``kind``: ``.output.<kind>-<random>``."""
    return target.with_name(f".{target.name}.{kind}-{secrets.token_hex(6)}")


def spare(target: Path) -> Path:
    """Where the spare of output folder ``target`` waits: the site it last replaced."""
    return target.with_name(f".{target.name}.spare")


def staging_folder(target: Path) -> Path:
    """The folder to build ``target``'s next site in: its spare, renamed (a build killed
    while it works there leaves an ordinary leftover), or else a new, empty folder, as
    readable as any folder the user makes (the umask decides)."""
    folder = beside(target, "building")
    try:
        spare(target).rename(folder)
    except FileNotFoundError:
        folder.mkdir()
    return folder


def leftovers(target: Path) -> list[Path]:
    """Folders of ``target`` left behind by builds that were killed."""
    patterns = [f".{target.name}.{kind}-*" for kind in (*_LEFTOVER_KINDS, "old")]
    return sorted(p for pattern in patterns for p in target.parent.glob(pattern))


@contextmanager
def exclusive(target: Path) -> Iterator[None]:
    """Hold the build lock of ``target`` (its parent folder); wait for another build to end."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover
        yield
        return
    descriptor = os.open(target.parent, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def recover(target: Path) -> None:
    """Undo what a killed or failed build left: restore a retired site, remove the rest."""
    retired = sorted(target.parent.glob(f".{target.name}.old-*"))
    if retired and not target.exists():
        retired[-1].rename(target)
    for folder in leftovers(target):
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the swap is done (SIGKILL cannot be held: recover())."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def replace(staging: Path, target: Path) -> None:
    """Put ``staging`` in place of ``target`` in one step where possible; the site it
    replaces becomes the spare."""
    with _signals_held():
        old = _replace(staging, target)
        if old is not None:
            shutil.rmtree(spare(target), ignore_errors=True)  # none, unless a build left two
            old.rename(spare(target))


def _replace(staging: Path, target: Path) -> Path | None:
    if not target.exists():
        staging.rename(target)
        return None
    if exchange(staging, target):
        return staging  # now the old site
    retired = target.with_name(f".{target.name}.old-{os.getpid()}")
    target.rename(retired)
    staging.rename(target)  # killed just before this line: recover() puts retired back
    return retired


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    path, number = ctypes.c_char_p, ctypes.c_int
    renameat2.argtypes = [number, path, number, path, ctypes.c_uint]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))
