"""A stable digest of plain data: the same value gives the same bytes in every process.

A page can be taken from the previous build when the digest of everything its
template receives is unchanged (:mod:`archivist.page_reuse`). ``hash()`` and
``repr()`` will not do: string hashes change with each process and reprs of
objects carry addresses. Only data whose whole content is known is digested
(text, numbers, dates, paths, dataclasses, mappings, sequences, and types given an
adapter); anything else raises :class:`Unfingerprintable`, and the caller does the
work afresh instead of trusting a partial digest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import zoneinfo
from collections.abc import Callable, Mapping, Set
from pathlib import PurePath
from typing import Any


class Unfingerprintable(TypeError):
    """A value holds something whose content this module cannot vouch for."""


#: Value types whose repr is their whole content.
_VALUES = (dt.date, dt.time, dt.timedelta, dt.timezone, zoneinfo.ZoneInfo, PurePath, enum.Enum)

#: Types digested through a stand-in of plain data (e.g. a library's objects).
ADAPTERS: dict[type, Callable[[Any], Any]] = {}


def fingerprint(value: Any) -> bytes:
    """The digest of ``value``: equal for equal data, whatever the process or its hash seed."""
    digest = hashlib.blake2b(digest_size=20)
    _feed(digest, value, set())
    return digest.digest()


def _feed(digest: Any, value: Any, path: set[int]) -> None:
    kind = type(value)
    if value is None or kind in (bool, int, float, complex):
        digest.update(f"{kind.__name__}:{value!r};".encode())
    elif isinstance(value, str):  # also Markup: the same text renders the same
        digest.update(b"s%d:" % len(value))
        digest.update(value.encode("utf-8", "surrogatepass"))
    elif isinstance(value, bytes):
        digest.update(b"b%d:" % len(value) + value)
    elif isinstance(value, _VALUES):
        digest.update(f"{kind.__qualname__}:{value!r};".encode())
    else:
        if id(value) in path:
            raise Unfingerprintable(f"a {kind.__qualname__} that contains itself")
        path.add(id(value))
        _feed_container(digest, value, path)
        path.discard(id(value))


def _feed_container(digest: Any, value: Any, path: set[int]) -> None:
    kind = type(value)
    adapter = next((ADAPTERS[base] for base in kind.__mro__ if base in ADAPTERS), None)
    if adapter is not None:
        digest.update(f"<{kind.__qualname__}>".encode())
        _feed(digest, adapter(value), path)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        digest.update(f"{kind.__qualname__}(".encode())
        for field in dataclasses.fields(value):
            digest.update(field.name.encode() + b"=")
            _feed(digest, getattr(value, field.name), path)
        digest.update(b")")
    elif isinstance(value, Mapping):
        entries = sorted(((fingerprint(key), key) for key in value), key=lambda entry: entry[0])
        digest.update(b"{%d:" % len(entries))
        for key_digest, key in entries:
            digest.update(key_digest)
            _feed(digest, value[key], path)
        digest.update(b"}")
    elif isinstance(value, Set):
        digest.update(b"set" + b"".join(sorted(fingerprint(item) for item in value)))
    elif isinstance(value, (list, tuple)):
        digest.update(b"[%d:" % len(value))
        for item in value:
            _feed(digest, item, path)
        digest.update(b"]")
    else:
        raise Unfingerprintable(f"no digest for a {kind.__module__}.{kind.__qualname__}")
