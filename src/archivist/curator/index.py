"""The curator's whoosh index of ``content/``: kept up to date by content hash, never published.

The index lives outside ``output/`` (by default in ``.archivist/whoosh/``), one folder
per content folder. Opening it brings it up to date: only articles whose file was
added, changed or deleted since the last time are (re-)indexed, detected by the
SHA-256 of the file. A missing, unreadable or outdated index is rebuilt from scratch
and the report says why. Updates happen under an exclusive file lock (next to the
index folder) and searches under a shared one, so concurrent ``archivist search``
processes neither corrupt the index nor read it half-written.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index

from archivist.content import frontmatter
from archivist.content.articles import read_article
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import Problem

from .documents import INDEX_FORMAT, PlaceResolver, date_span, document, schema
from .manifest import FileState, read_manifest, scan, write_manifest

__all__ = ["INDEX_FORMAT", "ArchiveIndex", "PlaceResolver", "Sources", "date_span", "open_index"]

DEFAULT_LOCATION = Path(".archivist/whoosh")


@dataclass(frozen=True)
class UpdateReport:
    """What bringing the index up to date did."""

    rebuilt: str = ""  #: why the whole index was rebuilt, or "" when it was updated in place
    indexed: tuple[str, ...] = ()  #: paths (re-)indexed: added or changed
    deleted: tuple[str, ...] = ()
    skipped: tuple[Problem, ...] = ()  #: articles left out because they have problems
    articles: int = 0


@dataclass(frozen=True)
class Sources:
    """What an index is made from: the content folder, and the gazetteer to resolve places."""

    content_dir: Path
    places: PlaceResolver | None = None
    places_digest: str = ""  #: changes when the gazetteer does, so the index is rebuilt
    default_language: str = "en"

    @property
    def version(self) -> str:
        return f"{INDEX_FORMAT} places:{self.places_digest}"


@dataclass(frozen=True)
class ArchiveIndex:
    """An up-to-date index of one content folder; search it inside :meth:`searching`."""

    location: Path
    sources: Sources
    report: UpdateReport = field(default_factory=UpdateReport)

    @property
    def content_dir(self) -> Path:
        return self.sources.content_dir

    @property
    def places(self) -> PlaceResolver | None:
        return self.sources.places

    @contextmanager
    def searching(self) -> Iterator[Any]:
        """A whoosh searcher, under a shared lock so no update runs while it reads."""
        with _locked(self.location, exclusive=False):
            searcher = index.open_dir(str(self.location)).searcher()
            try:
                yield searcher
            finally:
                searcher.close()

    def indexed_article(self, path: str, slug: str, record: dict[str, Any]) -> Article | None:
        """The article at ``path`` as indexed, its body read afresh (no YAML to parse)."""
        try:
            parts = frontmatter.split((self.content_dir / path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None
        _, body, body_line = parts or ("", "", 1)
        return Article(
            path=self.content_dir / path,
            slug=slug,
            title=record["title"],
            body=body,
            body_line=body_line,
            language=record["language"],
            date=PartialDate.parse(record["date"]) if record["date"] else None,
            source=record["source"],
            authors=tuple(record["authors"]),
            places=tuple(record["places"]),
            tags=tuple(record["tags"]),
            summary=record["summary"],
        )

    def article(self, path: str) -> Article | None:
        """The article stored at ``path`` (relative to the content folder), read afresh."""
        result = read_article(self.content_dir / path, self.sources.default_language)
        return result if isinstance(result, Article) else None


def open_index(location: Path, sources: Sources) -> ArchiveIndex:
    """Bring the index of ``sources`` at ``location`` up to date and return it."""
    location.parent.mkdir(parents=True, exist_ok=True)
    with _locked(location, exclusive=True):
        reason, known = _existing(location, sources.version)
        states = scan(sources.content_dir, known)
        on_disk = {name: state.digest for name, state in states.items()}
        if reason:
            report = _rebuild(location, sources, on_disk)
            report = UpdateReport(reason, report.indexed, (), report.skipped, report.articles)
        else:
            digests = {name: state.digest for name, state in known.items()}
            report = _update(location, sources, on_disk, digests)
        skipped = {p.path.relative_to(sources.content_dir).as_posix() for p in report.skipped}
        held = (set(known) - set(report.deleted) - skipped) | set(report.indexed)
        files = {name: states[name] for name in held}
        if reason or files != known:  # else the manifest on disk says just this already
            write_manifest(location, index.open_dir(str(location)).latest_generation(), files)
    return ArchiveIndex(location, sources, report)


def _existing(location: Path, version: str) -> tuple[str, dict[str, FileState]]:
    """Why the index must be rebuilt ("" if it need not), and the files it holds."""
    if not location.exists():
        return "no index yet", {}
    if not any(location.glob("*.toc")):
        return "the index is missing", {}
    try:
        meta = json.loads((location / "archivist.json").read_text(encoding="utf-8"))
        if meta.get("version") != version:
            return "the index was made by another version or gazetteer", {}
        ix = index.open_dir(str(location))
        with ix.reader() as reader:
            for name in ("path", "slug", "place_id"):
                list(reader.lexicon(name))
            known = read_manifest(location, ix.latest_generation())
            if known is None:
                known = {f["path"]: FileState(f["digest"]) for _, f in reader.iter_docs()}
        return "", known
    except Exception as error:  # a corrupt index fails in many ways; all mean: rebuild it
        return f"the index is unreadable ({type(error).__name__})", {}


def _rebuild(location: Path, sources: Sources, on_disk: dict[str, str]) -> UpdateReport:
    """Index everything into a fresh folder, then swap it in place of the old one."""
    staging = location.with_name(f".{location.name}.new-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    writer = index.create_in(str(staging), schema()).writer()
    indexed, skipped = _write(writer, sources, on_disk, sorted(on_disk))
    writer.commit()
    meta = json.dumps({"version": sources.version})
    (staging / "archivist.json").write_text(meta, encoding="utf-8")
    retired = location.with_name(f".{location.name}.old-{os.getpid()}")
    if location.exists():
        location.rename(retired)
    staging.rename(location)
    shutil.rmtree(retired, ignore_errors=True)
    return UpdateReport("", indexed, (), skipped, len(indexed))


def _update(
    location: Path, sources: Sources, on_disk: dict[str, str], known: dict[str, str]
) -> UpdateReport:
    """Re-index only the added and changed files; remove the deleted ones."""
    changed = sorted(p for p, digest in on_disk.items() if known.get(p) != digest)
    deleted = sorted(set(known) - set(on_disk))
    if not changed and not deleted:
        return UpdateReport(articles=len(known))
    writer = index.open_dir(str(location)).writer(timeout=30.0)
    for path in deleted:
        writer.delete_by_term("path", path)
    indexed, skipped = _write(writer, sources, on_disk, changed)
    left_out = {p.path.relative_to(sources.content_dir).as_posix() for p in skipped}
    for path in sorted(left_out):  # an article that became invalid leaves the index
        writer.delete_by_term("path", path)
    writer.commit()
    remaining = (set(known) - set(deleted) - left_out) | set(indexed)
    return UpdateReport("", indexed, tuple(deleted), skipped, len(remaining))


def _write(
    writer: Any, sources: Sources, on_disk: dict[str, str], paths: Iterable[str]
) -> tuple[tuple[str, ...], tuple[Problem, ...]]:
    indexed: list[str] = []
    skipped: list[Problem] = []
    for path in paths:
        result = read_article(sources.content_dir / path, sources.default_language)
        if isinstance(result, Article):
            writer.update_document(**document(result, path, on_disk[path], sources.places))
            indexed.append(path)
        else:
            skipped.extend(result)
    return tuple(indexed), tuple(skipped)


@contextmanager
def _locked(location: Path, exclusive: bool) -> Iterator[None]:
    """An advisory lock on ``<location>.lock``: exclusive to update, shared to read."""
    lock_path = location.with_name(f"{location.name}.lock")
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
