"""Which article files the curator's index holds, and at which content hash.

Kept next to the index (``manifest.json``) so that finding what changed does not
read every article: a file whose size and modification time are unchanged keeps its
recorded SHA-256, as git's own index does; any other file is hashed, and only a
different hash makes it "changed". The manifest names the index generation it
describes; after any other commit it is ignored and the hashes are read from the
index itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from archivist.content.files import article_files, read_bytes

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class FileState:
    """An article file as last seen: size and modification time, and its content hash."""

    digest: str
    size: int = -1
    mtime_ns: int = -1


def scan(content_dir: Path, known: Mapping[str, FileState]) -> dict[str, FileState]:
    """Every article file of ``content_dir`` (relative POSIX path) with its current state."""
    states = {}
    skip = len(content_dir.parts)
    for path in article_files(content_dir)[0]:
        name = "/".join(path.parts[skip:])
        status = path.stat()
        before = known.get(name)
        if before and (before.size, before.mtime_ns) == (status.st_size, status.st_mtime_ns):
            states[name] = before
        else:
            data = read_bytes(path)  # a FIFO or a device is refused, not waited on
            digest = hashlib.sha256(data if isinstance(data, bytes) else b"").hexdigest()
            states[name] = FileState(digest, status.st_size, status.st_mtime_ns)
    return states


def read_manifest(location: Path, generation: int) -> dict[str, FileState] | None:
    """The recorded states, if the manifest describes index ``generation``; else None."""
    try:
        data = json.loads((location / MANIFEST).read_text(encoding="utf-8"))
        if data["generation"] != generation:
            return None
        return {name: FileState(*state) for name, state in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_manifest(location: Path, generation: int, files: Mapping[str, FileState]) -> None:
    document = {
        "generation": generation,
        "files": {name: [s.digest, s.size, s.mtime_ns] for name, s in sorted(files.items())},
    }
    partial = location / f".{MANIFEST}.{os.getpid()}"
    partial.write_text(json.dumps(document, sort_keys=True), encoding="utf-8")
    partial.replace(location / MANIFEST)
