"""Import many captures: expand folders, read, draft, check for duplicates, write.

Each capture is one :class:`Outcome`; a capture that fails never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from archivist.errors import Problem

from .capture import SUFFIXES, Capture, decode, html_capture, read_capture
from .draft import Draft, make_draft
from .duplicates import Ledger, scan
from .pageframe import repeated_lines, site_of
from .placenames import PlaceIndex
from .provenance import keep_raw, raw_digest
from .webarchive import ARCHIVE_SUFFIXES, Record, is_web_archive, read_archive
from .writer import render, unique_slug, write_new

WRITTEN = "written"
WOULD_WRITE = "would write"
DUPLICATE = "duplicate"
FAILED = "failed"
Progress = Callable[[int, int, Path], None]
#: Text -> the archive's most similar articles as (file, score from 0 to 1), best first.
Similar = Callable[[str], Sequence[tuple[Path, float]]]
MAX_SLUG_TRIES = 100
#: Above this similarity a capture is probably a copy of the article (see archivist similar).
NEAR_DUPLICATE = 0.8


@dataclass(frozen=True)
class Target:
    """Where and how a batch writes."""

    content_dir: Path
    places: PlaceIndex | None
    dry_run: bool = False
    source_url: str = ""
    similar: Similar | None = None
    #: The address of some captures, by path (a batch whose pages came from a list).
    source_urls: Mapping[Path, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    path: Path
    status: str  # WRITTEN, WOULD_WRITE, DUPLICATE or FAILED
    draft: Draft | None = None
    target: Path | None = None  # the article written, or the one it duplicates
    problem: Problem | None = None
    notes: tuple[str, ...] = ()  # batch-level flags, e.g. a possible duplicate


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Outcome]]:
    """Capture files named or inside the named folders (sorted), and the paths that fail."""
    files: list[Path] = []
    failed: list[Outcome] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and (p.suffix.lower() in SUFFIXES or is_web_archive(p))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file() or path.is_symlink():
            files.append(path)
        else:
            problem = Problem(path, None, "no such file or folder", "check the path")
            failed.append(Outcome(path, FAILED, problem=problem))
    return list(dict.fromkeys(files)), failed


def import_captures(
    paths: Iterable[Path], job: Target, progress: Progress | None = None
) -> list[Outcome]:
    """Import every capture under ``paths`` as ``job`` says (nothing written if dry).

    All captures are read first, so that the lines a site repeats on its pages (its
    frame) are known before any of its pages is drafted.
    """
    files, outcomes = collect(paths)
    ledger = scan(job.content_dir)
    loaded: list[tuple[Capture, str] | Outcome] = []
    for done, path in enumerate(files, start=1):
        if is_web_archive(path):
            loaded += [_one_record(item) for item in read_archive(path)]
        else:
            loaded.append(_one(path, job))
        if progress is not None:
            progress(done, len(files), path)
    pages = [item for item in loaded if not isinstance(item, Outcome)]
    frames = repeated_lines((_site(c, url), c.blocks) for c, url in pages)
    for item in loaded:
        if isinstance(item, Outcome):
            outcomes.append(item)
            continue
        capture, url = item
        frame = frames.get(_site(capture, url), frozenset())
        outcomes.append(_import(capture, job, ledger, url, frame))
    return outcomes


def _site(capture: Capture, url: str) -> str:
    return site_of(url or capture.meta.url)


def _possible_duplicates(draft: Draft, job: Target, ledger: Ledger) -> tuple[str, ...]:
    """Flags for review: an article with the same title, or with nearly the same text."""
    same_title = ledger.same_title(draft.title)
    if same_title:
        return (f"possible duplicate of {same_title} (same title)",)
    matches = job.similar("\n\n".join(draft.body)) if job.similar else ()
    near = [(path, score) for path, score in matches if score >= NEAR_DUPLICATE]
    return tuple(f"possible duplicate of {p} (similarity {s:.2f})" for p, s in near[:1])


def _write(draft: Draft, content_dir: Path, slug: str, ledger: Ledger) -> Path | Problem:
    """Create the article file; a file that appeared meanwhile makes it take the next slug."""
    for _ in range(MAX_SLUG_TRIES):
        try:
            return write_new(content_dir, slug, render(draft.fields(slug), draft.markdown_body))
        except FileExistsError:
            ledger.slugs.add(slug)
            slug = unique_slug(draft.slug_base, ledger.slugs, content_dir)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            target = content_dir / f"{slug}.md"
            return Problem(target, None, f"cannot be written ({reason})", "check the folder")
    return Problem(content_dir / f"{slug}.md", None, "no free slug", "rename some articles")


def _one(path: Path, job: Target) -> tuple[Capture, str] | Outcome:
    if path.suffix.lower() not in SUFFIXES:
        kinds = ", ".join(sorted(SUFFIXES) + list(ARCHIVE_SUFFIXES))
        problem = Problem(path, None, "is not a capture this command reads", f"use {kinds}")
        return Outcome(path, FAILED, problem=problem)
    capture = read_capture(path)
    if isinstance(capture, Problem):
        return Outcome(path, FAILED, problem=capture)
    return capture, job.source_urls.get(path, job.source_url)


def _one_record(item: Record | Problem) -> tuple[Capture, str] | Outcome:
    """One HTML page of a web archive, with its address and time of capture."""
    if isinstance(item, Problem):
        return Outcome(item.path, FAILED, problem=item)
    path = Path(item.name)
    if item.payload is None:
        problem = Problem(path, None, "is a page larger than 20 MiB", "import it by hand")
        return Outcome(path, FAILED, problem=problem)
    decoded = decode(item.payload)
    if decoded is None:
        problem = Problem(path, None, "cannot be decoded as text", "check the archive")
        return Outcome(path, FAILED, problem=problem)
    capture = html_capture(path, decoded[0], decoded[1])
    method = "web archive record"  # ``imported_from`` names the record
    capture = replace(
        capture, captured_at=item.captured_at, method=method, raw=item.record, raw_kind="warc"
    )
    if not capture.blocks:
        problem = Problem(path, None, "has no text", "check that it is the page you meant")
        return Outcome(path, FAILED, problem=problem)
    return capture, item.target_uri


def _import(
    capture: Capture, job: Target, ledger: Ledger, source_url: str, frame: frozenset[str]
) -> Outcome:
    path = capture.path
    draft = make_draft(capture, job.places, source_url, frame)
    if not draft.body:
        problem = Problem(
            path,
            None,
            "has no article text once its title and furniture are taken out",
            "check that it is the capture you meant, or write the article by hand",
        )
        return Outcome(path, FAILED, draft, problem=problem)
    same_bytes = ledger.same_capture(raw_digest(capture))
    if same_bytes is not None:
        note = f"the same capture (SHA-256 {raw_digest(capture)[:12]}…) was imported already"
        return Outcome(path, DUPLICATE, draft, same_bytes, notes=(note,))
    existing = ledger.duplicate_of(draft.fingerprint)
    if existing is not None:
        return Outcome(path, DUPLICATE, draft, existing)
    notes = _possible_duplicates(draft, job, ledger)
    slug = unique_slug(draft.slug_base, ledger.slugs, job.content_dir)
    target = job.content_dir / f"{slug}.md"
    if not job.dry_run:
        kept = keep_raw(job.content_dir, capture)  # first: no article without its capture
        if isinstance(kept, Problem):
            return Outcome(path, FAILED, draft, problem=kept)
        written = _write(draft, job.content_dir, slug, ledger)
        if isinstance(written, Problem):
            return Outcome(path, FAILED, draft, problem=written)
        slug, target = written.stem, written
    ledger.add(draft.fingerprint, slug, target, draft.title, raw_digest(capture))
    return Outcome(path, WOULD_WRITE if job.dry_run else WRITTEN, draft, target, notes=notes)
