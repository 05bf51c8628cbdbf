import pytest

from archivist.slugs import MAX_SLUG_LENGTH, is_valid_slug, name_slug, slugify


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


@pytest.mark.parametrize(
    ("spellings", "slug"),
    [
        (("Hesekê", "Hese\u0301ke\u0302", "HESEKÊ", "Heseke"), "heseke"),
        (("Sina'a Prison", "Sina’a prison", "sinaa-prison"), "sinaa-prison"),
        (("كوباني", "کوباني", "كوبانی"), name_slug("كوباني")),
        (("الرقة", "الرقه", "ٱلرقة"), name_slug("الرقة")),
    ],
)
def test_spellings_of_one_name_share_one_page(spellings: tuple[str, ...], slug: str) -> None:
    assert {name_slug(s) for s in spellings} == {slug}


def test_different_names_never_share_a_page() -> None:
    names = ["حلب", "هلب", "C", "C++", "???", "!!!", "a" * 200, "a" * 199 + "b"]
    assert len({name_slug(n) for n in names}) == len(names)


@pytest.mark.parametrize(
    "name", ["../x", "..\\x", "/etc/passwd", "C:\\Windows", "", "?!", "con", "NUL", "x" * 500]
)
def test_hostile_names_make_safe_slugs(name: str) -> None:
    slug = name_slug(name)
    assert is_valid_slug(slug)
    assert name_slug(slug) == slug
