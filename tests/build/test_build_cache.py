"""A rebuild parses and renders only the articles whose text changed; a bad cache is ignored."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

from archivist.build import cache as build_cache
from archivist.build import parallel
from archivist.build.cache import Store
from archivist.cite import citable
from archivist.config import ArchiveConfig
from archivist.content import frontmatter
from archivist.pages import related
from archivist.paths import folder_for
from conftest import build_into
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


def inodes(cache: Path) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in cache.glob("read-*.pickle")}


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


def test_a_rebuild_writes_again_only_the_cache_files_an_edit_changed(tmp_path: Path) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    before = inodes(cache_of(folder))
    build_into(tmp_path / "two", folder)  # nothing changed
    assert inodes(cache_of(folder)) == before
    edited = folder / EDITED
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA correction.\n", "utf-8")
    build_into(tmp_path / "three", folder)
    after = inodes(cache_of(folder))
    rewritten = {name for name, inode in after.items() if before.get(name) != inode}
    assert 0 < len(rewritten) <= 8  # the old and new text's entries of four memos
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


def test_a_corrupt_cache_is_ignored_and_replaced(tmp_path: Path, parsed: list[Path]) -> None:
    folder = seed_copy(tmp_path)
    build_into(tmp_path / "one", folder)
    for part in cache_of(folder).glob("read-*.pickle"):
        part.write_bytes(b"not a pickle")
    parsed.clear()
    build_into(tmp_path / "two", folder)
    assert len(parsed) == 5
    assert loaded(folder) > 5  # readings, bodies, words


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
    gone = pickle.dumps({"memos": PurePosixPath("x")}, protocol=0)
    gone = gone.replace(b"cpathlib\n", b"carchivist.gone\n")
    for part in cache_of(folder).glob("read-*.pickle"):
        part.write_bytes(pickle.dumps(build_cache.code_version()) + gone)
    assert loaded(folder) == 0
    build_into(tmp_path / "two", folder)


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
    assert inodes(cache_of(kept))
