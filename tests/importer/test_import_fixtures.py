"""Varied captures (tests/fixtures/captures) import to the fields in expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.importer.batch import Outcome, Target, import_captures
from archivist.importer.cli import place_index
from conftest import ROOT

FIXTURES = Path(__file__).parents[1] / "fixtures" / "captures"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "expected.json").read_text(encoding="utf-8")
)
FIELDS = ("title", "slug", "date", "language", "source", "source_url", "authors", "places")
CASES = [(name, key) for name, expected in EXPECTED.items() for key in FIELDS if key in expected]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    content = tmp_path_factory.mktemp("content")
    done = import_captures([FIXTURES], Target(content, place_index(ROOT / "gazetteer.yaml")))
    return {outcome.path.name: outcome for outcome in done}


def article(outcome: Outcome) -> Article:
    assert outcome.target is not None
    result = read_article(outcome.target)
    assert isinstance(result, Article), result
    return result


def test_every_capture_is_accounted_for(outcomes: dict[str, Outcome]) -> None:
    captures = {p.name for p in FIXTURES.iterdir() if p.suffix != ".json"}
    assert set(outcomes) == captures == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_status(outcomes: dict[str, Outcome], name: str) -> None:
    assert outcomes[name].status == EXPECTED[name]["status"]


@pytest.mark.parametrize(("name", "key"), CASES)
def test_field(outcomes: dict[str, Outcome], name: str, key: str) -> None:
    written = article(outcomes[name])
    value: Any = getattr(written, key)
    if key == "date":
        value = written.date.iso if written.date else None
    if key in ("places", "authors"):
        value = list(value)
    assert value == EXPECTED[name][key]


@pytest.mark.parametrize("name", [n for n in EXPECTED if "flags" in EXPECTED[n]])
def test_flags_for_review(outcomes: dict[str, Outcome], name: str) -> None:
    draft = outcomes[name].draft
    assert draft is not None
    for flag in EXPECTED[name]["flags"]:  # a flag, or its start (suggestions vary)
        assert any(found.startswith(flag) for found in draft.flags), (flag, draft.flags)


@pytest.mark.parametrize(
    "name", [n for n in EXPECTED if {"body_includes", "body_excludes"} & EXPECTED[n].keys()]
)
def test_body_keeps_the_report_and_drops_the_furniture(
    outcomes: dict[str, Outcome], name: str
) -> None:
    body = article(outcomes[name]).body
    for text in EXPECTED[name].get("body_includes", []):
        assert text in body
    for text in EXPECTED[name].get("body_excludes", []):
        assert text not in body


def test_the_whitespace_changed_copy_is_reported_as_a_duplicate(
    outcomes: dict[str, Outcome],
) -> None:
    copy = outcomes["en_dateline_weekday_copy.txt"]
    original = outcomes["en_dateline_weekday.txt"]
    assert copy.target == original.target
