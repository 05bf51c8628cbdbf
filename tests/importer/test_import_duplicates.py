"""A report already in content/ is recognised, whatever its layout."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.duplicates import fingerprint, scan


def test_white_space_does_not_change_the_fingerprint() -> None:
    assert fingerprint("One  para.\n\nTwo\u00a0para.\n") == fingerprint(" One para.\r\nTwo para.")
    assert fingerprint("One para.") != fingerprint("One para!")


def test_scan_reads_stored_fingerprints_bodies_and_slugs(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: A\nslug: s-a\n---\n\nBody A.\n", encoding="utf-8")
    stored = "---\ntitle: B\ncapture_sha256: abc\n---\n\nBody B.\n"
    (tmp_path / "b.md").write_text(stored, encoding="utf-8")
    (tmp_path / "broken.md").write_text("---\ntitle: [\n---\nBody C.\n", encoding="utf-8")
    ledger = scan(tmp_path)
    assert ledger.slugs == {"s-a", "b", "broken"}
    assert ledger.duplicate_of(fingerprint("Body A.")) == tmp_path / "a.md"
    assert ledger.duplicate_of("abc") == tmp_path / "b.md"
    assert ledger.duplicate_of(fingerprint("Body B.")) == tmp_path / "b.md"
    assert ledger.duplicate_of(fingerprint("Body C.")) == tmp_path / "broken.md"


def test_a_missing_content_folder_holds_nothing(tmp_path: Path) -> None:
    assert scan(tmp_path / "missing").fingerprints == {}
