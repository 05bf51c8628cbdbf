"""A rebuild parses and renders only the articles whose text changed; a bad cache is ignored."""

from __future__ import annotations

import pickle
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path, PurePosixPath

import pytest

from archivist.build import cache as build_cache
from archivist.build import parallel, store_file
from archivist.build.cache import Store
from archivist.build.site import build
from archivist.cite import citable
from archivist.config import ArchiveConfig
from archivist.content import frontmatter
from archivist.pages import related
from archivist.paths import folder_for
from conftest import SETTINGS, build_into
from curator_helpers import seed_copy

EDITED = "has-isis-returned-to-rural-aleppo.md"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The files whose front-matter a build parses (all in this process, none read ahead)."""
    seen: list[Path] = []
    parse = frontmatter.parse
    monkeypatch.setattr(parallel, "cores", lambda: 1)

    def counting(text: str, path: Path) -> object:
        seen.append(path)
        return parse(text, path)

    monkeypatch.setattr(frontmatter, "parse", counting)
    yield seen


def cache_of(folder: Path) -> Path:
    return folder_for(Path(ArchiveConfig().cache), folder)


def loaded(folder: Path) -> int:
    """How many memo entries the next build of ``folder`` starts from."""
    return Store(cache_of(folder)).load()


def memo_rows(cache: Path) -> set[tuple[int, str, bytes]]:
    """Each memo entry in the store as (row number, memo, key): a row written again is new."""
    with closing(sqlite3.connect(cache / store_file.FILE)) as db:
        return {
            (n, memo, bytes(key))
            for n, memo, key in db.execute("SELECT rowid, memo, key FROM memos")
        }


def test_a_rebuild_parses_only_the_edited_article(tmp_path: Path, parsed: list[Path]) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", "utf-8")
    parsed.clear()
    output = build_into(tmp_path / "two", folder)
    assert parsed == [edited]
    page = (output / "articles" / "has-isis-returned-to-rural-aleppo" / "index.html").read_text()
    assert "A correction." in page


def test_a_rebuild_cites_afresh_only_the_edited_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", "utf-8")
    cited: list[str] = []
    cite = citable.citation
    monkeypatch.setattr(
        citable,
        "citation",
        lambda article, *rest: cited.append(article.slug) or cite(article, *rest),
    )
    output = build_into(tmp_path / "two", folder)
    assert cited == ["has-isis-returned-to-rural-aleppo"]
    # The body is not cited: every citation file is as the first build wrote it.
    files = sorted(p.relative_to(output) for p in output.glob("articles/*/cite.*"))
    assert len(files) == 15
    assert all((output / f).read_bytes() == (tmp_path / "one" / f).read_bytes() for f in files)


def test_a_rebuild_writes_only_the_memo_entries_an_edit_changed(tmp_path: Path) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    before = memo_rows(cache_of(folder))
    build_into(tmp_path / "two", folder)  # nothing changed
    assert memo_rows(cache_of(folder)) == before
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", "utf-8")
    build_into(tmp_path / "three", folder)
    after = memo_rows(cache_of(folder))
    # The old text's entries of four memos gone, the new text's in: nothing else written.
    assert len(before - after) == 4 and len(after - before) == 4
    assert loaded(folder) == 20  # 5 articles read, rendered, counted, cited


def test_a_rebuild_starts_from_the_related_scores_of_the_last_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    store = Store(cache_of(folder))
    store.load()
    kept = store.earlier_scores
    assert kept is not None and len(kept.slugs) == 5
    started_from: list[related.Scores] = []
    update = related._update
    monkeypatch.setattr(
        related,
        "_update",
        lambda earlier, *rest: started_from.append(earlier) or update(earlier, *rest),
    )
    build_into(tmp_path / "two", folder)
    assert [earlier.best for earlier in started_from] == [kept.best]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a database" * 100,
        lambda data: data[:100] + bytes(len(data) - 100),  # its pages zeroed
        lambda data: data.replace(b"archivist build store 1", b"archivist build store 0"),
    ],
    ids=["garbage", "zeroed", "another layout"],
)
def test_a_damaged_store_is_replaced_with_one_warning_and_a_full_build(
    tmp_path: Path, parsed: list[Path], damage: Callable[[bytes], bytes]
) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    path = cache_of(folder) / store_file.FILE
    path.write_bytes(damage(path.read_bytes()))
    parsed.clear()
    report = build(SETTINGS, tmp_path / "two", folder)
    assert len(parsed) == 5
    (warning,) = [str(w) for w in report.warnings if "cache" in str(w)]
    assert warning.startswith(f"{path}: the build cache could not be used (")
    assert warning.endswith("; it was replaced, and this build did everything afresh")
    assert loaded(folder) == 20  # replaced by the full build's
    assert not [
        w for w in build(SETTINGS, tmp_path / "three", folder).warnings if "cache" in str(w)
    ]


def test_the_files_of_an_earlier_versions_cache_are_removed_with_one_warning(
    tmp_path: Path, parsed: list[Path]
) -> None:
    folder = seed_copy(tmp_path)
    cache = cache_of(folder)
    cache.mkdir(parents=True)
    for name in ("read-00.pickle", "carried.pickle", "search-analyses.marshal"):
        (cache / name).write_bytes(b"kept by an earlier version")
    report = build(SETTINGS, tmp_path / "one", folder)
    assert sorted(p.name for p in cache.iterdir()) == [store_file.FILE]
    assert "written by an earlier version of Archivist" in str(report.warnings[-1])
    assert len(parsed) == 5


def test_a_build_killed_midway_leaves_the_earlier_store_whole(tmp_path: Path) -> None:
    """The build writes its part of the store in one transaction at its end: a build
    killed while writing it leaves that part as the last build left it (the search
    worker's analyses, written in a transaction of their own, are this build's), and
    the next build uses it."""
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    path = cache_of(folder) / store_file.FILE
    before = dump(path)
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", "utf-8")
    killed = subprocess.run(  # killed as it writes the store: its last step
        [sys.executable, "-c", KILLED_AT_SAVE, str(SETTINGS), str(tmp_path / "two"), str(folder)],
        capture_output=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert dump(path) == before
    assert loaded(folder) == 20
    page = tmp_path / "three" / "articles" / "has-isis-returned-to-rural-aleppo" / "index.html"
    build_into(tmp_path / "three", folder)
    assert "A correction." in page.read_text()


#: A build in another process that kills itself in the store's transaction, after the
#: memos are written and before the end.
KILLED_AT_SAVE = """
import os, signal, sys
from pathlib import Path
from archivist.build import cache, site

