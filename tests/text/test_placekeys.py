"""Place keys and the place table the search page reads places in a query with."""

from __future__ import annotations

from archivist.text.placekeys import place_key, place_table

DEIR = ("deir-ez-zor", "Deir ez-Zor", ("Deir ez-Zor", "Deir al-Zour", "Dêrezor", "دير الزور"))
DEIR_GOV = ("deir-ez-zor-governorate", "Deir ez-Zor Governorate", ("Deir ez-Zor province",))


def test_a_key_leaves_out_the_article_in_every_transcription() -> None:
    assert place_key("Deir al-Zor") == place_key("Deir ez-Zor") == place_key("Deir el-Zor")
    assert place_key("al-Hasakah") == place_key("Hasakah") == "hasakah"
    assert place_key("دير الزور") == place_key("دير زور")


def test_a_place_is_found_by_its_most_specific_name() -> None:
    # "Deir ez-Zor" would also find the governorate, whose names hold its three words.
    city, gov = place_table([DEIR_GOV, DEIR, DEIR])  # in id order, each place once
    assert city[0] == "Deir ez-Zor"
    assert city[1] == ["derezor"]
    assert "deir zor" in city[2] and "deir zour" in city[2]
    assert gov[0] == "Deir ez-Zor Governorate"
