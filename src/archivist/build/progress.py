"""What a long build is doing, on the terminal: a line that says the step, and a counter
of the pages rendered so far. Only on a terminal: quiet into a file or a pipe, and under
CI, whose logs keep every line."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

#: How often the counter is redrawn at most, in seconds.
_EVERY = 0.1
#: Back to the start of the line, and clear it.
_CLEAR = "\r\x1b[K"


class Progress:
    """The build's progress line on ``stream``, or nothing (``stream`` None).

    The counter is shared with the processes forked while it runs (the workers that
    render pages on every core): each adds its pages, and this process draws the sum.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._shown = False

    @classmethod
    def on_terminal(cls, stream: TextIO = sys.stderr) -> Progress:
        """Progress on ``stream`` if it is a terminal and the build is not under CI."""
        quiet = not stream.isatty() or os.environ.get("CI", "") not in ("", "0", "false")
        return cls(None if quiet else stream)

    def step(self, text: str) -> None:
        """Say which step the build is at (``text``), in place of the line before."""
        if self._stream is not None:
            self._stream.write(f"{_CLEAR}{text}…")
            self._stream.flush()
            self._shown = True

    @contextmanager
    def counting(self, text: str, total: int) -> Iterator[Counter]:
        """A :class:`Counter` of ``total`` things, drawn as ``text: n/total``."""
        counter = Counter(self._stream, text, total)
        self._shown = self._shown or self._stream is not None
        yield counter
        counter.draw()

    def done(self) -> None:
        """Clear the line: the build's own closing line follows."""
        if self._stream is not None and self._shown:
            self._stream.write(_CLEAR)
            self._stream.flush()
            self._shown = False


class Counter:
    """How many of ``total`` are done, counted by this process and those it forks."""

    def __init__(self, stream: TextIO | None, text: str, total: int) -> None:
        self._stream = stream
        self._text = text
        self._total = total
        self._parent = os.getpid()
        self._drawn = 0.0
        # Shared memory a forked worker inherits: every process adds to the same number.
        self._done = multiprocessing.Value("q", 0) if stream is not None else None
        self.draw()

    def add(self, n: int = 1) -> None:
        if self._done is None:
            return
        with self._done.get_lock():
            self._done.value += n
        if os.getpid() == self._parent and time.monotonic() - self._drawn >= _EVERY:
            self.draw()

    def draw(self) -> None:
        if self._stream is None or self._done is None:
            return
        self._drawn = time.monotonic()
        done = min(self._done.value, self._total)
        self._stream.write(f"{_CLEAR}{self._text}: {done:,}/{self._total:,}")
        self._stream.flush()
