"""Front-matter is data, never code: hostile and tricky YAML gives a Problem, in bounded time."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from archivist.content.articles import STEERING_KEYS, read_article
from archivist.content.files import MAX_ARTICLE_BYTES
from archivist.content.frontmatter import MAX_FRONT_MATTER_BYTES, FrontMatter, parse
from archivist.content.model import Article
from archivist.errors import Problem

PATH = Path("content/example.md")

#: YAML 1.1 would turn these into booleans, octal, hex, floats, dates or times.
LOOKALIKES = (
    "no",
    "No",
    "yes",
    "on",
    "off",
    "y",
    "n",
    "true",
    "False",
    "0123",
    "0o17",
    "0x1F",
    "1e3",
    "1_000",
    ".inf",
    ".NaN",
    "2024-05-09",
    "12:30:00",
    "+1",
)
BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


def refused(text: str) -> Problem:
    result = parse(text, PATH)
    assert isinstance(result, Problem), result
    assert "\n" not in str(result)
    return result


def article(tmp_path: Path, front: str) -> Article | list[Problem]:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}---\nText.\n", encoding="utf-8")
    return read_article(path)


@pytest.mark.parametrize("value", LOOKALIKES)
def test_lookalikes_stay_the_text_written_in_every_text_field(tmp_path: Path, value: str) -> None:
    keys = ("title", "summary", "source", "date_note", "source_note")
    front = "".join(f"{key}: {value}\n" for key in keys) + f"tags: [{value}]\nplaces: {value}\n"
    result = article(tmp_path, front + f"authors: [{value}, x]\nown_key: {value}\n")
    assert isinstance(result, Article), result
    assert {getattr(result, key) for key in keys} == {value}
    assert result.tags == result.places == (value,)
    assert result.authors == (value, "x")
    assert result.extra["own_key"] == value


def test_an_alias_bomb_is_refused_at_once() -> None:
    started = time.process_time()
    found = refused(f"---\n{BILLION_LAUGHS}---\n")
    assert "anchors and aliases" in found.message
    assert time.process_time() - started < 0.5


@pytest.mark.parametrize("nest", ["[" * 65_000, "{a: " * 5000, "- " * 5000, "[" * 30])
def test_deep_nesting_is_refused_not_a_crash(nest: str) -> None:
    started = time.process_time()
    found = refused(f"---\ntitle: x\nbomb: {nest}\n---\n")
    assert "nested more than" in found.message or "not valid YAML" in found.message
    assert time.process_time() - started < 5.0  # worst case at the size limit: ~1.5 s


def test_the_size_limit_is_exact() -> None:
    filler = "x" * (MAX_FRONT_MATTER_BYTES - len("title: t\nsummary: \n"))
    assert isinstance(parse(f"---\ntitle: t\nsummary: {filler}\n---\n", PATH), FrontMatter)
    assert "larger than 64 KiB" in refused(f"---\ntitle: t\nsummary: {filler}x\n---\n").message


def test_a_huge_unclosed_front_matter_is_refused_in_bounded_time() -> None:
    text = "---\n" + "key: value\n" * 600_000  # 6.6 MB, never closed
    started = time.process_time()
    assert "larger than 64 KiB" in refused(text).message
    assert time.process_time() - started < 0.5


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(100 * MAX_ARTICLE_BYTES)
    tracemalloc.start()
    started = time.process_time()
    result = read_article(path)
    elapsed = time.process_time() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(result, list)
    assert "is larger than 8 MiB" in result[0].message
    assert elapsed < 0.1
    assert peak < 1024 * 1024


@pytest.mark.parametrize(
    ("yaml_text", "line"),
    [
        ("title: a\ntitle: b\n", 3),
        ("title: a\nmeta: {k: 1, k: 2}\n", 3),
        ("title: a\nmeta:\n  k: 1\n  k: 2\n", 5),
    ],
)
def test_duplicate_keys_are_refused_at_any_depth(yaml_text: str, line: int) -> None:
    found = refused(f"---\n{yaml_text}---\n")
    assert "appears twice" in found.message
    assert found.line == line


@pytest.mark.parametrize("root", ["- a\n- b\n", "just text\n", "42\n", "[]\n", "null\n", "~\n"])
def test_the_root_must_be_a_mapping(root: str) -> None:
    assert "must be a mapping" in refused(f"---\n{root}---\n").message


@pytest.mark.parametrize("root", ["", "# only a comment\n"])
def test_an_empty_front_matter_is_refused(root: str) -> None:
    assert "empty" in refused(f"---\n{root}---\n").message


@pytest.mark.parametrize(
    "tagged",
    [
        "!!int 0123",
        "!!bool yes",
        "!!binary aGVsbG8=",
        "!!timestamp 2024-01-01",
        "!!set {a, b}",
        "!!python/name:os.system",
        "!!python/object/apply:subprocess.call [[ls]]",
        "!custom x",
        "! x",
        "[!!float 1]",
    ],
)
def test_explicit_yaml_tags_are_refused(tagged: str) -> None:
    assert "YAML tags" in refused(f"---\ntitle: x\nvalue: {tagged}\n---\n").message


@pytest.mark.parametrize("key", sorted(STEERING_KEYS))
def test_keys_that_steer_pelican_are_refused(tmp_path: Path, key: str) -> None:
    result = article(tmp_path, f"title: x\n{key}: ../../evil.html\n")
    assert isinstance(result, list)
    fix = "write 'status: draft', or remove it" if key == "status" else "remove this line"
    assert [str(p).split(": ", 1)[1] for p in result] == [
        f"key '{key}' would steer the site generator; {fix}"
    ]


def test_control_characters_are_refused_and_shown_escaped() -> None:
    found = refused("---\ntitle: x\nsummary: \x1b[2Jcleared\n---\n")
    assert found.line == 3
    assert "\x1b" not in str(found)


def test_a_lone_surrogate_escape_is_refused() -> None:
    found = refused('---\ntitle: "\\ud800"\n---\n')
    assert "lone surrogate" in found.message


def test_a_problem_quoting_a_line_break_stays_one_line(tmp_path: Path) -> None:
    result = article(tmp_path, 'title: x\nlanguage: "en\\nfr"\n')
    assert isinstance(result, list)
    assert "\n" not in str(result[0])
    assert "'en\\nfr'" in str(result[0])
