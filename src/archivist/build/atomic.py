"""Replace the output folder in one step, and tidy up after builds that were killed.

A build writes into a staging folder next to ``output/`` and then swaps it in.
On Linux the swap is one ``renameat2(RENAME_EXCHANGE)`` system call: at every
instant ``output/`` is either the whole old site or the whole new one, even if
the build is killed mid-swap. Elsewhere (or on a file system without the call)
it is two renames; a build killed between them leaves the old site as
``.output.old-*``, which the next build puts back before anything else.
Builds of one output folder take turns (a lock on its parent folder), so the
next build can remove stale staging folders without touching a running one.

The replaced site is renamed ``.output.discarded-*``; the build keeps it as the
next build's spare (:mod:`archivist.build.spare`) or it is removed by a detached
process (:func:`discard`): removing tens of thousands of files can take longer
than the build itself, and nothing waits for it. A discarded folder is never
restored; the next build hands any it finds to a remover again, unless a remover
is still at work on it. So it does with a spare being made (``.output.mirroring-*``)
that no process is at work on.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import signal
import subprocess
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


def beside(target: Path, kind: str) -> Path:
    """A new name beside ``target`` for a folder of one ``kind``: ``.output.<kind>-<random>``
    (the patterns :func:`leftovers` and :func:`background` find)."""
    return target.with_name(f".{target.name}.{kind}-{secrets.token_hex(6)}")


def staging_folder(target: Path) -> Path:
    """A fresh, empty folder beside ``target`` to build into, as readable as any folder the
    user makes (the umask decides; ``tempfile.mkdtemp``'s is private, and so was the site)."""
    folder = beside(target, "building")
    folder.mkdir()
    return folder


def leftovers(target: Path) -> list[Path]:
    """Staging and retired folders of ``target`` left behind by builds that were killed."""
    patterns = (f".{target.name}.building-*", f".{target.name}.old-*")
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
    """Undo what a killed build left: restore a retired site, remove staging folders."""
    retired = sorted(target.parent.glob(f".{target.name}.old-*"))
    if retired and not target.exists():
        retired[-1].rename(target)
    for folder in leftovers(target):
        shutil.rmtree(folder, ignore_errors=True)
    for folder in background(target):  # a remover may have been killed with its build
        discard(folder)


def background(target: Path) -> list[Path]:
    """Folders of ``target``'s earlier builds that detached processes work in (or did,
    if killed): replaced sites being removed, spares being made."""
    patterns = (f".{target.name}.discarded-*", f".{target.name}.mirroring-*")
    return sorted(p for pattern in patterns for p in target.parent.glob(pattern))


#: The remover of a discarded folder: it holds a lock on the folder while it works, so a
#: later build finding the folder still there leaves it to the live remover (or mirror).
_REMOVER = """
import os, shutil, sys
try:
    import fcntl
    fcntl.flock(os.open(sys.argv[1], os.O_RDONLY), fcntl.LOCK_EX | fcntl.LOCK_NB)
except ImportError:
    pass
except OSError:
    sys.exit()  # gone, or another remover is at work on it
shutil.rmtree(sys.argv[1], ignore_errors=True)
"""


def discard(folder: Path) -> subprocess.Popen[bytes]:
    """Remove ``folder`` in a detached process that outlives this one; return it at once."""
    return detached([sys.executable, "-c", _REMOVER, str(folder)])


def detached(command: list[str], pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
    """Start ``command`` (Python's) to work on after the build, silent; return it at once."""
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=pass_fds,
        start_new_session=True,  # a Ctrl-C in the terminal is for the build, not this one
    )


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


def replace(staging: Path, target: Path) -> Path | None:
    """Put ``staging`` in place of ``target`` in one step where possible.

    Returns the folder that now holds the old site (for :func:`discard`), if there was one.
    """
    with _signals_held():
        old = _replace(staging, target)
        return None if old is None else retire(old, target)


def retire(folder: Path, target: Path) -> Path:
    """Rename ``folder`` (a site of ``target`` no longer wanted) for :func:`recover` to
    hand to a remover; where it now is."""
    return folder.rename(beside(target, "discarded"))


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
