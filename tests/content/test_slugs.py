import pytest

from archivist.content.slugs import MAX_SLUG_LENGTH, is_valid_slug, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Has ISIS Returned to Rural Aleppo?", "has-isis-returned-to-rural-aleppo"),
        ("Hesekê prison", "heseke-prison"),
        ("Serêkaniyê / Ras al-Ain", "serekaniye-ras-al-ain"),
        ("../../etc/passwd", "etc-passwd"),
        ("?!", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugs_are_cut_at_a_word_boundary() -> None:
    slug = slugify("word " * 40)
    assert len(slug) <= MAX_SLUG_LENGTH
    assert is_valid_slug(slug)


@pytest.mark.parametrize("slug", ["", "-a", "a-", "a--b", "A", "a b", "a/b", "ب", "x" * 81])
def test_invalid_slugs(slug: str) -> None:
    assert not is_valid_slug(slug)
