"""``archivist search`` and ``archivist similar`` as a curator runs them: real processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from curator_helpers import seed_copy
from test_cli import archivist


def project(tmp_path: Path) -> Path:
    """A project folder: settings and a copy of the seed content; the index goes in .archivist/."""
    seed_copy(tmp_path)
    shutil.copy(ROOT / "gazetteer.yaml", tmp_path / "gazetteer.yaml")
    settings = (
        (ROOT / "pelicanconf.py")
        .read_text(encoding="utf-8")
        .replace('THEME = "theme"', f'THEME = "{ROOT / "theme"}"')
        .replace('PLUGIN_PATHS = ["plugins"]', f'PLUGIN_PATHS = ["{ROOT / "plugins"}"]')
    )
    (tmp_path / "pelicanconf.py").write_text(settings, encoding="utf-8")
    return tmp_path


def test_search_prints_ranked_results_with_marked_snippets(tmp_path: Path) -> None:
    result = archivist("search", '"Kafr Ghan"', cwd=project(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. Has ISIS Returned to Rural Aleppo?  (score ")
    assert lines[1].startswith("   date unknown · The Syrian Observer · en · Aleppo, Kafr Ghan")
    slug = "has-isis-returned-to-rural-aleppo"
    assert lines[2] == f"   articles/{slug}/  content/{slug}.md"
    assert "[[Kafr]] [[Ghan]]" in lines[3]
    assert result.stderr.startswith("note: no index yet: indexed 5 articles into .archivist/")
    assert (tmp_path / ".archivist" / "whoosh").is_dir()
    assert not (tmp_path / "output").exists()


def test_a_second_search_is_silent_and_an_edit_is_reported(tmp_path: Path) -> None:
    folder = project(tmp_path)
    archivist("search", "isis", cwd=folder)
    assert archivist("search", "isis", cwd=folder).stderr == ""
    edited = folder / "content" / "has-isis-returned-to-rural-aleppo.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert archivist("search", "isis", cwd=folder).stderr == (
        "note: search index updated: 1 re-indexed, 0 removed\n"
    )


def test_search_json_for_scripts(tmp_path: Path) -> None:
    result = archivist(
        "search",
        "isis",
        "--json",
        "--language",
        "en",
        "--from",
        "2023",
        "--limit",
        "1",
        cwd=project(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["query"] == "isis"
    assert document["count"] == 1
    assert document["filters"] == {
        "date_from": "2023",
        "date_to": None,
        "language": "en",
        "place": "",
        "source": "",
        "tags": [],
    }
    assert document["places"] == []
    (first,) = document["results"]
    assert sorted(first) == [
        "any_word",
        "date",
        "language",
        "near",
        "path",
        "permalink",
        "places",
        "rank",
        "score",
        "slug",
        "snippet",
        "source",
        "tags",
        "title",
    ]
    assert first["rank"] == 1
    assert first["any_word"] is False
    assert first["slug"] == "isis-activity-and-movements-in-the-occupied-territories"
    assert first["permalink"] == f"articles/{first['slug']}/"
    assert first["path"] == f"content/{first['slug']}.md"
    assert first["date"] == "2024-05-09"
    assert "[[ISIS]]" in first["snippet"]


def test_no_match_says_so(tmp_path: Path) -> None:
    result = archivist("search", "zanzibar", cwd=project(tmp_path))
    assert (result.returncode, result.stdout) == (0, "no matches\n")


def test_search_mistakes_are_one_line(tmp_path: Path) -> None:
    folder = project(tmp_path)
    for args, message in (
        (("search", "colour:red"), "error: unknown field 'colour:'; use title:, place:, "),
        (("search", '"Kafr'), "error: unbalanced quote; close the phrase"),
        (("search", "isis", "--from", "2023-13"), "error: archivist search: argument --from: "),
        (
            ("search", "isis", "--limit", "0"),
            "error: archivist search: argument --limit: '0' is not a whole",
        ),
        (("search", "isis", "--content", "nowhere"), "error: nowhere: content folder not found"),
    ):
        result = archivist(*args, cwd=folder)
        assert result.returncode in {1, 2}, args
        assert result.stderr.startswith(message), result.stderr
        assert result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_a_corrupt_index_is_rebuilt_with_a_message(tmp_path: Path) -> None:
    folder = project(tmp_path)
    archivist("search", "isis", cwd=folder)
    for file in (folder / ".archivist" / "whoosh").rglob("*"):
        if file.is_file():
            file.write_bytes(b"garbage")
    result = archivist("search", '"Kafr Ghan"', cwd=folder)
    assert result.returncode == 0
    assert result.stderr.startswith("note: the index is unreadable (")
    assert "rebuilt" not in result.stdout and "Kafr" in result.stdout


def test_similar_finds_the_article_a_capture_became(tmp_path: Path) -> None:
    folder = project(tmp_path)
    capture = ROOT / "captures" / "004_ea55edadd6f66c29.txt"
    result = archivist("similar", str(capture), cwd=folder)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    score, rest = first.split("  ", 1)
    assert float(score) > 0.9
    assert rest.startswith("Has ISIS Returned to Rural Aleppo?  articles/has-isis-returned")


def test_similar_to_an_article_leaves_the_article_itself_out(tmp_path: Path) -> None:
    folder = project(tmp_path)
    article = "content/has-isis-returned-to-rural-aleppo.md"
    result = archivist("similar", article, "--json", "--limit", "3", cwd=folder)
    matches = json.loads(result.stdout)
    assert len(matches) == 3
    assert article not in [m["path"] for m in matches]
    scores = [m["score"] for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s < 0.9 for s in scores)


def test_similar_to_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = archivist("similar", "nothing.txt", cwd=project(tmp_path))
    assert result.returncode == 1
    assert (
        result.stderr
        == "error: nothing.txt: cannot be read (No such file or directory); check the path\n"
    )


def test_two_searches_at_once_on_a_new_project_build_the_index_once(tmp_path: Path) -> None:
    folder = project(tmp_path)
    command = [sys.executable, "-m", "archivist.cli", "search", '"Kafr Ghan"']
    runs = [
        subprocess.Popen(command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outcomes = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    (first_out, first_err), (second_out, second_err) = outcomes
    assert first_out == second_out
    assert b"Kafr" in first_out
    notes = sorted([first_err, second_err])
    assert notes[0] == b""
    assert notes[1].startswith(b"note: no index yet: indexed 5 articles")
