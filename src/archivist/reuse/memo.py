"""Values computed from a text, remembered by the text's digest, within a build and across builds.

A build computes many things from each article's text: its reading, its rendered
body, its words. A :class:`Memo` computes each once per text. The domain's functions
take a memo as a parameter (none: compute afresh); the build owns one of each in its
store (:class:`archivist.build.cache.Store`), which saves the entries a build used and
hands them to the next build, so a rebuild computes only what an edit changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")


class Memo(Generic[Value]):
    """``compute(text)`` by ``text``'s digest; the entries looked up are what :meth:`used` gives."""

    def __init__(self, name: str) -> None:
        #: Where :meth:`of_record` keeps a text's key on its record.
        self._kept_as = f"_key of {name}"
        self._values: dict[bytes, Value] = {}
        self._used: set[bytes] = set()
        self._computed: set[bytes] = set()

    def get(self, text: str, compute: Callable[[str], Value]) -> Value:
        return self.get_keyed(text, compute)[1]

    def get_keyed(self, text: str, compute: Callable[[str], Value]) -> tuple[bytes, Value]:
        """:meth:`get`, and the key the value is kept by (for :meth:`by_key`)."""
        key = text_key(text)
        self._used.add(key)
        if key not in self._values:
            self._values[key] = compute(text)
            self._computed.add(key)
        return key, self._values[key]

    def of_record(
        self, record: Any, text: Callable[[Any], str], compute: Callable[[str], Value]
    ) -> Value:
        """``get(text(record))`` for a frozen dataclass ``record``, the text's key kept on it
        (in its ``__dict__``, beside its fields, as :mod:`archivist.reuse.fingerprint` keeps a
        digest): a build that asks again, or the next build (the build cache keeps records
        with what they hold), neither makes nor digests the text again."""
        key = record.__dict__.get(self._kept_as)
        if key is None or key not in self._values:
            key, value = self.get_keyed(text(record), compute)
            object.__setattr__(record, self._kept_as, key)
            return value
        self._used.add(key)
        return self._values[key]

    def by_key(self, key: bytes) -> Value:
        """The value kept by ``key``: got here, or in a worker whose entries were remembered."""
        self._used.add(key)
        return self._values[key]

    def used(self) -> dict[bytes, Value]:
        """The entries looked up: what the next build may need."""
        return {key: self._values[key] for key in self._used if key in self._values}

    def take_computed(self) -> dict[bytes, Value]:
        """The entries computed (not remembered) since the last call: a worker's share of work."""
        computed, self._computed = self._computed, set()
        return {key: self._values[key] for key in computed}

    def remember(self, entries: Mapping[bytes, Value]) -> None:
        """Take entries an earlier build computed (they are not marked used until looked up)."""
        self._values.update(entries)


def text_key(text: str) -> bytes:
    """The digest a memo keeps ``text``'s value by."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
