"""Run a build's independent jobs on every core: forked processes that share its memory.

Forking (not a process pool) hands each worker the build's objects as they are, with
nothing to pickle on the way in: Pelican's articles, templates and context. The jobs
are dealt into one share per worker (worker ``k`` of ``n`` gets jobs ``k, k+n, ...``);
the parent is worker 0. A worker sends back its share's result (pickled), or its
error as one line, through a file; an error stops the build. A worker dies with its
build, even one killed outright (``kill -9``): none is left working for nobody.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, TypeVar

from archivist.errors import BuildError

#: Linux's ``prctl`` option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1

Job = TypeVar("Job")
Result = TypeVar("Result")


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def _working(pid: int) -> bool:
    """Whether background worker ``pid`` has not ended (it is not collected here)."""
    if not hasattr(os, "waitid"):  # e.g. macOS: count it as working
        return True
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
    except ChildProcessError:
        return False


def map_shares(
    jobs: Sequence[Job],
    run_share: Callable[[Sequence[Job]], Result],
    workers: int | None = None,
) -> list[Result]:
    """Deal ``jobs`` into a share per worker; each worker's ``run_share(share)``, parent's first."""
    count = max(1, min(workers or cores(), len(jobs)))
    if count == 1 or not hasattr(os, "fork"):
        return [run_share(jobs)]
    children = [_fork(jobs[k::count], run_share) for k in range(1, count)]
    try:
        mine = run_share(jobs[0::count])
    finally:
        replies = [_wait(*child) for child in children]
    errors = [reply for status, reply in replies if status == "error"]
    if errors:
        raise BuildError(errors[0])
    return [mine, *(reply for _, reply in replies)]


class Background:
    """Workers forked beside a build (:meth:`start`), which :meth:`finish` waits for."""

    def __init__(self) -> None:
        #: Each worker's pid, the file of its reply, and what takes its result.
        self._running: list[tuple[int, BinaryIO, Callable[[Any], None] | None]] = []

    def start(
        self, job: Callable[[], Result], then: Callable[[Result], None] | None = None
    ) -> None:
        """Fork a worker now that runs ``job()`` beside the build; :meth:`finish` waits
        for it and hands its result to ``then``.

        Fork early: a forked worker copies every memory page it writes to, and its new
        objects fill the free space left in the pages of the build's objects. Forked late
        in a build, the search worker copied 1.8 GB of them at 50,000 articles.
        """
        pid, replies = _fork([None], lambda _: job())
        self._running.append((pid, replies, then))

    def free_cores(self) -> int:
        """The cores no worker is working on (at least one: this process's): the workers
        to deal the build's other jobs to.

        A busy worker holds a core: dealing jobs to more workers than the cores left gains
        no time, and each forked worker copies the memory it writes (about 1.7 GB of page
        rendering at 50,000 articles, beside the search worker's).
        """
        working = [pid for pid, _, _ in self._running if _working(pid)]
        return max(1, cores() - len(working))

    def finish(self, abandon: bool = False) -> None:
        """Wait for the workers (a failed one stops the build); or end them (``abandon``)."""
        running, self._running = self._running, []
        if abandon:
            for pid, _, _ in running:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        replies = [(_wait(pid, reply), then) for pid, reply, then in running]
        errors = [reply for (status, reply), _ in replies if status == "error"]
        if errors and not abandon:
            raise BuildError(errors[0])
        for (status, reply), then in replies:
            if status == "ok" and then is not None and not abandon:
                then(reply)


def _fork(share: Sequence[Any], run_share: Callable[[Sequence[Any]], Any]) -> tuple[int, BinaryIO]:
    sys.stdout.flush()  # or the worker would print the parent's buffered output again
    sys.stderr.flush()
    # The reply goes to a file, not a pipe: a worker whose reply is larger than a pipe
    # holds would wait, working in name (see Background.free_cores), until the parent reads it.
    replies = tempfile.TemporaryFile()  # noqa: SIM115 (closed by _wait)
    # The worker's collector then never walks (and writes to) the objects it shares with
    # the parent: each collection would copy every page of the build's objects.
    gc.freeze()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the worker: run its share, reply, and leave without cleanup handlers
        _die_with(parent)
        status = 0
        try:
            reply = ("ok", run_share(share))
        except BaseException as error:  # everything is reported to the parent, which stops
            reply, status = ("error", _one_line(error)), 1
        try:
            with replies:
                pickle.dump(reply, replies, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            os._exit(status)
    gc.unfreeze()
    return pid, replies


def _die_with(parent: int) -> None:
    """Have this worker killed when process ``parent`` ends, however it ends (Linux; other
    systems end workers as their build stops normally or by Ctrl-C)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before the call
        os._exit(1)


def _wait(pid: int, replies: BinaryIO) -> tuple[str, Any]:
    _, status = os.waitpid(pid, 0)
    with replies:
        replies.seek(0)
        data = replies.read()
    try:
        reply: tuple[str, Any] = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, ValueError):
        reply = ("error", f"a worker process ended with status {status} and no reply")
    return reply


def _one_line(error: BaseException) -> str:
    if isinstance(error, BuildError):
        return str(error)
    where = traceback.extract_tb(error.__traceback__)[-1:]
    place = f" ({where[0].filename}:{where[0].lineno})" if where else ""
    return f"{type(error).__name__}: {error}{place}"
