"""The raw captures the articles name, checked by ``archivist check`` and by every build.

An imported article names the file its raw capture was kept in (``capture_file``,
``captures/<sha256>`` and a suffix by kind, inside the content folder) and the SHA-256 of
its bytes (``raw_sha256``). :func:`capture_problems` is the one check, which ``check`` and
``build`` both run (through :func:`~archivist.places.placenames.check_content`): a capture
misnamed, missing, or edited or swapped since the import is an error on the article's
``capture_file`` line. A build publishes each published article's capture at the same path
under the site, beside the report (:func:`published_captures`, checked again as it is
read); drafts' captures are checked but not published.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from archivist.errors import ContentError, Problem

from .model import Archive, Article

#: The folder of the content folder the raw captures are kept in.
FOLDER = "captures"
#: A capture's file name after its digest, by kind. Text and pages are always a ``.txt``,
#: so that no reader takes one for an article and no browser runs a captured page's
#: scripts; a web-archive record is a ``.warc`` (one record is a WARC file, which WARC
#: tools read; a browser gets it as a WARC or an unknown type, and renders none of it).
SUFFIXES = {"text": ".txt", "html": ".html.txt", "markdown": ".md.txt", "warc": ".warc"}
#: The format of a capture's bytes, by kind (IANA media types; ISO 28500 registers WARC's).
FORMATS = {
    "text": "text/plain",
    "html": "text/html",
    "markdown": "text/markdown",
    "warc": "application/warc",
}
_NAME = re.compile(
    rf"{FOLDER}/(?P<digest>[0-9a-f]{{64}})(?:{'|'.join(map(re.escape, SUFFIXES.values()))})"
)


def capture_name(digest: str, kind: str) -> str:
    """Where the capture of SHA-256 ``digest`` and ``kind`` is kept, in the content folder."""
    return f"{FOLDER}/{digest}{SUFFIXES[kind]}"


def content_format(name: str) -> str:
    """The format of the bytes of the capture kept as ``name`` (its kind's media type)."""
    kinds = sorted(SUFFIXES, key=lambda kind: -len(SUFFIXES[kind]))  # .html.txt before .txt
    return next((FORMATS[kind] for kind in kinds if name.endswith(SUFFIXES[kind])), "")


def served_type(name: str) -> str:
    """The media type a link to the capture kept as ``name`` announces: what a static host
    serves it as (a text or page is served as plain text, never run)."""
    return FORMATS["warc"] if name.endswith(SUFFIXES["warc"]) else FORMATS["text"]


def capture_problems(articles: Iterable[Article], content: Path) -> list[Problem]:
    """One problem per article whose raw capture is misnamed, missing or not the bytes
    its ``raw_sha256`` names."""
    checked = (_checked(article, content) for article in articles)
    return [found for found in checked if isinstance(found, Problem)]


def published_captures(archive: Archive, content: Path) -> dict[str, bytes]:
    """Site path -> bytes of every published article's raw capture, each checked as it is
    read; ContentError as :func:`capture_problems` says."""
    found: dict[str, bytes] = {}
    problems: list[Problem] = []
    for article in archive.articles:
        data = _checked(article, content)
        if isinstance(data, Problem):
            problems.append(data)
        elif data is not None:
            found[str(article.extra["capture_file"])] = data
    if problems:
        raise ContentError(problems)
    return found


def _checked(article: Article, content: Path) -> bytes | Problem | None:
    """The bytes of the article's raw capture if they have its digest (None: it names none)."""
    name = str(article.extra.get("capture_file") or "")
    if not name:
        return None
    digest = str(article.extra.get("raw_sha256") or "")
    line = article.lines.get("capture_file")
    match = _NAME.fullmatch(name)
    if match is None or match.group("digest") != digest:
        return Problem(
            article.path,
            line,
            f"capture_file “{name}” is not captures/<raw_sha256> and a capture's suffix",
            "re-import the capture, or write the file's name as the import did",
        )
    path = content / name
    if path.is_symlink() or not path.is_file():
        return Problem(
            article.path,
            line,
            f"its raw capture {name} is missing",
            "restore it from your copy or version control, or re-import the capture",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        message = f"its raw capture {name} cannot be read ({reason})"
        return Problem(article.path, line, message, "check its permissions")
    if hashlib.sha256(data).hexdigest() != digest:
        return Problem(
            article.path,
            line,
            f"its raw capture {name} no longer has its SHA-256 (raw_sha256)",
            "restore the bytes as captured; a capture is evidence and is never edited",
        )
    return data
