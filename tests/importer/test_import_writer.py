"""Front-matter the strict loader reads back exactly; files are created, never replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivist.content import frontmatter
from archivist.content.frontmatter import CONTROL
from archivist.importer.writer import quote, render, unique_slug, write_new

FIELDS = {
    "title": 'He said: "no" # not a comment',
    "slug": "a-slug",
    "date": "2024-05-09",
    "language": "ar",
    "places": ("الرقة", "Sina’a Prison", "yes", "[x]"),
    "summary": "no",
    "imported_from": "000.txt",
}


def read_back(text: str) -> dict[str, object]:
    parsed = frontmatter.parse(text, Path("x.md"))
    assert isinstance(parsed, frontmatter.FrontMatter), parsed
    return {key: field.value for key, field in parsed.fields.items()}


def test_keys_come_in_a_fixed_order_and_empty_values_are_left_out() -> None:
    text = render({**FIELDS, "source": ""}, ("Para one.", "Para two."))
    keys = [line.split(":")[0] for line in text.split("---")[1].strip().splitlines()]
    assert keys == ["title", "slug", "date", "language", "places", "summary", "imported_from"]
    assert text.endswith("---\n\nPara one.\n\nPara two.\n")


def test_values_read_back_unchanged() -> None:
    values = read_back(render(FIELDS, ("Body.",)))
    assert values == {k: list(v) if isinstance(v, tuple) else v for k, v in FIELDS.items()}


@given(st.text().filter(lambda text: not CONTROL.search(text)))
def test_any_text_round_trips_through_the_strict_loader(value: str) -> None:
    assert read_back(f"---\ntitle: {quote(value)}\n---\n") == {"title": value}


def test_control_characters_are_left_out_of_a_draft() -> None:
    text = render({"title": "Red\x1b[31m alert\x00", "places": ("A\x08b",)}, ("One\x0ctwo.",))
    assert read_back(text) == {"title": "Red[31m alert", "places": ["Ab"]}
    assert text.endswith("\n\nOnetwo.\n")


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        render({"save_as": "x"}, ())


def test_a_taken_slug_gets_a_number(tmp_path: Path) -> None:
    (tmp_path / "report.md").write_text("x", encoding="utf-8")
    assert unique_slug("report", set(), tmp_path) == "report-2"
    assert unique_slug("report", {"report-2"}, tmp_path) == "report-3"
    assert unique_slug("other", set(), tmp_path) == "other"


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    write_new(tmp_path, "report", "first")
    with pytest.raises(FileExistsError):
        write_new(tmp_path, "report", "second")
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == "first"
