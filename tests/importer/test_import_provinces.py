"""A province's word makes a city's name its governorate's; a list of provinces names the
governorates, and a city kept beside one is asked about."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture
from archivist.importer.draft import make_draft
from archivist.importer.placenames import PlaceIndex
from archivist.importer.provinces import after, before, countryside
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
        Place("mosul", "Mosul", "city", names={"tr": ("Musul",)}),
        Place(
            "nineveh", "Nineveh Governorate", "governorate", names={"en": ("Mosul Governorate",)}
        ),
        Place(
            "anbar",
            "Anbar Governorate",
            "governorate",
            names={"en": ("Al Anbar",), "tr": ("Enbar",)},
        ),
    )
)


def read(text: str, language: str = "") -> list[tuple[str, bool]]:
    return [(match.place, match.kind_open) for match in IRAQ.find(text, language)]


def test_the_word_before_or_after_a_name_says_province() -> None:
    assert before([fold("في"), fold("محافظة")]) == "one"
    assert before([fold("بمحافظة")]) == "one"  # with its clitic
    assert before(["parezgehen"]) == "one"
    assert before([fold("محافظتي")]) == "one"  # the dual: two provinces
    assert before([fold("محافظات")]) == "open"
    assert before(["provinces", "of"]) == "all"
    assert before(["province", "of"]) == ""  # left to the city, as the curated seeds read it
    assert after(["ilinde"]) == "one"
    assert after(["illerinde"]) == after(["provinces"]) == "all"
    assert after(["police"]) == after([]) == ""


def test_a_turkish_province_word_names_the_governorate_in_every_case() -> None:
    for word in ("vilayeti", "vilayetinin", "vilayetinde", "ilinden", "eyaletine"):
        assert after([word, "dogusunda"]) == "one", word
    assert after(["ilinin", "guney", "kirsalinda"]) == after(["iline", "bagli"]) == ""
    assert read("Saldırı Kerkük vilayetinin doğusunda oldu.", "tr") == [
        ("Kirkuk Governorate", False)
    ]


def test_a_turkish_province_s_countryside_or_town_keeps_the_city_and_asks() -> None:
    assert read("Kerkük ilinin güney kırsalında çatışma çıktı.", "tr") == [("Kirkuk", True)]
    assert read("Kerkük iline bağlı bir köyde çatışma çıktı.", "tr") == [
        ("Kirkuk", True),
        ("Kirkuk Governorate", False),
    ]


def test_an_arabic_province_word_before_a_city_names_its_governorate() -> None:
    assert read("هجوم في محافظة كركوك", "ar") == [("Kirkuk Governorate", False)]
    assert read("هجوم في مدينة كركوك", "ar") == [("Kirkuk", False)]


def test_a_singular_province_word_governs_the_list_after_it() -> None:
    assert read("parêzgeha Hesekê û Dêrezorê di sînorê wê de ne", "ku") == [
        ("Hasakah Governorate", False),
        ("Deir ez-Zor Governorate", False),
    ]


def test_the_arabic_dual_names_two_governorates() -> None:
    assert read("قرب الحدود بين محافظتي كركوك والحسكة", "ar") == [
        ("Kirkuk Governorate", False),
        ("Hasakah Governorate", False),
    ]


def test_an_arabic_list_of_provinces_keeps_the_city_and_marks_it_open() -> None:
    # curators read the same words both ways: the cities in one report, the governorates in another
    assert read("في المنطقة بين محافظات كركوك وصلاح الدين وديالى، وذلك", "ar") == [
        ("Kirkuk", True),
        ("Salah al-Din Governorate", False),
        ("Diyala Governorate", False),
    ]


def test_a_plural_province_word_names_each_governorate_and_keeps_the_city_marked() -> None:
    assert read("the provinces of Kirkuk, Salahuddin and Diyala") == [
        ("Kirkuk", True),
        ("Kirkuk Governorate", False),
    ]
    assert read("Hasakah, Deir ez-Zor and Kerkük illerinde", "tr") == [
        ("Hasakah", True),
        ("Deir ez-Zor", True),
        ("Kirkuk", True),
        ("Hasakah Governorate", False),
        ("Deir ez-Zor Governorate", False),
        ("Kirkuk Governorate", False),
    ]


def test_a_city_named_as_a_province_of_another_name_is_its_governorate() -> None:
    assert read("Irak'ın Musul ve Enbar vilayetlerinin tamamı", "tr") == [
        ("Mosul", True),
        ("Anbar Governorate", False),
        ("Nineveh Governorate", False),
    ]


def test_a_name_the_gazetteer_lacks_does_not_break_a_list() -> None:
    text = "still operating in areas of Kirkuk, Niveneh, and Al Anbar provinces."
    assert read(text) == [
        ("Kirkuk", True),
        ("Anbar Governorate", False),
        ("Kirkuk Governorate", False),
    ]


def test_a_name_after_a_list_is_not_in_it() -> None:
    text = "بين محافظات كركوك وصلاح الدين. وقتل شرطي في الحسكة"
    assert read(text, "ar") == [
        ("Kirkuk", True),
        ("Salah al-Din Governorate", False),
        ("Hasakah", False),
    ]


def test_a_town_part_of_a_city_names_its_province_beside_the_city() -> None:
    assert read("Kerkük'e bağlı bir köyde çatışma çıktı.", "tr") == [
        ("Kirkuk", True),
        ("Kirkuk Governorate", False),
    ]
    assert read("Şer li gundekî ser bi Hesekê ve berdewam dike.", "ku") == [
        ("Hasakah", True),
        ("Hasakah Governorate", False),
    ]


def test_a_report_that_calls_it_a_city_names_no_province_for_a_town_part_of_it() -> None:
    text = "Kerkük kentinde bir saldırı oldu. Kerkük'e bağlı bir köyde çatışma çıktı."
    assert read(text, "tr") == [("Kirkuk", False)]


def test_a_bare_city_name_is_not_asked_about() -> None:
    assert read("Fighters attacked a checkpoint in Kirkuk on Friday.") == [("Kirkuk", False)]


def test_the_review_asks_once_about_the_cities_kept_beside_their_governorates() -> None:
    report = "ISIL remnants still operate in areas of Baghdad, Kirkuk, and Al Anbar provinces."
    capture = Capture(Path("p.txt"), "text", ("ISIL attack kills five in Iraq", report))
    draft = make_draft(capture, IRAQ)
    assert "Kirkuk Governorate" in draft.places
    asked = [flag for flag in draft.flags if "list of provinces" in flag]
    assert asked == [
        "place Kirkuk Governorate read from a list of provinces or a town part of it;"
        " Kirkuk kept too: the city?"
    ]


def test_the_review_asks_once_about_the_cities_a_list_of_provinces_names() -> None:
    report = "وزادت الهجمات في المنطقة بين محافظات كركوك وصلاح الدين وديالى خلال الأشهر الماضية."
    capture = Capture(Path("p.txt"), "text", ("هجمات داعش تتزايد في العراق", report))
    draft = make_draft(capture, IRAQ)
    asked = [flag for flag in draft.flags if "or the governorate?" in flag]
    assert asked == ["place Kirkuk read as the city (its countryside, a list): or the governorate?"]


def test_a_city_s_countryside_keeps_the_city_and_asks() -> None:
    assert countryside([fold("في"), fold("ريف")], [])
    assert countryside(["gundeware", "rojhilate"], [])
    assert countryside(["countryside", "of"], []) and countryside([], ["kirsalinda"])
    assert not countryside(["city", "of"], ["on"])
    assert read("هجوم في ريف الحسكة الجنوبي", "ar") == [("Hasakah", True)]
    assert read("li gundewarê rojhilatê Hesekê", "ku") == [("Hasakah", True)]
    assert read("in the eastern countryside of Deir ez-Zor.") == [("Deir ez-Zor", True)]
    assert read("a checkpoint in Hasakah, in the city") == [("Hasakah", False)]
