"""The ``archivist`` command as a curator uses it: real processes, real exit codes."""

import subprocess
import sys
from pathlib import Path

from conftest import FIXTURE_SITE, ROOT, settings_elsewhere


def archivist(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "archivist.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_help_lists_the_commands() -> None:
    result = archivist("--help")
    assert result.returncode == 0
    for command in ("build", "check", "serve"):
        assert command in result.stdout


def test_check_reports_the_archive() -> None:
    result = archivist("check")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok: 5 articles, no problems\n"


def test_check_prints_one_line_per_problem_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: A\nslug: same\n---\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: B\nslug: same\n---\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    result = archivist("check", "--content", str(tmp_path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"error: {tmp_path / 'a.md'}:3: slug 'same' is also claimed by")
    assert lines[2].startswith(f"error: {tmp_path / 'c.md'}:")
    assert "Traceback" not in result.stderr


def test_build_says_what_it_built(tmp_path: Path) -> None:
    result = archivist("build", "--content", str(FIXTURE_SITE), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert f"built 4 articles into {tmp_path / 'out'}" in result.stdout


def test_a_missing_settings_file_is_one_line(tmp_path: Path) -> None:
    result = archivist("build", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        "error: pelicanconf.py: settings file not found; run from the project folder\n"
    )


def test_a_bad_article_url_stops_the_build_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    settings = settings_elsewhere(tmp_path, "ARTICLE_URL = 'reports/{slug}.html'\n")
    out = tmp_path / "out"
    result = archivist("build", "-s", str(settings), "-c", str(FIXTURE_SITE), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == (
        "error: pelicanconf.py: ARTICLE_URL 'reports/{slug}.html' is not a folder per article: "
        "write e.g. ARTICLE_URL = 'articles/{slug}/' (folders of lower-case letters, digits, "
        "'-' or '_', then {slug}/; no other {...} field)\n"
    )
    assert not out.exists()


def test_serve_refuses_a_folder_without_a_site(tmp_path: Path) -> None:
    result = archivist("serve", str(tmp_path))
    assert result.returncode == 1
    assert "no built site here; run 'archivist build' first" in result.stderr
