"""Run a build's independent jobs on every core: forked processes that share its memory.

Forking (not a process pool) hands each worker the build's objects as they are, with
nothing to pickle: Pelican's articles, templates and context. Worker ``k`` of ``n``
runs jobs ``k, k+n, k+2n, ...``; the parent is worker 0. A worker that fails sends its
one-line error back through a pipe, and the build stops with it.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

from .errors import BuildError

Job = TypeVar("Job")


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def run_all(jobs: Sequence[Job], run: Callable[[Job], None], workers: int | None = None) -> None:
    """``run`` every job, in ``workers`` processes (default: one per core), in no set order."""
    count = max(1, min(workers or cores(), len(jobs)))
    if count == 1 or not hasattr(os, "fork"):
        for job in jobs:
            run(job)
        return
    children = [_fork(jobs[k::count], run) for k in range(1, count)]
    try:
        for job in jobs[0::count]:
            run(job)
    finally:
        errors = [error for error in (_wait(*child) for child in children) if error]
    if errors:
        raise BuildError(errors[0])


def _fork(jobs: Sequence[Job], run: Callable[[Job], None]) -> tuple[int, int]:
    sys.stdout.flush()  # or the worker would print the parent's buffered output again
    sys.stderr.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: run its share, report, and leave without cleanup handlers
        os.close(read)
        status = 0
        try:
            for job in jobs:
                run(job)
        except BaseException as error:  # everything is reported to the parent, which stops
            os.write(write, _one_line(error).encode("utf-8", "replace"))
            status = 1
        finally:
            os.close(write)
            os._exit(status)
    os.close(write)
    return pid, read


def _wait(pid: int, read: int) -> str:
    with os.fdopen(read, "rb") as stream:
        message = stream.read().decode("utf-8", "replace")
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return message or f"a worker process ended with status {status}"
    return ""


def _one_line(error: BaseException) -> str:
    if isinstance(error, BuildError):
        return str(error)
    where = traceback.extract_tb(error.__traceback__)[-1:]
    place = f" ({where[0].filename}:{where[0].lineno})" if where else ""
    return f"{type(error).__name__}: {error}{place}"
