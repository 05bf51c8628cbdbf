"""The gazetteer: one place, many names; every problem in the file named by line and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.errors import ContentError
from archivist.places.gazetteer import Gazetteer, Place, load_gazetteer
from archivist.text.folding import fold
from conftest import ROOT

SMALL = """\
# a comment
syria:
  name: Syria
  kind: country
  lat: 35
  lon: 38.5
  names:
    ar: [سوريا]
hasakah-governorate:
  name: Hasakah Governorate
  kind: governorate
  parent: syria
hasakah:
  name: Hesekê
  kind: city
  parent: hasakah-governorate
  lat: 36.5024
  lon: 40.7477
  names:
    en: [Hasakah, al-Hasakah, Haseke]
    ar: [الحسكة]
    ku: Hesekê
qamishli:
  name: Qamişlo
  kind: city
  parent: hasakah-governorate
  names:
    en: [Qamishlo, Qamishli]
"""


def gazetteer_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def small(tmp_path: Path) -> Gazetteer:
    return load_gazetteer(gazetteer_file(tmp_path, SMALL))


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load_gazetteer(gazetteer_file(tmp_path, text))
    return raised.value.lines()


def test_a_place_has_its_fields_and_all_its_names(tmp_path: Path) -> None:
    hasakah = small(tmp_path).get("hasakah")
    assert hasakah == Place("hasakah", "Hesekê", "city", "hasakah-governorate", 36.5024, 40.7477)
    assert hasakah.names["ar"] == ("الحسكة",)
    assert hasakah.all_names == ("Hesekê", "Hasakah", "al-Hasakah", "Haseke", "الحسكة")


def test_an_interface_names_a_place_in_its_language_or_by_its_display_name(
    tmp_path: Path,
) -> None:
    gazetteer = small(tmp_path)
    hasakah, qamishli = gazetteer.get("hasakah"), gazetteer.get("qamishli")
    assert hasakah.name_in("ar") == "الحسكة"
    assert hasakah.name_in("ar-SY") == "الحسكة"
    assert hasakah.name_in("ku") == "Hesekê"
    # English shows the display name: the names under "en" are other spellings of it.
    assert hasakah.name_in("en") == "Hesekê"
    # No Arabic name: the display name, in the language it is written in.
    assert qamishli.name_and_language("ar") == ("Qamişlo", "en")
    assert hasakah.name_and_language("ar") == ("الحسكة", "ar")


def test_the_archive_gazetteer_has_an_arabic_name_for_its_countries() -> None:
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    countries = {p.id: p.name_in("ar") for p in gazetteer if p.kind == "country"}
    assert countries == {"iran": "إيران", "iraq": "العراق", "syria": "سوريا", "turkey": "تركيا"}


@pytest.mark.parametrize(
    "spelling", ["Hesekê", "heseke", "HASAKAH", "Al-Hasakah", "al Hasakah", "الحسكة", "الحسكه"]
)
def test_every_spelling_in_any_script_resolves_to_the_one_place(
    tmp_path: Path, spelling: str
) -> None:
    resolved = small(tmp_path).resolve(spelling)
    assert resolved is not None and resolved.id == "hasakah"


def test_an_unknown_name_resolves_to_nothing_but_has_suggestions(tmp_path: Path) -> None:
    gazetteer = small(tmp_path)
    assert gazetteer.resolve("Hasakeh") is None
    assert gazetteer.resolve("") is None
    assert gazetteer.suggestions("Hasakeh")[0] == "Hasakah"
    assert gazetteer.suggestions("Kamishli", limit=1) == ["Qamishli"]
    assert gazetteer.suggestions("Zzzzzz") == []


def test_suggestions_name_each_place_once() -> None:
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    assert gazetteer.suggestions("Qamishloo") == ["Qamishlo"]
    assert gazetteer.suggestions("Raqa")[0] == "Raqqa"
    suggested = [gazetteer.resolve(n) for n in gazetteer.suggestions("al-Hassaka", limit=3)]
    assert len({p.id for p in suggested if p}) == len(suggested)


def test_the_hierarchy_goes_both_ways(tmp_path: Path) -> None:
    gazetteer = small(tmp_path)
    assert [p.id for p in gazetteer.ancestors("hasakah")] == ["hasakah-governorate", "syria"]
    assert [p.id for p in gazetteer.children("hasakah-governorate")] == ["hasakah", "qamishli"]
    assert [p.id for p in gazetteer.descendants("syria")] == [
        "hasakah-governorate",
        "hasakah",
        "qamishli",
    ]
    assert gazetteer.ancestors("syria") == []


def test_places_iterate_in_id_order_and_unknown_ids_are_key_errors(tmp_path: Path) -> None:
    gazetteer = small(tmp_path)
    assert [p.id for p in gazetteer] == ["hasakah", "hasakah-governorate", "qamishli", "syria"]
    assert len(gazetteer) == 4
    with pytest.raises(KeyError):
        gazetteer.get("raqqa")


def test_coordinates_are_optional_and_numbers(tmp_path: Path) -> None:
    gazetteer = small(tmp_path)
    assert gazetteer.get("syria").lat == 35.0
    assert not gazetteer.get("qamishli").has_coordinates


def test_a_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    text = "a:\n  name: A\n  kind: town\na:\n  name: B\n  kind: town\n"
    assert problems(tmp_path, text) == [
        f"{tmp_path / 'gazetteer.yaml'}:4: entry 'a': id appears twice (first on line 1); "
        "give one of them another id, or merge the two entries"
    ]


def test_a_name_claimed_by_two_places_is_refused(tmp_path: Path) -> None:
    text = (
        "raqqa:\n  name: Raqqa\n  kind: city\n"
        "raqqa-governorate:\n  name: Raqqa Governorate\n  kind: governorate\n"
        "  names:\n    en: [Raqqa]\n    ar: [الرقة]\n"
    )
    found = problems(tmp_path, text)
    assert len(found) == 1
    assert ":7: entry 'raqqa-governorate': name 'Raqqa' also names 'raqqa' (line 1)" in found[0]


def test_a_spelling_that_folds_like_another_place_s_name_is_refused(tmp_path: Path) -> None:
    text = (
        "hasakah:\n  name: Hesekê\n  kind: city\n"
        "other:\n  name: Other\n  kind: town\n  names:\n    ku: [HESEKE]\n"
    )
    assert "name 'HESEKE' also names 'hasakah'" in problems(tmp_path, text)[0]


def test_an_unknown_parent_and_a_loop_of_parents(tmp_path: Path) -> None:
    unknown = "a:\n  name: A\n  kind: town\n  parent: nowhere\n"
    assert problems(tmp_path, unknown) == [
        f"{tmp_path / 'gazetteer.yaml'}:4: entry 'a': parent 'nowhere' is not in the gazetteer; "
        "write the id of an entry of this file, or add that entry"
    ]
    loop = "a:\n  name: A\n  kind: town\n  parent: b\nb:\n  name: B\n  kind: town\n  parent: a\n"
    found = problems(tmp_path, loop)
    assert len(found) == 2
    assert ":4: entry 'a': its parents loop (a -> b -> a)" in found[0]


def nested(depth: int, deepest_first: bool = False) -> str:
    """A gazetteer of ``depth`` + 1 places, each inside the one before."""
    entries = ["p0:\n  name: P0\n  kind: country\n"]
    entries += [
        f"p{n}:\n  name: P{n}\n  kind: site\n  parent: p{n - 1}\n" for n in range(1, depth + 1)
    ]
    return "".join(reversed(entries) if deepest_first else entries)


def test_places_twelve_deep_are_fine_and_thirteen_one_line(tmp_path: Path) -> None:
    assert len(load_gazetteer(gazetteer_file(tmp_path, nested(12)))) == 13
    assert [line.split(": ", 1)[1] for line in problems(tmp_path, nested(13))] == [
        "entry 'p13': lies inside 13 places, more than 12 (its parent is 'p12'); "
        "give it a parent nearer the top, or fix the parents above it"
    ]


@pytest.mark.parametrize("deepest_first", [False, True])
def test_a_chain_of_thousands_is_one_line_at_once(tmp_path: Path, deepest_first: bool) -> None:
    # It was accepted, and the build stopped with "maximum recursion depth exceeded".
    (line,) = problems(tmp_path, nested(5000, deepest_first))
    assert "entry 'p13': lies inside 13 places" in line


def test_a_long_loop_is_a_loop(tmp_path: Path) -> None:
    text = nested(20).replace(
        "p0:\n  name: P0\n  kind: country\n", "p0:\n  name: P0\n  kind: site\n  parent: p20\n"
    )
    found = problems(tmp_path, text)
    assert len(found) == 21
    around = " -> ".join(["p0", *(f"p{n}" for n in range(20, -1, -1))])
    fix = "a place cannot be inside itself; fix one of these parents"
    assert found[0].endswith(f"entry 'p0': its parents loop ({around}); {fix}")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("  lat: 95\n  lon: 40\n", ":4: entry 'a': lat 95 is out of range"),
        ("  lat: 36\n  lon: -181\n", ":5: entry 'a': lon -181 is out of range"),
        ("  lat: north\n  lon: 40\n", ":4: entry 'a': lat 'north' is not a number"),
        ("  lat: nan\n  lon: 40\n", ":4: entry 'a': lat 'nan' is not a number"),
        ("  lat: 36\n", ":1: entry 'a': has only one coordinate"),
        ("  kind: ville\n", "entry 'a': unknown kind 'ville'; use one of border-crossing, camp"),
        ("  colour: red\n", ":4: entry 'a': unknown key 'colour'"),
        ("  names: [A2]\n", ":4: entry 'a': 'names' must map language codes to names"),
        ("  names:\n    English: [A2]\n", "entry 'a': 'English' is not a language code"),
    ],
)
def test_a_bad_field_is_one_line_naming_the_entry(
    tmp_path: Path, fields: str, message: str
) -> None:
    kind = "" if "kind" in fields else "  kind: town\n"
    found = problems(tmp_path, f"a:\n  name: A\n{kind}{fields}")
    assert len(found) == 1
    assert message in found[0]


def test_a_missing_name_and_kind_and_a_bad_id_are_each_reported(tmp_path: Path) -> None:
    found = problems(tmp_path, "Bad Id:\n  lat: 1\n  lon: 1\n")
    assert [line.split(": ", 2)[2] for line in found] == [
        "the id is not usable in a URL; use lower-case ASCII words and hyphens",
        "has no name; add 'name: ...' under 'Bad Id:'",
        "has no kind; add 'kind: ...' under 'Bad Id:'",
    ]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        "a:\n  name: A\n  kind: ville\n  lat: x\n  lon: 1\n"
        "b:\n  name: B\n  kind: town\n  parent: c\n"
    )
    assert len(problems(tmp_path, text)) == 3


def test_the_file_is_read_as_strict_yaml(tmp_path: Path) -> None:
    assert "anchors and aliases" in problems(tmp_path, "a: &x\n  name: A\nb: *x\n")[0]
    assert "not valid YAML" in problems(tmp_path, "a:\n  name: [A\n")[0]
    assert "key 'name' appears twice" in problems(tmp_path, "a:\n  name: A\n  name: B\n")[0]
    assert "must map ids to entries" in problems(tmp_path, "- a\n- b\n")[0]


def test_a_missing_file_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="gazetteer file not found"):
        load_gazetteer(tmp_path / "gazetteer.yaml")


def test_the_archive_gazetteer_is_valid_and_every_place_reaches_a_country() -> None:
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    assert len(gazetteer) >= 80
    for place in gazetteer:
        chain = [place, *gazetteer.ancestors(place.id)]
        assert chain[-1].kind == "country", place.id


def test_the_archive_gazetteer_names_places_in_several_languages() -> None:
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    expected = {
        "tell-abyad": ["Girê Spî", "Tell Abyad", "Tal Abyad", "تل أبيض", "كري سبي"],
        "ras-al-ain": ["Serêkaniyê", "Ras al-Ain", "رأس العين", "Resulayn"],
        "hasakah": ["Hesekê", "Haseke", "Hasakah", "al-Hasakah", "الحسكة"],
        "kobani": ["Kobanê", "Kobanî", "Kobani", "عين العرب"],
        "sinjar": ["Sinjar", "Şengal", "سنجار"],
    }
    for place_id, spellings in expected.items():
        for spelling in spellings:
            resolved = gazetteer.resolve(spelling)
            assert resolved is not None and resolved.id == place_id, spelling


def test_the_archive_gazetteer_lists_real_spellings_not_folded_duplicates() -> None:
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    for place in gazetteer:
        for language, spellings in place.names.items():
            keys = [fold(s) for s in spellings]
            assert len(keys) == len(set(keys)), (place.id, language, spellings)


def test_names_that_are_also_common_words_are_marked(tmp_path: Path) -> None:
    text = "hit:\n  name: Hit\n  kind: town\n  names:\n    en: [Heet]\n  common: [Hit]\n"
    (hit,) = load_gazetteer(gazetteer_file(tmp_path, text))
    assert (hit.all_names, hit.common) == (("Hit", "Heet"), ("Hit",))


def test_a_common_word_must_be_one_of_the_entrys_names(tmp_path: Path) -> None:
    text = "hit:\n  name: Hit\n  kind: town\n  common: [Hot]\n"
    assert problems(tmp_path, text) == [
        f"{tmp_path / 'gazetteer.yaml'}:4: entry 'hit': common word 'Hot' is not one of its "
        "names; write 'common: [name, ...]' with names of this entry that are common words"
    ]
