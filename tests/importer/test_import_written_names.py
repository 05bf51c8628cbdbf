"""How a name is written: one letter off (flagged), with a possessive, in a hashtag."""

from __future__ import annotations

from archivist.importer.placenames import PlaceIndex
from import_places import Place

INDEX = PlaceIndex(
    [Place("Syria", ()), Place("Syrian Desert", ()), Place("Salah al-Din", ("صلاح الدين",))]
)


def test_a_long_name_one_letter_off_is_read_as_approximate() -> None:
    assert [(m.place, m.approximate) for m in INDEX.find("deep in the Syrian Deserts")] == [
        ("Syrian Desert", True)
    ]


def test_a_possessive_is_the_owner_not_a_misspelt_longer_name() -> None:
    found = INDEX.find("cells hiding along Syria’s desert border with Iraq")
    assert [(m.place, m.approximate) for m in found] == [("Syria", False)]


def test_a_hashtag_s_underscores_are_spaces() -> None:
    assert [m.place for m in INDEX.find("على #الأنبار، ثم #صلاح_الدين.")] == ["Salah al-Din"]
    assert [m.place for m in INDEX.find("#Syrian_Desert")] == ["Syrian Desert"]
