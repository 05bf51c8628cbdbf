"""Rebuilds in real processes: identical whatever the environment; killed builds harm nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archivist.build import atomic
from archivist.build.site import build
from conftest import FIXTURE_SITE, ROOT, SETTINGS, build_into, project_copy, snapshot


def command(project: Path, content: Path, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "archivist.cli",
        "build",
        "--settings",
        str(project / "pelicanconf.py"),
        "--content",
        str(content),
        "--output",
        str(output),
    ]


def run_build(project: Path, content: Path, output: Path, **env: str) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"} | env
    result = subprocess.run(
        command(project, content, output),
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def other_checkout(tmp_path: Path) -> Path:
    """The project copied to another path, as a second checkout would be."""
    return project_copy(tmp_path / "elsewhere" / "checkout")


def content_copy(source: Path, target: Path, reverse: bool) -> Path:
    """The same articles, created in the opposite order (directory listings differ)."""
    target.mkdir(parents=True)
    for path in sorted(source.glob("*.md"), reverse=reverse):
        shutil.copy2(path, target / path.name)
    return target


def test_two_builds_are_identical_whatever_the_environment(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for source in (ROOT / "content", FIXTURE_SITE):
        content_copy(source, tmp_path / "c1" / source.name, reverse=False)
        content_copy(source, tmp_path / "elsewhere" / "c2" / source.name, reverse=True)
    run_build(
        ROOT, tmp_path / "c1" / "content", first, PYTHONHASHSEED="1", TZ="UTC", LC_ALL="C.UTF-8"
    )
    run_build(
        other_checkout(tmp_path),
        tmp_path / "elsewhere" / "c2" / "content",
        second,
        PYTHONHASHSEED="4242",
        TZ="Asia/Kathmandu",
        LC_ALL="ar_SY.UTF-8",
    )
    assert snapshot(first) == snapshot(second)
    assert len(snapshot(first)) > 5


def test_source_date_epoch_stamps_every_file_and_changes_no_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_into(tmp_path / "plain")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_into(tmp_path / "stamped")
    assert snapshot(tmp_path / "plain") == snapshot(tmp_path / "stamped")
    times = {p.stat().st_mtime for p in (tmp_path / "stamped").rglob("*")}
    assert times == {1_700_000_000}


def many_articles(folder: Path, count: int) -> Path:
    """A content folder large enough that a build spends a while writing pages."""
    folder.mkdir()
    body = "A paragraph of the report, kept as published.\n\n" * 40
    for number in range(count):
        (folder / f"report-{number:03}.md").write_text(
            f"---\ntitle: Report {number}\ndate: 2020-01-{1 + number % 28:02}\n"
            f"tags: [t{number % 7}]\nplaces: [Raqqa]\n---\n\n{body}",
            encoding="utf-8",
        )
    return folder


def kill_during_build(content: Path, output: Path, delay: float) -> float:
    """Start a build, wait until it is writing its staging folder, SIGKILL it ``delay`` later."""
    process = subprocess.Popen(
        command(ROOT, content, output),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not atomic.leftovers(output) and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.002)
    started = time.monotonic()
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    return time.monotonic() - started


def test_builds_killed_at_random_points_leave_the_output_exactly_as_it_was(
    tmp_path: Path,
) -> None:
    content = many_articles(tmp_path / "content", 80)
    output = tmp_path / "output"
    run_build(ROOT, FIXTURE_SITE, output)
    before = snapshot(output)
    window = kill_during_build(content, output, 30.0)  # lets it finish: the build's length
    output_after_full = snapshot(output)
    assert output_after_full != before  # that build did swap in the new site
    run_build(ROOT, FIXTURE_SITE, output)
    assert snapshot(output) == before
    chance = random.Random(int(os.environ.get("ARCHIVIST_KILL_SEED", "8")))
    for _ in range(4):
        kill_during_build(content, output, chance.uniform(0, window))
        now = snapshot(output)
        assert now in (before, output_after_full), "output/ is neither the old nor the new site"
        if now == output_after_full:  # killed after the one-step swap: rebuild the old one
            run_build(ROOT, FIXTURE_SITE, output)
            assert snapshot(output) == before
    run_build(ROOT, FIXTURE_SITE, output)
    assert snapshot(output) == before
    assert atomic.leftovers(output) == []


def test_a_terminated_build_cleans_up_and_leaves_the_output(tmp_path: Path) -> None:
    output = tmp_path / "output"
    run_build(ROOT, FIXTURE_SITE, output)
    before = snapshot(output)
    process = subprocess.Popen(
        command(ROOT, many_articles(tmp_path / "content", 80), output),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    while not atomic.leftovers(output) and process.poll() is None:
        time.sleep(0.002)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert snapshot(output) == before
    assert atomic.leftovers(output) == []
    assert stderr.endswith("interrupted; the previous output is unchanged\n")


def test_a_malformed_source_date_epoch_is_one_line(tmp_path: Path) -> None:
    environment = os.environ | {"SOURCE_DATE_EPOCH": "yesterday"}
    result = subprocess.run(
        command(ROOT, FIXTURE_SITE, tmp_path / "out"),
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: SOURCE_DATE_EPOCH='yesterday': not a number")


def test_a_second_site_built_in_the_same_process_is_the_one_a_fresh_process_builds(
    tmp_path: Path,
) -> None:
    """No state of one build reaches the next: each is handed its own build object."""
    fixture = content_copy(FIXTURE_SITE, tmp_path / "fixture", reverse=False)
    seeds = content_copy(ROOT / "content", tmp_path / "seeds", reverse=False)
    build(SETTINGS, tmp_path / "first", fixture)
    build(SETTINGS, tmp_path / "second", seeds)
    run_build(ROOT, seeds, tmp_path / "fresh")
    assert snapshot(tmp_path / "second") == snapshot(tmp_path / "fresh")
    seed_slugs = {path.stem for path in (ROOT / "content").glob("*.md")}
    assert {p.name for p in (tmp_path / "second" / "articles").iterdir()} == seed_slugs
    assert not {p.name for p in (tmp_path / "first" / "articles").iterdir()} & seed_slugs
