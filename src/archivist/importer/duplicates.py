"""Never import one report twice: fingerprints of what ``content/`` already holds.

A fingerprint is the SHA-256 of the body with all white space collapsed (NFC), so a
capture copied again with other line breaks, indentation or blank lines is the same
report. Imported articles store it as ``capture_sha256``; for articles written by hand
(which have none) it is computed from their body. An article with the same title but
another text is only a *possible* duplicate (an edited copy, a correction): it is flagged
for review, not skipped.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from archivist.content import frontmatter
from archivist.content.files import article_files
from archivist.content.slugs import slugify
from archivist.text.folding import fold

FINGERPRINT_KEY = "capture_sha256"
RAW_KEY = "raw_sha256"  # the SHA-256 of the capture's bytes as captured (see provenance)


def fingerprint(body: str) -> str:
    """SHA-256 (hex) of ``body`` with white space collapsed: layout does not count."""
    normal = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass
class Ledger:
    """What is already in the archive (and what this batch added): fingerprints and slugs."""

    fingerprints: dict[str, Path] = field(default_factory=dict)
    slugs: set[str] = field(default_factory=set)
    titles: dict[str, Path] = field(default_factory=dict)
    captures: dict[str, Path] = field(default_factory=dict)  # raw SHA-256 -> article

    def duplicate_of(self, print_: str) -> Path | None:
        return self.fingerprints.get(print_)

    def same_title(self, title: str) -> Path | None:
        """An article with this title (folded): possibly the same report, edited."""
        return self.titles.get(fold(title)) if fold(title) else None

    def same_capture(self, raw_sha256: str) -> Path | None:
        """The article imported from exactly these bytes, if any."""
        return self.captures.get(raw_sha256) if raw_sha256 else None

    def add(self, print_: str, slug: str, path: Path, title: str = "", raw: str = "") -> None:
        self.fingerprints.setdefault(print_, path)
        if raw:
            self.captures.setdefault(raw, path)
        self.slugs.add(slug)
        if fold(title):
            self.titles.setdefault(fold(title), path)


def scan(content_dir: Path) -> Ledger:
    """Fingerprints and slugs of every article under ``content_dir`` (tolerant of errors)."""
    ledger = Ledger()
    if not content_dir.is_dir():
        return ledger
    for path in article_files(content_dir)[0]:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            ledger.slugs.add(slugify(path.stem))
            continue
        stored, slug, body, title, raw = _read(text, path)
        ledger.add(fingerprint(body), slug, path, title, raw)
        if stored:
            ledger.fingerprints.setdefault(stored, path)
    return ledger


def _read(text: str, path: Path) -> tuple[str, str, str, str, str]:
    """(stored fingerprint, slug, body, title, raw digest) of an article file, whatever
    state it is in."""
    parsed = frontmatter.parse(text, path)
    if not isinstance(parsed, frontmatter.FrontMatter):
        parts = frontmatter.split(text)
        return "", slugify(path.stem), parts[1] if parts else text, "", ""
    fields = {k: f.value for k, f in parsed.fields.items() if isinstance(f.value, str)}
    return (
        fields.get(FINGERPRINT_KEY, ""),
        fields.get("slug") or slugify(path.stem),
        parsed.body,
        fields.get("title", ""),
        fields.get(RAW_KEY, ""),
    )
