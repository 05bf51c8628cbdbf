"""The raw capture, kept byte for byte beside the report it became.

Each imported capture's bytes as they were read (the text file, the saved HTML page, or
the whole web-archive record: WARC header, HTTP headers and the page as served) are
written once to ``captures/`` inside the content folder, named by their SHA-256
(:func:`archivist.content.captures.capture_name`: e.g. ``captures/<digest>.html.txt``,
``captures/<digest>.warc``). The draft records the digest (``raw_sha256``)
and the file (``capture_file``) beside the capture's address, time and method, and a
second import of the same bytes is refused as a duplicate by the digest.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from archivist.content.captures import capture_name
from archivist.errors import Problem

from .capture import Capture


def raw_digest(capture: Capture) -> str:
    """SHA-256 (hex) of the capture's bytes; empty when they were not kept."""
    return hashlib.sha256(capture.raw).hexdigest() if capture.raw else ""


def raw_file(capture: Capture) -> str:
    """Where the raw capture is kept, relative to the content folder ("" if not kept)."""
    digest = raw_digest(capture)
    return capture_name(digest, capture.raw_kind or capture.kind) if digest else ""


def keep_raw(content_dir: Path, capture: Capture) -> Path | Problem | None:
    """Write the raw capture once (the same bytes already there are left as they are)."""
    name = raw_file(capture)
    if not name:
        return None
    target = content_dir / name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as handle:
            handle.write(capture.raw)
    except FileExistsError:
        if target.is_symlink() or not target.is_file() or target.read_bytes() != capture.raw:
            return Problem(target, None, "exists with other bytes", "move it out of the way")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return Problem(target, None, f"cannot be written ({reason})", "check the folder")
    return target
