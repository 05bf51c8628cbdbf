"""A province's word makes a city's name its governorate's; a list of provinces is asked about."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture
from archivist.importer.draft import make_draft
from archivist.importer.placenames import PlaceIndex
from archivist.importer.provinces import after, before
from archivist.places.gazetteer import Place
from archivist.text.folding import fold

IRAQ = PlaceIndex(
    (
        Place("kirkuk", "Kirkuk", "city", names={"ar": ("كركوك",), "tr": ("Kerkük",)}),
        Place("kirkuk-governorate", "Kirkuk Governorate", "governorate"),
        Place(
            "salahaddin", "Salah al-Din Governorate", "governorate", names={"ar": ("صلاح الدين",)}
        ),
        Place("diyala", "Diyala Governorate", "governorate", names={"ar": ("ديالى",)}),
        Place("hasakah", "Hasakah", "city", names={"ku": ("Hesekê",), "ar": ("الحسكة",)}),
        Place("hasakah-governorate", "Hasakah Governorate", "governorate"),
        Place("deir-ez-zor", "Deir ez-Zor", "city", names={"ku": ("Dêrezor",)}),
        Place("deir-ez-zor-governorate", "Deir ez-Zor Governorate", "governorate"),
    )
)


def read(text: str, language: str = "") -> list[tuple[str, bool]]:
    return [(match.place, match.kind_open) for match in IRAQ.find(text, language)]


def test_the_word_before_or_after_a_name_says_province() -> None:
    assert before([fold("في"), fold("محافظة")]) == "one"
    assert before([fold("بمحافظة")]) == "one"  # with its clitic
    assert before(["parezgehen"]) == "one"
    assert before([fold("محافظات")]) == "all"
    assert before(["provinces", "of"]) == "all"
    assert before(["province", "of"]) == ""  # left to the city, as the curated seeds read it
    assert after("ilinde") == "one"
    assert after("illerinde") == after("provinces") == "all"
    assert after("police") == ""


def test_an_arabic_province_word_before_a_city_names_its_governorate() -> None:
    assert read("هجوم في محافظة كركوك", "ar") == [("Kirkuk Governorate", False)]
    assert read("هجوم في مدينة كركوك", "ar") == [("Kirkuk", False)]


def test_a_singular_province_word_governs_the_list_after_it() -> None:
    assert read("parêzgeha Hesekê û Dêrezorê di sînorê wê de ne", "ku") == [
        ("Hasakah Governorate", False),
        ("Deir ez-Zor Governorate", False),
    ]


def test_a_city_in_a_list_of_provinces_is_kept_and_marked_open() -> None:
    # curators read such lists both ways: of three Arabic reports, two meant the cities
    assert read("في المنطقة بين محافظات كركوك وصلاح الدين وديالى، وذلك", "ar") == [
        ("Kirkuk", True),
        ("Salah al-Din Governorate", False),
        ("Diyala Governorate", False),
    ]
    assert read("the provinces of Kirkuk, Salahuddin and Diyala") == [("Kirkuk", True)]
    assert read("Hasakah, Deir ez-Zor and Kerkük illerinde", "tr") == [
        ("Hasakah", True),
        ("Deir ez-Zor", True),
        ("Kirkuk", True),
    ]


def test_a_name_after_a_list_is_not_in_it() -> None:
    text = "بين محافظات كركوك وصلاح الدين. وقتل شرطي في الحسكة"
    assert read(text, "ar") == [
        ("Kirkuk", True),
        ("Salah al-Din Governorate", False),
        ("Hasakah", False),
    ]


def test_a_bare_city_name_is_not_asked_about() -> None:
    assert read("Fighters attacked a checkpoint in Kirkuk on Friday.") == [("Kirkuk", False)]


def test_the_review_asks_once_about_the_cities_a_list_of_provinces_names() -> None:
    report = "وزادت الهجمات في المنطقة بين محافظات كركوك وصلاح الدين وديالى خلال الأشهر الماضية."
    capture = Capture(Path("p.txt"), "text", ("هجمات داعش تتزايد في العراق", report))
    draft = make_draft(capture, IRAQ)
    asked = [flag for flag in draft.flags if "list of provinces" in flag]
    assert asked == ["place Kirkuk read as the city in a list of provinces: or the governorate?"]
