"""A stable digest of plain data: the same value gives the same bytes in every process.

A page can be taken from the previous build when the digest of everything its
template receives is unchanged (:mod:`archivist.build.page_reuse`). ``hash()`` and
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
from collections.abc import Callable, Mapping, Sequence, Set
from pathlib import PurePath
from typing import Any


class Unfingerprintable(TypeError):
    """A value holds something whose content this module cannot vouch for."""


#: Value types whose repr is their whole content.
_VALUES = (dt.date, dt.time, dt.timedelta, dt.timezone, zoneinfo.ZoneInfo, PurePath, enum.Enum)

#: Where a frozen dataclass keeps its digest.
_KEPT = "_fingerprint"

#: How values of given types are digested: through a stand-in of plain data (e.g. for a
#: library's objects). Like frozen dataclasses, adapted values are digested once per
#: :class:`Fingerprints`: an adapter is for objects that no longer change while pages are
#: made (a build's articles).
Adapters = Mapping[type, Callable[[Any], Any]]


def fingerprint(value: Any) -> bytes:
    """The digest of ``value``: equal for equal data, whatever the process or its hash seed."""
    return Fingerprints().of(value)


class Fingerprints:
    """Digests that remember those of frozen dataclasses (each keeps its own) and of
    adapted values (by identity).

    Many pages share parts (a report, on its page, on its neighbours' pages, in its
    listings and among others' related reports): each is digested once. Only the
    archive's records (frozen dataclasses) and the library objects that hold them
    (given ``adapters``) are remembered, not tuples: remembering every tuple kept every
    page's data alive and took the build's memory at 50,000 articles (117 entries an
    article). Keep one instance for as long as the values it saw are not changed
    (while one build makes its pages).
    """

    def __init__(self, adapters: Adapters | None = None) -> None:
        self._adapters: Adapters = adapters or {}
        self._known: dict[int, tuple[Any, bytes]] = {}  # id -> (the value, kept alive; digest)
        self._kinds: dict[type, _Kind] = {}

    def of(self, value: Any) -> bytes:
        data = bytearray()
        self._feed(data, value, set())
        return hashlib.blake2b(data, digest_size=20).digest()

    def _feed(self, data: bytearray, value: Any, path: set[int]) -> None:
        """Append ``value``'s bytes to ``data`` (digested whole: one call, not one a part)."""
        kind = type(value)
        if kind is str or isinstance(value, str):  # also Markup: the same text renders the same
            data += b"s%d:" % len(value)
            data += value.encode("utf-8", "surrogatepass")
        elif kind is tuple:  # holds itself only through a mutable part, which is checked
            self._feed_items(data, value, path)
        elif value is None or kind in (bool, int, float, complex):
            data += f"{kind.__name__}:{value!r};".encode()
        elif isinstance(value, bytes):
            data += b"b%d:" % len(value)
            data += value
        elif isinstance(value, _VALUES):
            data += f"{kind.__qualname__}:{value!r};".encode()
        else:
            known_kind = self._kinds.get(kind) or self._kinds.setdefault(
                kind, _Kind.of(kind, self._adapters)
            )
            if known_kind.remembered:
                data += b"@"
                data += self._remembered(value, known_kind, path)
            else:
                self._feed_parts(data, value, known_kind, path)

    def _remembered(self, value: Any, kind: _Kind, path: set[int]) -> bytes:
        """The digest of a record or adapted value, worked out once.

        A frozen dataclass keeps its own digest (in its ``__dict__``, beside its fields):
        it travels with the record, so a record the build cache kept (an article as
        read) is not digested again by the next build.
        """
        kept = getattr(value, "__dict__", None)
        if kind.fields is not None and kept is not None and _KEPT in kept:
            found: bytes = kept[_KEPT]
            return found
        known = self._known.get(id(value))
        if known is None:
            parts = bytearray()
            self._feed_parts(parts, value, kind, path)
            digest = hashlib.blake2b(parts, digest_size=20).digest()
            if kind.fields is not None and kept is not None:
                object.__setattr__(value, _KEPT, digest)
                return digest
            known = self._known[id(value)] = (value, digest)
        return known[1]

    def _feed_parts(self, data: bytearray, value: Any, kind: _Kind, path: set[int]) -> None:
        if id(value) in path:
            raise Unfingerprintable(f"a {type(value).__qualname__} that contains itself")
        path.add(id(value))
        if kind.adapter is not None:
            data += kind.header
            self._feed(data, kind.adapter(value), path)
        elif kind.fields is not None:
            data += kind.header
            for name, label in kind.fields:
                data += label
                self._feed(data, getattr(value, name), path)
            data += b")"
        elif isinstance(value, Mapping):
            self._feed_mapping(data, value, path)
        elif isinstance(value, Set):
            data += b"set" + b"".join(sorted(self.of(item) for item in value))
        elif isinstance(value, (list, tuple)):  # a list, or a named tuple
            self._feed_items(data, value, path)
        else:
            kind_name = f"{type(value).__module__}.{type(value).__qualname__}"
            raise Unfingerprintable(f"no digest for a {kind_name}")
        path.discard(id(value))

    def _feed_items(self, data: bytearray, value: Sequence[Any], path: set[int]) -> None:
        data += b"[%d:" % len(value)
        for item in value:
            self._feed(data, item, path)
        data += b"]"

    def _feed_mapping(self, data: bytearray, value: Mapping[Any, Any], path: set[int]) -> None:
        if all(type(key) is str for key in value):  # text keys (most): in code point order
            data += b"{s%d:" % len(value)
            for key in sorted(value):
                self._feed(data, key, path)
                self._feed(data, value[key], path)
        else:
            entries = sorted(((self.of(key), key) for key in value), key=lambda entry: entry[0])
            data += b"{%d:" % len(entries)
            for key_digest, key in entries:
                data += key_digest
                self._feed(data, value[key], path)
        data += b"}"


@dataclasses.dataclass(frozen=True)
class _Kind:
    """How values of one type are digested: through an adapter, field by field (a
    dataclass), or as a container; and whether each value's digest is remembered."""

    header: bytes
    adapter: Callable[[Any], Any] | None
    fields: tuple[tuple[str, bytes], ...] | None
    remembered: bool

    @classmethod
    def of(cls, kind: type, adapters: Adapters) -> _Kind:
        adapter = next((adapters[base] for base in kind.__mro__ if base in adapters), None)
        if adapter is not None:
            return cls(f"<{kind.__qualname__}>".encode(), adapter, None, True)
        if dataclasses.is_dataclass(kind):
            fields = tuple((f.name, f"{f.name}=".encode()) for f in dataclasses.fields(kind))
            frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
            return cls(f"{kind.__qualname__}(".encode(), None, fields, frozen)
        return cls(b"", None, None, False)
