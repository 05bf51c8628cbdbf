"""``archivist import`` as a curator runs it: real processes, exit codes, no tracebacks."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from archivist.cli import main
from conftest import ROOT
from test_cli import archivist

CAPTURES = ROOT / "captures"
FIXTURES = ROOT / "tests" / "fixtures" / "captures"


def test_help_describes_the_command() -> None:
    assert "import" in archivist("--help").stdout
    result = archivist("import", "--help")
    assert result.returncode == 0
    for option in ("--dry-run", "--source-url", "--content", "PATH"):
        assert option in result.stdout


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command in this process (the language model loads once for all these tests)."""
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_prints_the_review_table_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    code, stdout, _ = run(capsys, "--dry-run", "-c", str(content), str(CAPTURES))
    assert code == 0
    assert not content.exists()
    lines = stdout.splitlines()
    assert lines[0].split() == ["file", "title", "date", "lang", "status"]
    # fits an 80-column terminal, but for a path too long for any line, kept whole
    assert all(len(line) <= 80 or len(line.split()) == 1 for line in lines)
    assert "    look: no date found" in stdout
    assert "001_5e97fcbeb6fe671a.txt"[:19] in stdout
    assert "2024-05-09" in stdout
    assert "no date found" in stdout
    assert "5 captures: 5 would write" in stdout
    assert "dry run: nothing was written" in stdout


def test_wide_prints_one_line_per_capture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(capsys, "--dry-run", "--wide", "-c", str(tmp_path), str(CAPTURES))
    assert code == 0
    lines = stdout.splitlines()
    assert lines[0].split() == [
        "file",
        "title",
        "date",
        "lang",
        "places",
        "status",
        "needs",
        "a",
        "look",
    ]
    assert len(lines) == 1 + 5 + 3  # header, five captures, blank, count, dry-run line
    assert "001_5e97fcbeb6fe671a.txt" in stdout


def test_a_second_run_reports_duplicates_and_writes_nothing_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    assert run(capsys, "-c", str(content), str(CAPTURES))[0] == 0
    written = sorted(p.read_bytes() for p in content.rglob("*") if p.is_file())
    assert len(list(content.glob("*.md"))) == 5
    assert len(list((content / "captures").iterdir())) == 5  # each raw capture, kept
    assert main(["check", "-c", str(content)]) == 0
    code, stdout, _ = run(capsys, "-c", str(content), str(CAPTURES))
    assert code == 0
    assert "5 captures: 5 duplicate" in stdout
    assert "the same capture (SHA-256" in stdout
    assert sorted(p.read_bytes() for p in content.rglob("*") if p.is_file()) == written


def test_the_raw_capture_is_kept_byte_for_byte_and_named_by_its_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    capture = FIXTURES / "undated.txt"
    assert run(capsys, "-c", str(content), str(capture))[0] == 0
    (article,) = content.glob("*.md")
    fields = yaml.safe_load(article.read_text(encoding="utf-8").split("---")[1])
    digest = hashlib.sha256(capture.read_bytes()).hexdigest()
    assert fields["raw_sha256"] == digest
    assert fields["capture_file"] == f"captures/{digest}.txt"
    assert fields["capture_method"] == "page text"
    assert (content / fields["capture_file"]).read_bytes() == capture.read_bytes()


def test_an_unreadable_file_fails_alone_with_one_line(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "undecodable.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "undated.txt", tmp_path / "b.txt")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    content = tmp_path / "content"
    result = archivist(
        "import",
        "-c",
        str(content),
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "missing.txt"),
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "a.txt: cannot be decoded" in errors[0] or "a.txt: cannot be decoded" in errors[1]
    assert [p.name for p in content.glob("*.md")] == [
        "sleeper-cells-step-up-attacks-in-deir-ez-zor-countryside.md"
    ]


def test_source_url_is_written_for_a_single_capture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    url = "https://example.org/report"
    assert (
        run(capsys, "-c", str(content), "--source-url", url, str(FIXTURES / "undated.txt"))[0] == 0
    )
    (article,) = content.glob("*.md")
    assert f'source_url: "{url}"' in article.read_text(encoding="utf-8")
    code, _, stderr = run(capsys, "-c", str(content), "--source-url", url, str(CAPTURES))
    assert code == 1
    assert stderr.startswith("error: --source-url names one page")


def test_large_batches_show_progress_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, stderr = run(capsys, "-n", "-c", str(tmp_path / "c"), str(FIXTURES))
    count = len([p for p in FIXTURES.iterdir() if p.suffix != ".json"])
    assert count >= 10
    assert f"importing {count}/{count}" in stderr


def test_the_readme_documents_the_command_and_every_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "### Import captures" in readme
    help_text = archivist("import", "--help").stdout
    for option in ("--dry-run", "--content", "--settings", "--source-url"):
        assert option in help_text
        assert f"`{option}" in readme or f"{option} " in readme


def test_a_long_article_path_is_shown_whole_so_it_can_be_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / ("a-content-folder-deep-enough-that-no-path-fits-one-line" * 2)
    code, stdout, _ = run(capsys, "--dry-run", "-c", str(content), str(CAPTURES))
    assert code == 0
    paths = [line.strip() for line in stdout.splitlines() if line.strip().startswith(str(content))]
    assert len(paths) == 5 and all(Path(path).parent == content for path in paths)
