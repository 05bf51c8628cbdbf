"""Put the files a rebuild takes from the previous build into its staging folder.

A rebuild of 10,000 articles takes some 66,000 files from the previous build, in
24,000 folders. Each is a folder made and a hard link: system calls that wait on
the disk. In a thread of the build they would also wait, after each call, for the
build's Python code to let go of the interpreter (it does every few milliseconds),
so a small process of its own does them: the build writes (source, target) pairs
into a pipe and goes on. A file system without hard links gets a copy (the same
bytes). Each file must land inside the linker's folder (links followed, as the
writer checks the pages it writes, :class:`~archivist.paths.OutputFolder`): checked
here, so the build does not wait on the folders being made to look at them.
:meth:`Linker.settle` waits until every file is in place and reports the first that
could not be put there.

Run as ``python -m archivist.build.linker FOLDER``: NUL-separated source and target paths
on standard input (an empty source and a target ending in "/" ask for that folder
alone); the first failure, if any, on standard output.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from archivist.errors import BuildError
from archivist.paths import OutputFolder


class Linker:
    """Files to put in place inside ``folder`` by a linker process, started with the first."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = folder
        self._process: subprocess.Popen[bytes] | None = None
        #: The thread handing the linker the folders to make ahead (make_folders).
        self._feeding: threading.Thread | None = None

    def link(self, source: str | Path, target: str | Path) -> None:
        """Put ``source`` at ``target`` (making its folder), soon."""
        self._start()
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(os.fsencode(f"{source}\0{target}\0"))

    def _start(self) -> None:
        if self._process is None:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "archivist.build.linker", os.fsdecode(self.folder)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # a Ctrl-C is for the build: this one ends with its input
            )

    def make_folders(self, folders: Iterable[str]) -> None:
        """Make ``folders`` (and their parents) ahead of the files that go in them. A thread
        hands them over, so this returns at once even if the linker is slow to take them."""
        self._start()
        requests = b"".join(os.fsencode(f"\0{folder}/\0") for folder in folders)
        self._feeding = threading.Thread(target=self._feed, args=(requests,), daemon=True)
        self._feeding.start()

    def _feed(self, requests: bytes) -> None:
        assert self._process is not None and self._process.stdin is not None
        with contextlib.suppress(OSError):  # the linker stopped: settle() says why
            self._process.stdin.write(requests)

    def settle(self) -> None:
        """Wait until every file is in place; a BuildError names the first that is not."""
        if self._process is None:
            return
        if self._feeding is not None:
            self._feeding.join()
            self._feeding = None
        process, self._process = self._process, None
        report, crash = process.communicate()
        if report:
            raise BuildError(os.fsdecode(report))
        if process.returncode:
            last = (os.fsdecode(crash).strip().splitlines() or ["no message"])[-1]
            raise BuildError(f"the process linking reused pages stopped: {last}")


def _pairs(stream: BinaryIO) -> Iterator[tuple[bytes, bytes]]:
    """The (source, target) pairs written to ``stream`` by :meth:`Linker.link`."""
    pending = b""
    source: bytes | None = None
    while chunk := stream.read1(1 << 16):  # type: ignore[attr-defined]
        *paths, pending = (pending + chunk).split(b"\0")
        for path in paths:
            if source is None:
                source = path
            else:
                yield source, path
                source = None


def main() -> None:
    output = OutputFolder(Path(sys.argv[1]))
    folders: set[bytes] = set()
    failed = ""
    for source, target in _pairs(sys.stdin.buffer):
        try:
            output.contained(os.fsdecode(target), linking=True)
            folder = os.path.dirname(target)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            if not source:  # a folder asked for ahead of its files (Linker.make_folders)
                continue
            try:
                os.link(source, target)
            except OSError as error:  # a file system without hard links: a copy
                if error.errno == errno.EEXIST:  # never written through: it may be the live file
                    raise
                shutil.copyfile(source, target)
        except BuildError as error:
            failed = failed or str(error)
        except OSError as error:
            failed = failed or (
                f"{os.fsdecode(target)}: not taken from the previous build ({error}); "
                "check the space and permissions there"
            )
    sys.stdout.write(failed)


if __name__ == "__main__":
    main()
