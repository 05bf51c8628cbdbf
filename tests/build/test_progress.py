"""A long build says what it is doing, on a terminal only."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from archivist.build.parallel import map_shares
from archivist.build.progress import Progress
from conftest import ROOT


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_counter_adds_the_pages_of_every_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    screen = Terminal()
    progress = Progress.on_terminal(screen)
    with progress.counting("report pages in English", 40) as done:
        pids = map_shares(range(40), lambda share: [done.add() or os.getpid() for _ in share], 2)
    assert len({pid for share in pids for pid in share}) == 2  # two processes counted
    assert screen.getvalue().endswith("\r\x1b[Kreport pages in English: 40/40")
    progress.done()
    assert screen.getvalue().endswith("\r\x1b[K")


@pytest.mark.parametrize("ci", ["true", None])
def test_nothing_is_drawn_into_a_file_or_under_ci(
    monkeypatch: pytest.MonkeyPatch, ci: str | None
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
        screen: io.StringIO = io.StringIO()  # a file or a pipe, not a terminal
    else:
        monkeypatch.setenv("CI", ci)
        screen = Terminal()
    progress = Progress.on_terminal(screen)
    progress.step("reading and checking 5 reports")
    with progress.counting("report pages in English", 5) as done:
        done.add(5)
    progress.done()
    assert screen.getvalue() == ""


def test_a_build_on_a_terminal_shows_its_steps_then_only_its_closing_line(tmp_path) -> None:
    """Run in a pseudo-terminal, as a curator's `make html` is."""
    script = (
        "import pty, sys; sys.exit(pty.spawn([sys.executable, '-m', 'archivist.cli', "
        f"'build', '--settings', {str(ROOT / 'pelicanconf.py')!r}, '--output', "
        f"{str(tmp_path / 'out')!r}, '--content', {str(ROOT / 'tests/fixtures/site')!r}, "
        "'--locked']) >> 8)"
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    run = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, env=env, cwd=ROOT
    )
    shown = run.stdout.decode()
    assert run.returncode == 0, shown
    assert "reading and checking 4 reports…" in shown
    assert "report pages in English: 4/4" in shown and "report pages in العربية: 4/4" in shown
    last = shown.rsplit("\x1b[K", 1)[1]
    assert last.startswith("built 4 articles into ")
