"""A small list of places, in the shape of the gazetteer's, for the importer's tests."""

from __future__ import annotations

from dataclasses import dataclass

from archivist.importer.placenames import PlaceIndex


@dataclass(frozen=True)
class Place:
    name: str
    all_names: tuple[str, ...]
    common: tuple[str, ...] = ()  # names that are also common words
    kind: str = ""  # town, camp, prison...


PLACES = (
    Place("Qamishlo", ("Qamişlo", "Qamishli", "Kamışlı", "القامشلي")),
    Place("Hesekê", ("Haseke", "Hasakah", "Hasakah", "الحسكة")),
    Place("Dirbêsiyê", ("Derbasiyah", "الدرباسية")),
    Place("Kobanê", ("Kobani", "Ayn al-Arab", "كوباني", "عين العرب")),
    Place("Tell Tamr", ("Til Temir", "تل تمر")),
    Place("Raqqa", ("Reqa", "Rakka", "الرقة")),
    Place("al-Karamah", ("الكرامة",)),
    Place("Tabqa", ("الطبقة",)),
    Place("Manbij", ("Minbic", "منبج")),
    Place("Deir ez-Zor", ("Dêra Zorê", "دير الزور")),
    Place("Dhiban", ("ذيبان",)),
    Place("al-Shuhayl", ("الشحيل",)),
    Place("Hajin", ("هجين",)),
    Place("al-Hol Camp", ("مخيم الهول", "Hol camp", "Hol Kampı", "Kampa Holê")),
    Place("Syria", ("Suriye", "Sûriye", "سوريا")),
    Place("Syrian Desert", ("Suriye Çölü", "Çola Sûriyê", "البادية السورية")),
    Place("Euphrates Region", ("Fırat Bölgesi", "Herêma Firatê")),
    Place("Ras al-Ain", ("Serê Kaniyê", "Resulayn", "رأس العين")),
    Place("Sina'a Prison", ("سجن الصناعة", "Sina'a prison")),
    Place("Hit", ("Hit", "Heet", "هيت"), common=("Hit",)),
    Place("al-Bab", ("al-Bab", "الباب"), common=("الباب",)),
    Place("Girê Spî", ("Tell Abyad", "Tel Abyad")),
    Place("Ain Issa", ("Ayn Issa", "Ayn İsa")),
)


def sample_index() -> PlaceIndex:
    return PlaceIndex(PLACES)
