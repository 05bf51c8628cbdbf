"""A rebuild's search worker analyses only the articles whose inputs changed."""

from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path

import pytest

from archivist.build.cache import Store
from archivist.build.store_file import FILE
from archivist.content.articles import load_archive
from archivist.search.analyses import Analyses
from archivist.search.files import Analysed, analyse, files_of
from archivist.search.index import PlainFields, TermCounter, document_of
from conftest import ROOT
from search_helpers import plain_fields_of


@pytest.fixture(scope="module")
def seeds() -> list[PlainFields]:
    return [plain_fields_of(a) for a in load_archive(ROOT / "content").articles]


class Analyser:
    """:func:`analyse` of each article's fields, noting the titles it was asked for."""

    def __init__(self, analyses: Analyses) -> None:
        self.terms = TermCounter()
        self.vocabulary = analyses.vocabulary
        self.titles: list[str] = []

    def __call__(self, fields: PlainFields) -> Analysed:
        self.titles.append(fields[1])
        return analyse(document_of(fields), self.terms, self.vocabulary)


def files(
    documents: Sequence[PlainFields], cache: Path | None, version: bytes = b"1"
) -> tuple[dict[str, str], list[str]]:
    """The search files of ``documents`` and the titles analysed afresh, the analyses kept
    in the build store in ``cache`` (None: none kept)."""
    if cache is None:
        analyses = Analyses(None, version)
        analyser = Analyser(analyses)
        return dict(
            files_of(analyses.analysed(documents, analyser), analyses.vocabulary)
        ), analyser.titles
    with Store(cache).analyses() as shelf:
        analyses = Analyses(shelf, version)
        analyser = Analyser(analyses)
        written = files_of(analyses.analysed(documents, analyser), analyses.vocabulary)
        return dict(written), analyser.titles


def kept(cache: Path) -> list[tuple[bytes, bytes]]:
    """Every analysis the store in ``cache`` keeps, and its header."""
    with closing(sqlite3.connect(cache / FILE)) as db:
        rows = db.execute("SELECT key, record FROM analyses ORDER BY key").fetchall()
        header = db.execute("SELECT value FROM kept WHERE name = 'search analyses'").fetchall()
        return [*rows, *header]


def edited(fields: PlainFields, words: str) -> PlainFields:
    *before, html = fields
    return (*before, f"{html}<p>{words}</p>")  # type: ignore[return-value]


def test_a_rebuild_analyses_the_edited_article_only_and_writes_the_same_files(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    files(seeds, tmp_path)
    correction = edited(seeds[2], "A correction: the convoy reached Hasakah.")
    changed = [*seeds[:2], correction, *seeds[3:]]
    again, titles = files(changed, tmp_path)
    assert titles == [changed[2][1]]
    assert again == files(changed, None)[0]


def test_added_and_removed_articles_leave_the_others_kept(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    files(seeds[1:], tmp_path)
    _, titles = files(seeds[:-1], tmp_path)
    assert titles == [seeds[0][1]]
    again, titles = files(seeds[:-1], tmp_path)
    assert titles == []  # the file holds the analyses of the last build's articles
    assert again == files(seeds[:-1], None)[0]


def test_equal_inputs_find_their_analysis_whatever_else_holds_them(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    """The key is the inputs' value: another build makes equal texts as other objects,
    held by other things (a memo, a cache), and still finds every analysis."""
    files(seeds, tmp_path)
    remade = [tuple(marshal.loads(marshal.dumps(fields))) for fields in seeds]
    held = [fields[9] for fields in remade]  # the bodies, held once more, as a memo would
    _, titles = files(remade, tmp_path)  # type: ignore[arg-type]
    assert titles == [] and len(held) == len(seeds)


def test_another_version_is_not_used(tmp_path: Path, seeds: list[PlainFields]) -> None:
    files(seeds, tmp_path, version=b"old code")
    assert len(files(seeds, tmp_path, version=b"new code")[1]) == len(seeds)


def test_a_damaged_header_is_not_used(tmp_path: Path, seeds: list[PlainFields]) -> None:
    expected, _ = files(seeds, tmp_path)
    with closing(sqlite3.connect(tmp_path / FILE)) as db, db:
        db.execute("UPDATE kept SET value = x'00ff' WHERE name = 'search analyses'")
    again, titles = files(seeds, tmp_path)
    assert again == expected
    assert len(titles) == len(seeds)


def test_a_build_that_fails_midway_leaves_the_earlier_analyses(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    files(seeds, tmp_path)
    before = kept(tmp_path)

    def failing() -> Iterator[PlainFields]:
        yield edited(seeds[0], "A correction.")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), Store(tmp_path).analyses() as shelf:
        analyses = Analyses(shelf, b"1")
        list(analyses.analysed(failing(), Analyser(analyses)))
    assert kept(tmp_path) == before
    assert files(seeds, tmp_path)[1] == []


def test_a_vocabulary_grown_to_twice_its_size_starts_a_new_file(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    files(seeds, tmp_path)
    words = " ".join("qz" + "".join(chr(97 + int(d)) for d in str(n)) for n in range(5000))
    grown = [edited(seeds[0], words), *seeds[1:]]
    _, titles = files(grown, tmp_path)
    assert titles == [grown[0][1]]  # the vocabulary grew past twice its size, so
    again, titles = files(grown, tmp_path)
    assert len(titles) == len(seeds)  # the next build analyses every article afresh
    assert again == files(grown, None)[0]
    assert files(grown, tmp_path)[1] == []
