"""Property tests (hypothesis): the readers, slugs and sanitiser hold for any input at all.

Example counts are fixed so the run is bounded: 3,700 examples in all.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from active_content import findings
from archivist.content.articles import read_article
from archivist.content.frontmatter import FrontMatter, parse
from archivist.content.model import Article
from archivist.content.render import body_html
from archivist.content.slugs import MAX_SLUG_LENGTH, SLUG_PATTERN, is_valid_slug, slugify
from archivist.errors import Problem
from archivist.pages.indices import key_slug
from xss_payloads import PAYLOADS

EXAMPLES = {"bytes": 600, "yaml": 600, "names": 1000, "slugs": 1000, "bodies": 500}


def examples(kind: str) -> settings:
    return settings(
        max_examples=EXAMPLES[kind],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


YAML_BITS = st.sampled_from(
    [
        "title: x\n",
        "tags: [a, b]\n",
        "- ",
        "? ",
        ": ",
        "&a ",
        "*a ",
        "!!int ",
        "!tag ",
        "[",
        "]",
        "{",
        "}",
        '"',
        "'",
        "\\u00e9",
        "#",
        "|\n  ",
        ">\n",
        "\t",
        "\n",
        "  ",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "<<: ",
        "\r\n",
        "\x00",
        "\ufeff",
        "هسكة",
    ]
)
YAML_LIKE = st.lists(st.one_of(YAML_BITS, st.text(max_size=8)), max_size=40).map("".join)


@examples("bytes")
@given(st.one_of(st.binary(max_size=300), st.binary(max_size=300).map(b"---\n".__add__)))
def test_any_bytes_give_an_article_or_problems(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(data)
    result = read_article(path)
    assert isinstance(result, Article) or all(isinstance(p, Problem) for p in result)


@examples("yaml")
@given(YAML_LIKE, st.text(max_size=50))
def test_any_front_matter_gives_fields_or_one_problem(front: str, body: str) -> None:
    result = parse(f"---\n{front}\n---\n{body}", Path("a.md"))
    assert isinstance(result, FrontMatter | Problem)
    if isinstance(result, Problem):
        assert "\n" not in str(result)


@examples("names")
@given(st.text(max_size=60))
def test_tag_and_source_slugs_are_never_empty_valid_and_idempotent(name: str) -> None:
    slug = key_slug(name)
    assert slug and is_valid_slug(slug)
    assert unicodedata.is_normalized("NFC", slug)
    assert key_slug(slug) == slug
    assert key_slug(unicodedata.normalize("NFD", name)) == slug


@examples("slugs")
@given(st.text(max_size=120))
def test_article_slugs_are_valid_or_empty_and_idempotent(text: str) -> None:
    slug = slugify(text)  # empty means: the article needs a 'slug:' (a Problem says so)
    assert slug == "" or (SLUG_PATTERN.match(slug) and len(slug) <= MAX_SLUG_LENGTH)
    assert slugify(slug) == slug


HOSTILE = st.lists(
    st.one_of(st.sampled_from(PAYLOADS), st.sampled_from(["\n\n", "[a](", ")", "<", ">", " "])),
    max_size=8,
).map("".join)


@examples("bodies")
@given(st.one_of(HOSTILE, st.text(max_size=200)))
def test_a_sanitised_body_never_holds_active_content(markdown_text: str) -> None:
    assert findings(f"<!DOCTYPE html><title>t</title>{body_html(markdown_text)}") == []
