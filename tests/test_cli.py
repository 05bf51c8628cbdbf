"""The ``archivist`` command as a curator uses it: real processes, real exit codes."""

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import FIXTURE_SITE, archivist, settings_elsewhere


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


def test_check_refuses_an_unknown_item_type_in_one_line(tmp_path: Path) -> None:
    text = "---\ntitle: A\nslug: a\ntype: op-ed\n---\nText.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = archivist("check", "--content", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {tmp_path / 'a.md'}:4: 'type' is not valid: 'op-ed'; write one of news, "
        "press-release, statement (or leave it out for news)\n"
    )


def test_build_says_what_it_built_in_one_line_and_not_pelicans(tmp_path: Path) -> None:
    result = archivist("build", "--content", str(FIXTURE_SITE), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"built 4 articles into {tmp_path / 'out'} (")
    assert line.endswith("s)")  # the lock already records every URL: nothing to commit


def test_build_says_when_the_lock_changed_and_that_it_must_be_committed(tmp_path: Path) -> None:
    content = Path(shutil.copytree(FIXTURE_SITE, tmp_path / "content"))
    (content / "permalinks.lock").unlink()
    result = archivist("build", "--content", str(content), "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        f"; {content / 'permalinks.lock'}: 8 new URLs recorded, commit it\n"
    )


def test_a_published_build_without_the_sites_address_is_refused(tmp_path: Path) -> None:
    command = ("build", "-s", "publishconf.py", "-c", str(FIXTURE_SITE), "-o", str(tmp_path / "o"))
    result = archivist(*command)
    assert result.returncode == 1
    assert result.stderr == (
        "error: publishconf.py: the links are absolute (RELATIVE_URLS = False) but SITEURL is "
        "empty; give the site's address, e.g. "
        "make publish ARCHIVE_SITEURL=https://org.github.io/archive\n"
    )
    assert not (tmp_path / "o").exists()


def test_ctrl_c_stops_a_preview_cleanly(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<p>site</p>", encoding="utf-8")
    command = [sys.executable, "-m", "archivist.cli", "serve", "-p", "0", str(tmp_path)]
    server = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a suite started in the background (`make test &`) ignores
        # Ctrl-C, and a child would inherit that and never hear it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 -- no threads here
    )
    assert server.stdout is not None
    assert server.stdout.readline().startswith(f"serving {tmp_path} at http://localhost:")
    time.sleep(0.2)
    server.send_signal(signal.SIGINT)
    out, err = server.communicate(timeout=20)
    assert (server.returncode, out, err) == (0, f"stopped serving {tmp_path}\n", "")


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
