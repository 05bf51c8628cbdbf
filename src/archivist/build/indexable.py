"""Which pages of a finished build the sitemap lists: every HTML page whose head does
not mark it noindex (the redirects of old and short addresses, withdrawn reports).

A page made or taken from the same fingerprint as in the last build
(:mod:`archivist.build.page_reuse`) has the same bytes, so the answer for its head is
carried from that build (in the build cache) instead of read again: at 10,000
articles a rebuild would otherwise read the heads of 25,000 pages.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from .carried import Carried

NOINDEX = '<meta name="robots" content="noindex">'
#: Whether each page with a fingerprint is marked noindex, by that fingerprint.
ANSWERS: Carried[dict[bytes, bool]] = Carried("noindex pages")


def indexable_folders(
    output: Path,
    listing: Mapping[str, Collection[str]],
    made_from: Callable[[str], bytes | None],
) -> list[str]:
    """The folders under ``output`` whose ``index.html`` may be indexed, relative and
    ending in "/" ("" for the site's root); ``listing`` holds each folder's files (as
    :func:`~archivist.paths.files_by_folder` gives them), ``made_from`` a page's
    fingerprint (from its path relative to ``output``), if it has one."""
    earlier = ANSWERS.earlier or {}
    answers: dict[bytes, bool] = {}
    found = []
    for base, names in listing.items():
        if "index.html" not in names:
            continue
        fingerprint = made_from(f"{base}index.html")
        noindex = earlier.get(fingerprint) if fingerprint is not None else None
        if noindex is None:
            noindex = NOINDEX in _head(output / base / "index.html")
        if fingerprint is not None:
            answers[fingerprint] = noindex
        if not noindex:
            found.append(base)
    ANSWERS.keep(answers)
    return found


def _head(page: Path) -> str:
    """The page up to the end of its head, where a robots meta tag must be."""
    with page.open("rb") as stream:
        text = b""
        while b"</head>" not in text and (more := stream.read(4096)):
            text += more
    return text.partition(b"</head>")[0].decode("utf-8", "replace")
