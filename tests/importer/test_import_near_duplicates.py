"""The importer asks the curator index for near-duplicates (archivist similar)."""

import re
from pathlib import Path

from archivist.build.site import load_settings
from archivist.curator.project import open_project_index
from archivist.curator.similarity import similar_articles
from archivist.importer.batch import WOULD_WRITE, Target, import_captures
from conftest import ROOT, SETTINGS

CAPTURE = ROOT / "captures" / "004_ea55edadd6f66c29.txt"


def similar_in(content: Path, index: Path):  # type: ignore[no-untyped-def]
    settings = load_settings(SETTINGS)
    settings = {**settings, "ARCHIVE": {**settings["ARCHIVE"], "search_index": str(index)}}
    archive = open_project_index(settings, content)
    return lambda text: [(a.path, s) for a, s in similar_articles(text, archive, limit=3)]


def test_an_edited_copy_of_an_archived_report_is_flagged(tmp_path: Path) -> None:
    edited = tmp_path / "edited-copy.txt"
    text = CAPTURE.read_text(encoding="utf-8")
    edited.write_text(
        text.replace(
            "Has ISIS Returned to Rural Aleppo?", "ISIS back in Aleppo countryside", 2
        ).replace("Police intelligence sized", "Police intelligence seized"),
        encoding="utf-8",
    )
    job = Target(
        ROOT / "content", None, dry_run=True, similar=similar_in(ROOT / "content", tmp_path / "i")
    )
    (outcome,) = import_captures([edited], job)
    assert outcome.status == WOULD_WRITE
    assert len(outcome.notes) == 1
    article = ROOT / "content" / "has-isis-returned-to-rural-aleppo.md"
    assert re.fullmatch(
        rf"possible duplicate of {re.escape(str(article))} \(similarity (0\.[89]\d|1\.00)\)",
        outcome.notes[0],
    )


def test_an_unrelated_report_is_not_flagged(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Flooding in the Khabur valley\n\nHeavy rain flooded fields and roads near the river "
        "this week; farmers counted their losses and asked for help with pumps.\n",
        encoding="utf-8",
    )
    job = Target(
        ROOT / "content", None, dry_run=True, similar=similar_in(ROOT / "content", tmp_path / "i")
    )
    (outcome,) = import_captures([other], job)
    assert outcome.notes == ()
