"""A rebuild's search worker analyses only the articles whose inputs changed."""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from archivist.content.articles import load_archive
from archivist.search.analyses import FILE, Analyses
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
    """The search files of ``documents`` and the titles analysed afresh."""
    with Analyses(cache, version) as analyses:
        analyser = Analyser(analyses)
        written = files_of(analyses.analysed(documents, analyser), analyses.vocabulary)
        return dict(written), analyser.titles


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


@pytest.mark.parametrize(
    "damage", [lambda data: data[:-5], lambda data: b"nonsense", lambda data: data[:40]]
)
def test_a_damaged_file_is_not_used(
    tmp_path: Path, seeds: list[PlainFields], damage: Callable[[bytes], bytes]
) -> None:
    expected, _ = files(seeds, tmp_path)
    (tmp_path / FILE).write_bytes(damage((tmp_path / FILE).read_bytes()))
    again, titles = files(seeds, tmp_path)
    assert again == expected
    assert len(titles) == len(seeds)


def test_a_build_that_fails_midway_leaves_the_earlier_file(
    tmp_path: Path, seeds: list[PlainFields]
) -> None:
    files(seeds, tmp_path)
    before = (tmp_path / FILE).read_bytes()

    def failing() -> Iterator[PlainFields]:
        yield seeds[0]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), Analyses(tmp_path, b"1") as analyses:
        list(analyses.analysed(failing(), Analyser(analyses)))
    assert (tmp_path / FILE).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [FILE]


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
