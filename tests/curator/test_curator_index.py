"""The curator's index stays up to date by content hash, survives corruption and concurrency."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from archivist.curator.index import date_span
from archivist.curator.search import search
from archivist.paths import folder_for
from curator_helpers import index_of, seed_copy

EDITED = "has-isis-returned-to-rural-aleppo.md"


def test_a_first_open_indexes_every_article(tmp_path: Path) -> None:
    archive = index_of(seed_copy(tmp_path))
    assert archive.report.rebuilt == "no index yet"
    assert len(archive.report.indexed) == 5
    assert archive.report.articles == 5


def test_an_unchanged_archive_is_not_reindexed(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    again = index_of(content)
    assert again.report.rebuilt == ""
    assert again.report.indexed == ()
    assert again.report.articles == 5


def test_editing_one_article_reindexes_only_it(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    path = content / EDITED
    path.write_text(path.read_text(encoding="utf-8") + "\nZanzibar.\n", encoding="utf-8")
    archive = index_of(content)
    assert archive.report.rebuilt == ""
    assert archive.report.indexed == (EDITED,)
    assert archive.report.articles == 5
    assert [r.path for r in search(archive, "Zanzibar")] == [EDITED]
    paths = [r.path for r in search(archive, "Aleppo", limit=20)]
    assert sorted(paths) == sorted(set(paths))  # the old version is gone, not duplicated


def test_a_touched_but_unchanged_file_is_not_reindexed(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    path = content / EDITED
    path.write_bytes(path.read_bytes())  # new modification time, same content hash
    assert index_of(content).report.indexed == ()


def test_the_manifest_is_only_a_shortcut(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    archive = index_of(content)
    (archive.location / "manifest.json").write_text("{}", encoding="utf-8")
    again = index_of(content)
    assert (again.report.rebuilt, again.report.indexed) == ("", ())
    path = content / EDITED
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    (archive.location / "manifest.json").unlink()
    assert index_of(content).report.indexed == (EDITED,)


def test_added_and_deleted_articles_are_indexed_and_removed(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    (content / EDITED).unlink()
    (content / "new.md").write_text("---\ntitle: Zanzibar report\n---\nText.\n", "utf-8")
    archive = index_of(content)
    assert archive.report.deleted == (EDITED,)
    assert archive.report.indexed == ("new.md",)
    assert archive.report.articles == 5
    assert search(archive, '"Kafr Ghan"') == []
    assert [r.path for r in search(archive, "zanzibar")] == ["new.md"]


def test_an_article_with_problems_is_left_out_and_reported(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    (content / EDITED).write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    archive = index_of(content)
    assert archive.report.articles == 4
    assert [p.path.name for p in archive.report.skipped] == [EDITED]
    assert search(archive, '"Kafr Ghan"') == []


def test_a_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    archive = index_of(content)
    for file in archive.location.iterdir():
        file.write_bytes(b"\x00garbage" * 100)
    rebuilt = index_of(content)
    assert rebuilt.report.rebuilt.startswith("the index is unreadable")
    assert len(rebuilt.report.indexed) == 5
    assert [r.path for r in search(rebuilt, '"Kafr Ghan"')] == [EDITED]


def test_a_missing_index_folder_is_rebuilt(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    archive = index_of(content)
    for file in archive.location.iterdir():
        file.unlink()
    assert index_of(content).report.rebuilt == "the index is missing"


def test_each_content_folder_has_its_own_index(tmp_path: Path) -> None:
    first = folder_for(tmp_path, Path("content"))
    assert first == folder_for(tmp_path, Path("content").resolve())
    assert first != folder_for(tmp_path, Path("tests/fixtures/site"))
    assert first.parent == tmp_path


def test_partial_dates_span_their_period() -> None:
    assert date_span("2023") == (20230101, 20231231)
    assert date_span("2024-02") == (20240201, 20240229)
    assert date_span("2023-03-09") == (20230309, 20230309)


WORKER = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from curator_helpers import index_of
from archivist.curator.search import search
content = Path({content!r})
for round in range(6):
    path = content / "worker-{name}.md"
    path.write_text("---\\ntitle: Worker {name} round %d\\n---\\nZanzibar %d.\\n" % (round, round))
    archive = index_of(content)
    hits = search(archive, "zanzibar", limit=50)
    assert any(h.path == "worker-{name}.md" for h in hits), hits
print("ok")
"""


def test_two_processes_updating_and_searching_at_once_do_not_corrupt_it(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    index_of(content)
    tests = str(Path(__file__).parents[1])
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER.format(tests=tests, content=str(content), name=name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    outcomes = [worker.communicate(timeout=120) for worker in workers]
    for worker, (out, err) in zip(workers, outcomes, strict=True):
        assert worker.returncode == 0, err
        assert out == "ok\n"
    final = index_of(content)
    assert final.report.rebuilt == ""
    assert {r.path for r in search(final, "zanzibar")} == {"worker-a.md", "worker-b.md"}
