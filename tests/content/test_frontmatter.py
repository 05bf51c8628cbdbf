from pathlib import Path

import pytest

from archivist.content.frontmatter import FrontMatter, parse
from archivist.errors import Problem

PATH = Path("content/example.md")


def parsed(text: str) -> FrontMatter:
    result = parse(text, PATH)
    assert isinstance(result, FrontMatter), result
    return result


def problem(text: str) -> Problem:
    result = parse(text, PATH)
    assert isinstance(result, Problem), result
    return result


def test_fields_carry_the_line_they_are_written_on() -> None:
    front = parsed("---\ntitle: A title\ndate: 2024-05-09\n---\n\nBody.\n")
    assert front.fields["title"].value == "A title"
    assert front.fields["title"].line == 2
    assert front.fields["date"].line == 3
    assert front.body == "\nBody.\n"
    assert front.body_line == 5


def test_scalars_stay_text_so_yaml_cannot_reinterpret_them() -> None:
    front = parsed(
        "---\ntitle: no\ncode: 0123\ndate: 2024-05-09\nyear: 2019\ntags: [yes, off]\n---\n"
    )
    values = {key: field.value for key, field in front.fields.items()}
    assert values == {
        "title": "no",
        "code": "0123",
        "date": "2024-05-09",
        "year": "2019",
        "tags": ["yes", "off"],
    }


def test_an_empty_value_is_none() -> None:
    assert parsed("---\ntitle: x\nsource:\n---\n").fields["source"].value is None


def test_a_file_without_front_matter_says_how_to_start_one() -> None:
    found = problem("Just a body.\n")
    assert found.line == 1
    assert "no front-matter" in found.message
    assert "'---'" in found.fix


def test_an_unclosed_front_matter_is_reported() -> None:
    assert "no front-matter" in problem("---\ntitle: x\n").message


def test_invalid_yaml_names_the_line_of_the_file() -> None:
    found = problem("---\ntitle: fine\nplaces: [Raqqa, Hesekê\ntags: x\n---\n")
    assert "not valid YAML" in found.message
    assert found.line is not None and found.line >= 3
    assert str(found).startswith("content/example.md:")


def test_duplicate_keys_are_refused_not_overwritten() -> None:
    found = problem("---\ntitle: first\nslug: a\ntitle: second\n---\n")
    assert found.line == 4
    assert "'title' appears twice (first on line 2)" in found.message


@pytest.mark.parametrize(
    "yaml_text",
    ["base: &a x\ncopy: *a\n", "title: &anchor x\n", "a: &x [1]\nb: [*x, *x]\n"],
)
def test_anchors_and_aliases_are_refused(yaml_text: str) -> None:
    assert "anchors and aliases" in problem(f"---\n{yaml_text}---\n").message


@pytest.mark.parametrize("yaml_text", ["- a list\n- of items\n", "just text\n"])
def test_the_front_matter_must_be_a_mapping(yaml_text: str) -> None:
    assert "must be a mapping" in problem(f"---\n{yaml_text}---\n").message


def test_an_oversized_front_matter_is_refused_before_parsing() -> None:
    found = problem("---\nsummary: " + "x" * 70_000 + "\n---\n")
    assert "larger than 64 KiB" in found.message


def test_python_object_tags_are_refused() -> None:
    found = problem("---\ntitle: !!python/object/apply:os.system ['true']\n---\n")
    assert "YAML tags" in found.message
