"""Properties (hypothesis) of reading front-matter whatever it holds: each value is exactly
the text written or one ``file:line`` problem, never a traceback, and lines are counted
as an editor counts them. Example counts are fixed: 900 examples in all."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archivist.content.articles import read_article
from archivist.content.model import Article

PATH_NAME = "a.md"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SEPARATORS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]


def examples(count: int) -> settings:
    return settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


def escaped(value: str) -> str:
    """``value`` as a YAML double-quoted scalar, every character but printable ASCII
    written as an escape: what YAML reads back is ``value`` itself."""

    def one(ch: str) -> str:
        if " " <= ch <= "~" and ch not in '"\\':
            return ch
        return f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}"

    return '"' + "".join(one(ch) for ch in value) + '"'


def shows_something(text: str) -> bool:
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


@examples(400)
@given(value=st.text(max_size=40))
def test_any_title_is_exactly_the_text_written_or_one_problem_on_its_line(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / PATH_NAME
    path.write_text(f"---\ntitle: {escaped(value)}\n---\n", encoding="utf-8")
    found = read_article(path)
    refusable = (
        CONTROL.search(value)
        or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)
        or not shows_something(unicodedata.normalize("NFC", value.strip()))
    )
    if not refusable:
        assert isinstance(found, Article), found
        assert found.title == unicodedata.normalize("NFC", value.strip())
    else:
        assert isinstance(found, list) and found
        assert [problem.line for problem in found] == [2] * len(found)
        assert all("\n" not in str(problem) for problem in found)


FRONT_MATTER = st.lists(
    st.sampled_from(
        [*"ab:-[]{}#'\"\\ ,&*!|>%@`?", *SEPARATORS, "\x00", "\x1b", "\t", "é", "ا", "title: "]
    ),
    max_size=40,
).map("".join)


@examples(300)
@given(front=FRONT_MATTER)
def test_any_front_matter_is_an_article_or_one_line_problems_within_the_file(
    tmp_path: Path, front: str
) -> None:
    path = tmp_path / PATH_NAME
    path.write_bytes(f"---\n{front}\n---\nBody.\n".encode("utf-8", "surrogatepass"))
    found = read_article(path)  # never raises
    if isinstance(found, Article):
        return
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    last = lines.count("\n") + 1
    for problem in found:
        assert "\n" not in str(problem) and "\x1b" not in str(problem)
        assert problem.line is None or 1 <= problem.line <= last, (problem, last)


@examples(200)
@given(
    separators=st.lists(st.sampled_from(["\u2028", "\u2029", "\x85"]), max_size=6),
    before=st.integers(min_value=0, max_value=5),
)
def test_a_problem_is_reported_on_its_line_whatever_separators_come_before(
    tmp_path: Path, separators: list[str], before: int
) -> None:
    values = [f"note_{n}: 'a{''.join(separators)}b'\n" for n in range(before)]
    text = "---\ntitle: T\n" + "".join(values) + "language: 'not a code'\n---\n"
    path = tmp_path / PATH_NAME
    path.write_text(text, encoding="utf-8")
    found = read_article(path)
    assert isinstance(found, list)
    assert [problem.line for problem in found] == [3 + before]
