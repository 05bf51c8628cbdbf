"""Re-importing the five seed captures reproduces the curated articles in content/."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.content.articles import load_archive
from archivist.content.model import Article
from archivist.importer.batch import DUPLICATE, WOULD_WRITE, WRITTEN, Target, import_captures
from archivist.importer.placenames import PlaceIndex
from archivist.places.gazetteer import load_gazetteer
from conftest import ROOT

CAPTURES = ROOT / "captures"
CURATED = {a.extra["imported_from"]: a for a in load_archive(ROOT / "content").articles}
NAMES = sorted(CURATED)
GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")
PLACES = PlaceIndex(GAZETTEER)


def place_ids(names: tuple[str, ...]) -> set[str]:
    """The gazetteer places that names refer to; every name must be known."""
    places = [GAZETTEER.resolve(name) for name in names]
    assert None not in places, names
    return {place.id for place in places if place is not None}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Article]:
    content = tmp_path_factory.mktemp("content")
    outcomes = import_captures([CAPTURES], Target(content, PLACES))
    assert [o.status for o in outcomes] == [WRITTEN] * 5
    archive = load_archive(content)
    assert not archive.articles  # imports are drafts until a curator publishes them
    return {a.extra["imported_from"]: a for a in archive.drafts}


def test_the_five_seeds_are_the_ones_curated() -> None:
    assert sorted(p.name for p in CAPTURES.iterdir()) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_title_and_language_match_the_curated_article(
    imported: dict[str, Article], name: str
) -> None:
    assert imported[name].title == CURATED[name].title
    assert imported[name].language == CURATED[name].language


@pytest.mark.parametrize("name", NAMES)
def test_places_are_the_curated_articles_places(imported: dict[str, Article], name: str) -> None:
    assert place_ids(imported[name].places) == place_ids(CURATED[name].places)


def test_places_are_written_with_the_gazetteers_names(imported: dict[str, Article]) -> None:
    assert imported["000_4ea09b17fbde3e47.txt"].places == (
        "Rojava",
        "North and East Syria",
        "Qamişlo",
        "Hesekê",
        "Jarablus",
        "Manbij",
    )


def test_only_the_dateline_of_001_gives_a_date(imported: dict[str, Article]) -> None:
    dates = {name: str(a.date) if a.date else None for name, a in imported.items()}
    assert dates == {
        "000_4ea09b17fbde3e47.txt": None,
        "001_5e97fcbeb6fe671a.txt": "2024-05-09",
        "002_1d9a00527a9e51e2.txt": None,
        "003_f3827cd85463eb75.txt": None,
        "004_ea55edadd6f66c29.txt": None,
    }
    assert str(CURATED["001_5e97fcbeb6fe671a.txt"].date) == "2024-05-09"


@pytest.mark.parametrize("name", NAMES)
def test_body_is_the_curated_body_paragraph_for_paragraph(
    imported: dict[str, Article], name: str
) -> None:
    assert imported[name].body == CURATED[name].body


def test_sources_named_by_the_captures_are_found(imported: dict[str, Article]) -> None:
    assert imported["004_ea55edadd6f66c29.txt"].source == "The Syrian Observer"
    assert imported["000_4ea09b17fbde3e47.txt"].source == "ANF"
    assert "T/ Satt." in imported["001_5e97fcbeb6fe671a.txt"].source_note


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    outcomes = import_captures([CAPTURES], Target(tmp_path / "content", PLACES, dry_run=True))
    assert [o.status for o in outcomes] == [WOULD_WRITE] * 5
    assert not (tmp_path / "content").exists()


def test_reimporting_into_the_curated_archive_finds_five_duplicates(tmp_path: Path) -> None:
    outcomes = import_captures([CAPTURES], Target(ROOT / "content", PLACES, dry_run=True))
    assert [o.status for o in outcomes] == [DUPLICATE] * 5
    assert {o.target.name for o in outcomes if o.target} == {
        p.name for p in (ROOT / "content").glob("*.md")
    }


def test_importing_the_archive_itself_finds_every_article_a_duplicate(tmp_path: Path) -> None:
    outcomes = import_captures([ROOT / "content"], Target(ROOT / "content", PLACES, dry_run=True))
    assert [o.status for o in outcomes] == [DUPLICATE] * 5


def test_an_edited_copy_with_the_same_title_is_flagged_as_a_possible_duplicate(
    tmp_path: Path,
) -> None:
    seed = (CAPTURES / "004_ea55edadd6f66c29.txt").read_text(encoding="utf-8")
    (tmp_path / "edited.txt").write_text(seed.replace("sized", "seized"), encoding="utf-8")
    (outcome,) = import_captures([tmp_path / "edited.txt"], Target(ROOT / "content", PLACES, True))
    assert outcome.status == WOULD_WRITE
    assert outcome.notes == (
        f"possible duplicate of {ROOT / 'content' / 'has-isis-returned-to-rural-aleppo.md'} "
        "(same title)",
    )
    assert outcome.target == ROOT / "content" / "has-isis-returned-to-rural-aleppo-2.md"
