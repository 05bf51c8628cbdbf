"""The raw captures a published article names, checked before they are published.

An imported article names the file its raw capture was kept in (``capture_file``,
``captures/<sha256>.txt``, ``.html.txt`` or ``.md.txt`` inside the content folder) and
the SHA-256 of its bytes (``raw_sha256``). A build publishes that file at the same path
under the site, beside the report, only if its bytes still have that digest: a capture
edited, swapped or missing since the import is an error, never a silent omission.
Drafts' captures are not published.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from archivist.errors import ContentError, Problem

from .model import Archive

#: The folder of the content folder the raw captures are kept in.
FOLDER = "captures"
#: A capture's file name after its digest, by kind: always a ``.txt``, so that no reader
#: takes it for an article and no browser runs a captured page's scripts.
SUFFIXES = {"text": ".txt", "html": ".html.txt", "markdown": ".md.txt"}
_NAME = re.compile(
    rf"{FOLDER}/(?P<digest>[0-9a-f]{{64}})(?:{'|'.join(map(re.escape, SUFFIXES.values()))})"
)


def capture_name(digest: str, kind: str) -> str:
    """Where the capture of SHA-256 ``digest`` and ``kind`` is kept, in the content folder."""
    return f"{FOLDER}/{digest}{SUFFIXES[kind]}"


def published_captures(archive: Archive, content: Path) -> dict[str, bytes]:
    """Site path -> bytes of every published article's raw capture; ContentError for a
    capture that is missing, outside ``captures/``, or no longer has its digest."""
    found: dict[str, bytes] = {}
    problems: list[Problem] = []
    for article in archive.articles:
        name = str(article.extra.get("capture_file") or "")
        if not name:
            continue
        data = _checked(article.path, content, name, str(article.extra.get("raw_sha256", "")))
        if isinstance(data, Problem):
            problems.append(data)
        else:
            found[name] = data
    if problems:
        raise ContentError(problems)
    return found


def _checked(article: Path, content: Path, name: str, digest: str) -> bytes | Problem:
    match = _NAME.fullmatch(name)
    if match is None or match.group("digest") != digest:
        return Problem(
            article, None, f"capture_file “{name}” is not captures/<raw_sha256>.txt", "re-import"
        )
    path = content / name
    if path.is_symlink() or not path.is_file():
        return Problem(article, None, f"its raw capture {name} is missing", "restore it")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != digest:
        return Problem(
            article, None, f"its raw capture {name} no longer has its SHA-256", "restore it"
        )
    return data
