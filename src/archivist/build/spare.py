"""The spare site beside the output folder, which the next build works in.

A rebuild of 10,000 articles takes some 66,000 files unchanged from the live site. In a
new staging folder that is 24,000 folders made and 66,000 hard links, and as many
removed with the site it replaces: on these machines the process doing it took 4.6 s of
a rebuild's 27.5 s of CPU time (``perf``), more than any step of the build itself. So
each build leaves a spare, ``.output.spare``, holding the live site's files, for the
next build to work in (:meth:`archivist.build.page_reuse.Pages.recycle`): the site the build
replaced, when the build took most of its pages from it; or else (a first build, or one
that rendered most pages afresh) a mirror of the new site, hard links to its files, made
by a detached process after the build, as removers work after it
(:func:`archivist.build.atomic.discard`).

Run as ``python -m archivist.build.spare SITE FOLDER SPARE``: mirror SITE into FOLDER (which
exists, empty, locked by the caller for the mirror's lifetime), then rename FOLDER to
SPARE; on any failure remove FOLDER.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import atomic

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: no lock, as for the remover
    fcntl = None  # type: ignore[assignment]

#: Sites of fewer files get no mirror: making their folders afresh costs a rebuild little.
MIRRORED_FROM = 5000


def path(target: Path) -> Path:
    """Where the spare of output folder ``target`` waits."""
    return target.with_name(f".{target.name}.spare")


def take(target: Path) -> Path | None:
    """The spare of ``target``, renamed as a staging folder (a build killed while it works
    there leaves an ordinary leftover), or None if there is none."""
    if not path(target).is_dir():
        return None
    return path(target).rename(atomic.beside(target, "building"))


def keep(old: Path, target: Path) -> bool:
    """Keep ``old``, the site ``target`` replaced, as its spare; False if one is there."""
    try:
        old.rename(path(target))
    except OSError:  # a mirror made meanwhile
        return False
    return True


def mirror(target: Path, files: int) -> subprocess.Popen[bytes] | None:
    """Make the spare of ``target`` (of ``files`` files) in a detached process, unless the
    site is small; return the process at once."""
    if files < MIRRORED_FROM:
        return None
    folder = atomic.beside(target, "mirroring")
    folder.mkdir()
    # Locked from now until the mirror ends (it inherits the lock): a build finding the
    # folder leaves it to the mirror, as it leaves a discarded site to its remover.
    held = os.open(folder, os.O_RDONLY)
    try:
        if fcntl is not None:
            fcntl.flock(held, fcntl.LOCK_EX)
        command = [sys.executable, "-m", "archivist.build.spare", str(target), str(folder)]
        return atomic.detached([*command, str(path(target))], pass_fds=(held,))
    finally:
        os.close(held)


def _mirror(site: Path, folder: Path, spare: Path) -> None:
    for root, folders, files in os.walk(site, onerror=_stop):
        here = folder / os.path.relpath(root, site)
        for name in folders:
            (here / name).mkdir()
        for name in files:
            os.link(os.path.join(root, name), here / name)
    folder.rename(spare)  # fails if a spare is there (a build left one meanwhile)


def _stop(error: OSError) -> None:
    """Stop at a folder that cannot be read (say, the site removed): a spare with holes
    would only cost the next build."""
    raise error


def main() -> None:
    site, folder, spare = map(Path, sys.argv[1:4])
    try:
        _mirror(site, folder, spare)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
