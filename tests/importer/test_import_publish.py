"""``archivist import`` writes drafts; ``archivist publish`` is the curator's word to publish."""

from __future__ import annotations

from pathlib import Path

from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.importer.batch import WRITTEN, Target, import_captures
from test_cli import archivist

REPORT = "Gunmen attack a checkpoint near Raqqa\n\nGunmen attacked a checkpoint on Monday.\n"


def imported(tmp_path: Path) -> Path:
    capture = tmp_path / "report.txt"
    capture.write_text(REPORT, encoding="utf-8")
    (outcome,) = import_captures([capture], Target(tmp_path / "content", None))
    assert outcome.status == WRITTEN and outcome.target is not None
    return outcome.target


def test_an_imported_article_is_a_draft(tmp_path: Path) -> None:
    article = read_article(imported(tmp_path))
    assert isinstance(article, Article) and article.is_draft


def test_publishing_takes_out_the_status_line_and_nothing_else(tmp_path: Path) -> None:
    draft = imported(tmp_path)
    before = draft.read_text(encoding="utf-8")
    result = archivist("publish", str(draft))
    assert result.returncode == 0, result.stderr
    after = draft.read_text(encoding="utf-8")
    assert after == before.replace("status: draft\n", "")
    article = read_article(draft)
    assert isinstance(article, Article) and not article.is_draft


def test_publishing_what_is_not_a_draft_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    draft = imported(tmp_path)
    archivist("publish", str(draft))
    published = draft.read_text(encoding="utf-8")
    result = archivist("publish", str(draft), str(tmp_path / "missing.md"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 2 and "Traceback" not in result.stderr
    assert "is not a draft" in result.stderr
    assert draft.read_text(encoding="utf-8") == published
    assert [p.name for p in draft.parent.glob("*.md")] == [draft.name]
