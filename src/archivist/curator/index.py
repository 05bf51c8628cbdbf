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

import calendar
import fcntl
import json
import os
import shutil
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from whoosh import index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from archivist.content import frontmatter
from archivist.content.articles import read_article
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import Problem
from archivist.text import analysis

from .manifest import FileState, read_manifest, scan, write_manifest

#: Bump when the schema or the analysis changes: an older index is then rebuilt.
INDEX_FORMAT = "archivist-curator-6"
DEFAULT_LOCATION = Path(".archivist/whoosh")


class Place(Protocol):
    """What the index needs of a gazetteer place (see ``archivist.places.gazetteer``)."""

    @property
    def id(self) -> str: ...

    @property
    def all_names(self) -> Collection[str]: ...


class PlaceResolver(Protocol):
    """What the index needs of the gazetteer: a place for any of its names."""

    def resolve(self, name: str) -> Place | None: ...


def schema() -> Schema:
    text = analysis.text_analyzer()
    return Schema(
        path=ID(stored=True, unique=True),
        digest=STORED(),
        record=STORED(),  # the front-matter a result shows, so a search parses no YAML
        slug=ID(stored=True, sortable=True),
        title=TEXT(analyzer=text, field_boost=2.0),
        summary=TEXT(analyzer=text),
        body=TEXT(analyzer=text),
        place=TEXT(analyzer=text),
        place_id=KEYWORD(commas=True, stored=True),
        tag=TEXT(analyzer=analysis.keyword_analyzer(), phrase=False, stored=True),
        language=ID(),
        source=TEXT(analyzer=text),
        date_lo=NUMERIC(int, bits=32),
        date_hi=NUMERIC(int, bits=32),
    )


def place_fields(article: Article, places: PlaceResolver | None) -> tuple[list[str], list[str]]:
    """The article's place names plus every name of the places they resolve to, and their ids."""
    names = list(article.places)
    ids: list[str] = []
    for name in article.places:
        place = places.resolve(name) if places else None
        if place is not None:
            ids.append(place.id)
            names.extend(sorted(place.all_names))
    return list(dict.fromkeys(names)), sorted(set(ids))


def document(
    article: Article, path: str, digest: str, places: PlaceResolver | None
) -> dict[str, Any]:
    """The whoosh document of one article; ``path`` is relative to the content folder."""
    names, ids = place_fields(article, places)
    doc: dict[str, Any] = {
        "path": path,
        "digest": digest,
        "record": {
            "title": article.title,
            "summary": article.summary,
            "date": article.date.iso if article.date else "",
            "language": article.language,
            "source": article.source,
            "authors": list(article.authors),
            "places": list(article.places),
            "tags": list(article.tags),
        },
        "slug": article.slug,
        "title": article.title,
        "summary": article.summary,
        "body": article.body,
        "place": " \n ".join(names),
        "place_id": ",".join(ids),
        "tag": ",".join(article.tags),
        "language": article.language,
        "source": " ".join(
            str(s) for s in (article.source, article.extra.get("original_source")) if s
        ),
    }
    if article.date is not None:
        doc["date_lo"], doc["date_hi"] = date_span(article.date.iso)
    return doc


def date_span(iso: str) -> tuple[int, int]:
    """First and last day a (partial) ISO date can mean, as YYYYMMDD numbers."""
    parts = [int(p) for p in iso.split("-")]
    year, month, day = parts[0], (parts[1:2] or [0])[0], (parts[2:3] or [0])[0]
    last_month = month or 12
    last_day = day or calendar.monthrange(year, last_month)[1]
    return (
        year * 10000 + (month or 1) * 100 + (day or 1),
        year * 10000 + last_month * 100 + last_day,
    )


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