keep_value = cache.keep_value
def killing(connection, name, kept):
    if name == "code":
        os.kill(os.getpid(), signal.SIGKILL)
    keep_value(connection, name, kept)
cache.keep_value = killing
site.build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
"""


def dump(path: Path) -> list[str]:
    """The store's content but the search worker's, as SQL."""
    with closing(sqlite3.connect(path)) as db:
        return [
            line
            for line in db.iterdump()
            if not line.startswith('INSERT INTO "analyses"') and "'search analyses'" not in line
        ]


def test_a_cache_written_by_other_code_is_not_used(
    tmp_path: Path, parsed: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    parsed.clear()
    monkeypatch.setattr(build_cache, "code_version", lambda: "another version")
    assert loaded(folder) == 0
    build_into(tmp_path / "two", folder)
    assert len(parsed) == 5


def test_a_cache_naming_classes_this_code_no_longer_has_is_not_used(tmp_path: Path) -> None:
    """An upgrade may move a class the cache's entries were pickled from."""
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    gone = pickle.dumps(PurePosixPath("x"), protocol=0)
    gone = gone.replace(b"cpathlib\n", b"carchivist.gone\n")
    with closing(sqlite3.connect(cache_of(folder) / store_file.FILE)) as db, db:
        db.execute("UPDATE memos SET value = ?", (gone,))
    assert loaded(folder) == 0
    build_into(tmp_path / "two", folder)
    assert loaded(folder) == 20


def test_the_cache_of_a_deleted_content_folder_goes_at_the_next_build(tmp_path: Path) -> None:
    gone, kept = seed_copy(tmp_path / "gone"), seed_copy(tmp_path / "kept")
    build_into(tmp_path / "one", gone)
    stale = cache_of(gone)
    assert stale.is_dir()
    for path in sorted(gone.iterdir()):
        path.unlink()
    gone.rmdir()
    build_into(tmp_path / "two", kept)
    assert not stale.exists()
    assert loaded(kept) == 20
