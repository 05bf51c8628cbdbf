"""The digest that decides whether a page can be taken from the previous build."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
from collections import namedtuple
from dataclasses import dataclass
from pathlib import Path

import pytest

from archivist.reuse.fingerprint import Fingerprints, Unfingerprintable, fingerprint


@dataclass(frozen=True)
class Report:
    title: str
    tags: tuple[str, ...]
    date: dt.date | None = None


def test_equal_data_gives_equal_digests() -> None:
    first = {
        "report": Report("Raqqa", ("isis",), dt.date(2024, 5, 9)),
        "places": {"Raqqa", "Kobanê"},
    }
    second = {
        "places": {"Kobanê", "Raqqa"},
        "report": Report("Raqqa", ("isis",), dt.date(2024, 5, 9)),
    }
    assert fingerprint(first) == fingerprint(second)


@pytest.mark.parametrize(
    "other",
    [
        Report("Raqqa", ("isis", "sdf")),
        Report("Raqqa ", ("isis",)),
        Report("Raqqa", ("isis",), dt.date(2024, 5, 9)),
        ("Raqqa", ("isis",), None),
        ["Raqqa", ["isis"], None],
    ],
)
def test_any_difference_changes_the_digest(other: object) -> None:
    assert fingerprint(Report("Raqqa", ("isis",))) != fingerprint(other)


def test_text_and_numbers_are_told_apart() -> None:
    assert len({fingerprint(v) for v in ["1", 1, 1.0, True, b"1", None, "None"]}) == 7
    assert fingerprint(("ab", "c")) != fingerprint(("a", "bc"))


def test_the_digest_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        "from archivist.reuse.fingerprint import fingerprint;"
        "print(fingerprint({'places': {'Raqqa', 'Kobanê', 'الحسكة'}, 'n': (1, 2.5)}).hex())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def test_an_object_it_cannot_see_into_is_refused_not_guessed() -> None:
    with pytest.raises(Unfingerprintable):
        fingerprint({"settings": object()})
    with pytest.raises(Unfingerprintable):
        fingerprint([print])


def test_a_value_that_contains_itself_is_refused() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(Unfingerprintable):
        fingerprint(loop)


def test_a_named_tuple_is_digested_as_its_items() -> None:
    Period = namedtuple("Period", "year month")  # as a library would make it
    assert fingerprint(Period(2024, 5)) == fingerprint((2024, 5)) != fingerprint((2024, 6))


def test_paths_and_dates_are_values() -> None:
    assert fingerprint(Path("a/b")) == fingerprint(Path("a") / "b")
    assert fingerprint(dt.datetime(2024, 5, 9, tzinfo=dt.UTC)) != fingerprint(dt.date(2024, 5, 9))


def test_mappings_differ_by_any_key_or_value() -> None:
    mappings = [{"a": 1}, {"b": 1}, {"a": 2}, {1: 1}, {"a": 1, "b": 1}, {}]
    assert len({fingerprint(m) for m in mappings}) == len(mappings)


class Wrapped:
    """A library's object, digested through an adapter."""

    def __init__(self, title: str) -> None:
        self.title = title


def test_a_library_object_is_digested_through_its_adapter_once_per_build() -> None:
    seen: list[str] = []

    def as_data(wrapped: Wrapped) -> str:
        seen.append(wrapped.title)
        return wrapped.title

    raqqa, kobane = Wrapped("Raqqa"), Wrapped("Kobanê")
    build = Fingerprints({Wrapped: as_data})
    pages = [build.of({"article": raqqa, "next": kobane}), build.of({"article": kobane})]
    assert seen == ["Raqqa", "Kobanê"]
    another = Fingerprints({Wrapped: as_data})
    assert pages[0] == another.of({"article": Wrapped("Raqqa"), "next": Wrapped("Kobanê")})
    assert pages[1] != another.of({"article": Wrapped("Raqqa")})
    with pytest.raises(Unfingerprintable):  # without its adapter, its content is unknown
        fingerprint(raqqa)


def test_a_record_keeps_its_digest_through_pickling_and_is_not_digested_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = Report("Raqqa", ("isis",), dt.date(2024, 5, 9))
    digest = fingerprint((report, "on its page"))
    kept = pickle.loads(pickle.dumps(report))  # as the build cache keeps an article as read
    assert kept == report and fingerprint(Report("Raqqa", ("isis",))) != digest

    def refuse(*args: object) -> None:
        raise AssertionError("digested again")

    monkeypatch.setattr(Fingerprints, "_feed_parts", refuse)
    assert fingerprint((kept, "on its page")) == digest
