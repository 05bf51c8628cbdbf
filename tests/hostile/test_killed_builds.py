"""Any sequence of builds, each new article's build killed at any moment or let finish:
the output is always the whole old site or the whole new one, and the permalinks lock
is always whole and records every article address the live site serves.

A hypothesis property over real ``archivist build`` processes killed with SIGKILL (no
clean-up of any kind runs). A killed build may leave the lock ahead of the site (its URLs
are written just before the swap), never behind it: a published address is never missing.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archivist.build import atomic
from archivist.cite.lock_file import read_lock
from conftest import CURATOR_ENVIRONMENT, ROOT, snapshot

BODY = "A paragraph of the report, kept as published.\n\n" * 40


def add_report(content: Path, number: int) -> None:
    (content / f"report-{number:03}.md").write_text(
        f"---\ntitle: Report {number}\ndate: 2020-01-{1 + number % 28:02}\n"
        f"places: [Raqqa]\n---\n\n{BODY}",
        encoding="utf-8",
    )


def build(content: Path, output: Path, kill_after: float | None) -> None:
    """``archivist build``, SIGKILLed ``kill_after`` seconds after it starts its staging
    folder (None: let it finish)."""
    command = [sys.executable, "-m", "archivist.cli", "build", "-c", str(content)]
    process = subprocess.Popen(
        [*command, "-o", str(output)],
        cwd=ROOT,
        env=CURATOR_ENVIRONMENT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if kill_after is None:
        assert process.wait(timeout=120) == 0
        return
    deadline = time.monotonic() + 60
    while not atomic.leftovers(output) and process.poll() is None:
        assert time.monotonic() < deadline, "the build never started its staging folder"
        time.sleep(0.002)
    try:
        process.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


def served_articles(output: Path) -> set[str]:
    return {f"articles/{page.parent.name}/" for page in output.glob("articles/*/index.html")}


@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.one_of(st.none(), st.floats(0.0, 4.0)), min_size=3, max_size=3))
def test_a_killed_build_leaves_the_old_or_new_site_and_a_lock_that_covers_it(
    tmp_path_factory: object, kills: list[float | None]
) -> None:
    folder = tmp_path_factory.mktemp("killed")  # type: ignore[attr-defined]
    content, output = folder / "content", folder / "output"
    content.mkdir()
    for number in range(20):
        add_report(content, number)
    build(content, output, None)
    for step, kill_after in enumerate(kills, start=20):
        before = snapshot(output)
        add_report(content, step)
        build(content, output, kill_after)
        now = snapshot(output)
        if now != before:  # swapped in: the whole new site
            assert f"articles/report-{step:03}/index.html" in now
            assert ".archivist-site" in now and "sitemap.xml" in now
        lock = read_lock(content / "permalinks.lock")  # whole: it reads
        assert served_articles(output) <= set(lock)
        assert atomic.leftovers(output) == [] or kill_after is not None
    build(content, output, None)  # and a build after any of it succeeds
    assert served_articles(output) <= set(read_lock(content / "permalinks.lock"))
    assert len(served_articles(output)) == 23
