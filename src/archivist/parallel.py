"""Run a build's independent jobs on every core: forked processes that share its memory.

Forking (not a process pool) hands each worker the build's objects as they are, with
nothing to pickle on the way in: Pelican's articles, templates and context. The jobs
are dealt into one share per worker (worker ``k`` of ``n`` gets jobs ``k, k+n, ...``);
the parent is worker 0. A worker sends back its share's result (pickled), or its
error as one line, through a pipe; an error stops the build.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .errors import BuildError

Job = TypeVar("Job")
Result = TypeVar("Result")


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def run_all(jobs: Sequence[Job], run: Callable[[Job], None], workers: int | None = None) -> None:
    """``run`` every job, in ``workers`` processes (default: one per core), in no set order."""

    def run_share(share: Sequence[Job]) -> None:
        for job in share:
            run(job)

    map_shares(jobs, run_share, workers)


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


def in_background(job: Callable[[], Result], then: Callable[[Result], None] | None = None) -> None:
    """Start ``job`` in a forked worker while the build goes on; :func:`finish` waits for it
    and hands its result to ``then`` (in this process)."""
    _BACKGROUND.append((*_fork([None], lambda _: job()), then))


def finish(abandon: bool = False) -> None:
    """Wait for the background jobs (a failed one stops the build); or end them (``abandon``)."""
    running = list(_BACKGROUND)
    _BACKGROUND.clear()
    if abandon:
        for pid, _, _ in running:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    replies = [(_wait(pid, read), then) for pid, read, then in running]
    errors = [reply for (status, reply), _ in replies if status == "error"]
    if errors and not abandon:
        raise BuildError(errors[0])
    for (status, reply), then in replies:
        if status == "ok" and then is not None and not abandon:
            then(reply)


#: Background workers of the running build: (pid, read end of their pipe, what takes the result).
_BACKGROUND: list[tuple[int, int, Callable[[Any], None] | None]] = []


def _fork(share: Sequence[Any], run_share: Callable[[Sequence[Any]], Any]) -> tuple[int, int]:
    sys.stdout.flush()  # or the worker would print the parent's buffered output again
    sys.stderr.flush()
    read, write = os.pipe()
    # The worker's collector then never walks (and writes to) the objects it shares with
    # the parent: each collection would copy every page of the build's objects.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the worker: run its share, reply, and leave without cleanup handlers
        os.close(read)
        status = 0
        try:
            reply = ("ok", run_share(share))
        except BaseException as error:  # everything is reported to the parent, which stops
            reply, status = ("error", _one_line(error)), 1
        try:
            with os.fdopen(write, "wb") as stream:
                pickle.dump(reply, stream, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            os._exit(status)
    gc.unfreeze()
    os.close(write)
    return pid, read


def _wait(pid: int, read: int) -> tuple[str, Any]:
    with os.fdopen(read, "rb") as stream:
        data = stream.read()
    _, status = os.waitpid(pid, 0)
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
