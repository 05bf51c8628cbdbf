"""The review's place hints reach names in lists, and Arabic districts and areas."""

from __future__ import annotations

import pytest

from archivist.importer.placehints import possible_places, unknown_places
from archivist.importer.placenames import PlaceIndex
from import_places import Place, sample_index

INDEX = sample_index()


@pytest.mark.parametrize(
    ("text", "language", "possible"),
    [
        # the names a list after a locative adds (held, fresh4)
        ("on the road between Markada and Al-Sawr", "en", ["Markada", "Al-Sawr"]),
        ("şer li aliyê rojavayî bajarê li taxên Mirur û Nehda rû da", "ku", ["Mirur", "Nehda"]),
        ("çekdar li bajarokên Baxoz, Sose û Hecîn", "ku", ["Baxoz", "Sose", "Hecîn"]),
        ("هجوم قرب الشعفة والسوسة", "ar", ["الشعفة", "السوسة"]),
        # "areas of" and "parts of" are locatives too (fresh7: a misspelt "Niveneh")
        (
            "operating in areas of Markada, Niveneh, and Al-Sawr",
            "en",
            ["Markada", "Niveneh", "Al-Sawr"],
        ),
        ("الواقعة بأطراف قضاء خانقين شمالي ديالى", "ar", []),  # a district's word, no name
    ],
)
def test_every_name_of_a_list_after_a_locative_is_a_possible_place(
    text: str, language: str, possible: list[str]
) -> None:
    assert possible_places(text, INDEX, language) == possible


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("reconciliation between Shi’ites and Sunnis", "en"),  # no list after no place
        ("taken to the prisons in Hajin, U.S. forces said", "en"),  # "U" of "U.S."
        ("between Markada and Syrian Kurds", "en"),  # an adjective in the name
        ("Dewleta Îslamî li Îraq û Şamê DAÎŞ êrîş kir", "ku"),  # ISIS's own name
    ],
)
def test_a_list_adds_no_word_that_is_no_name(text: str, language: str) -> None:
    assert [name for name in possible_places(text, INDEX, language) if name != "Markada"] == []


def test_an_arabic_district_or_area_names_a_place() -> None:
    text = "عبر قضاء مخمور، ووقع الهجوم بمنطقة الجزرات في منطقة وادي ازغيتون"
    assert unknown_places(text, INDEX) == ["مخمور", "الجزرات", "وادي ازغيتون"]


def test_eliminating_or_the_area_in_general_names_no_place() -> None:
    text = "ملاحقة العناصر للقضاء عليهم في منطقة الحدث، ووصلت تعزيزات إلى المنطقة بهدف السيطرة"
    assert unknown_places(text, INDEX) == []


def test_an_arabic_place_word_inside_another_word_or_with_the_article_names_no_place() -> None:
    # "families of the organisation's fighters live in this crowded camp, opened in 2014"
    text = "تعيش عوائل مسلحي تنظيم الدولة في هذا المخيم المكتظ الذي افتتح لأول مرة"
    assert unknown_places(text, INDEX) == []
    assert unknown_places("نزحوا إلى بلدة الصالحية ثم لمدينة البوكمال", INDEX) == [
        "الصالحية",
        "البوكمال",
    ]


def test_a_known_name_that_holds_an_and_is_no_list() -> None:
    index = PlaceIndex(
        [Place("North and East Syria", ("Bakur û Rojhilatê Sûriyê",)), Place("Syria", ("Sûriye",))]
    )
    # "the war goes on in North and East Syria"
    assert possible_places("Şer li Bakur û Rojhilatê Sûriyeyê berdewam e", index, "ku") == []


def test_what_an_attack_is_near_is_no_place_name() -> None:
    # "an attack near an army checkpoint, then near the police headquarters"
    text = "هجوم قرب حاجز للجيش ثم قرب مقر الشرطة"
    assert possible_places(text, INDEX, "ar") == []


def test_the_words_after_a_known_place_in_a_headline_are_no_longer_name() -> None:
    headline = "Attacks Fall in Raqqa Due to Successful Raids\nThe raids went on in Raqqa Ghouta."
    assert possible_places(headline, INDEX, "en") == ["Raqqa Ghouta"]


def test_a_name_the_capture_cuts_off_is_no_unknown_place() -> None:
    index = PlaceIndex([Place("Kirkuk", ("كركوك",))])
    assert unknown_places("سيطروا على نصف مدينة كركو", index) == []
    assert unknown_places("سيطروا على نصف مدينة كركو.", index) == ["كركو"]
    assert unknown_places("سيطروا على مدينة داقوق\nثم انسحبوا", index) == ["داقوق"]
