"""What every page of a site depends on, as one digest: the code and libraries, the
theme, the plugins, the settings and the gazetteer. A page is taken from the previous
build only if this digest and its own inputs' are unchanged."""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from archivist.reuse.fingerprint import Unfingerprintable, fingerprint

from .cache import code_version
from .state import SETTING

#: Settings that name this build's own folders and state, not what its pages hold.
_PER_BUILD = {"OUTPUT_PATH", SETTING}
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def project_digest(settings_file: Path) -> bytes:
    """The settings file and its neighbours it may import (a function's code is not in
    the settings' values)."""
    return fingerprint([p.read_bytes() for p in sorted(settings_file.parent.glob("*.py"))])


def site_digest(project: bytes, gazetteer: Path, settings: Mapping[str, Any]) -> bytes:
    """What every page depends on: the ``project``'s code (:func:`project_digest`),
    libraries, theme, plugins, ``settings`` and ``gazetteer``."""
    return fingerprint(
        (
            project,
            software(),
            _files_digest(Path(settings["THEME"])),
            [_files_digest(Path(p)) for p in settings.get("PLUGIN_PATHS", [])],
            _settings_digest(settings),
            gazetteer.read_bytes(),
        )
    )


@functools.cache
def software() -> bytes:
    """The digest of this code, Python's version and every installed library's."""
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    return fingerprint((code_version(), sys.version, installed))


def _files_digest(folder: Path) -> bytes:
    digest = hashlib.blake2b(digest_size=20)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.digest()


def _settings_digest(settings: Mapping[str, Any]) -> bytes:
    parts = []
    for key in sorted(set(settings) - _PER_BUILD):
        try:
            parts.append((key, fingerprint(settings[key])))
        except Unfingerprintable:  # e.g. a function: its code is in the project's digest
            parts.append((key, _ADDRESS.sub("", repr(settings[key])).encode()))
    return fingerprint(parts)
