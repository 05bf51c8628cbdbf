"""Boxes a page sets in or under the report leave the body: an author's box with its name
line, a list of other stories with its heading."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import strip_furniture

REPORT = (
    "Cells of the Islamic State attacked a checkpoint of the SDF near Hajin on Monday night.",
    "Two fighters were killed and three were wounded, the SDF said in a statement.",
    "The forces sent reinforcements to the villages along the Euphrates on Tuesday.",
)


@pytest.mark.parametrize(
    "heading", ["About the author", "Editör Hakkında", "عن الكاتب", "Derbarê nivîskar de"]
)
def test_an_authors_box_under_the_report_goes_with_its_name_line(heading: str) -> None:
    box = (
        "Jane Doe Example News - Editor",
        heading,
        "Jane Doe was born in Leeds and studied journalism. She has covered Syria since 2015.",
    )
    assert strip_furniture((*REPORT, *box)) == REPORT


def test_a_report_sentence_about_an_author_stays() -> None:
    report = (*REPORT, "About the author of the statement, the SDF gave no details.")
    assert strip_furniture(report) == report


def test_a_list_of_other_stories_between_the_reports_paragraphs_goes_and_no_more() -> None:
    report = (
        "Uluslararası Koalisyon, SDG'nin Rakka'da düzenlediği iki operasyonda IŞİD'in önde "
        "gelen üç yöneticisini yakaladığını açıkladı; operasyonlar gece kentin doğusunda yapıldı.",
        "Koalisyonun açıklamasına göre yakalananlar arasında bir hücrenin lideri ve örgütün "
        "mali işlerini yürüten bir yönetici de bulunuyor; kimsenin yaralanmadığı belirtildi.",
    )
    listed = (
        "Benzer haberler",
        "Ayşe Kaya: Seçimden sonra yeni bir ittifak kurmak yerine…",
        "Mehmet Demir: Her iki tarafın da adayına oy vermek…",
    )
    last = (
        "Görev Gücü Komutanı, SDG'nin Rakka bölgesinde karmaşık operasyonlar planlama ve "
        "yürütme yeteneğinin IŞİD'in yeniden toparlanmasını engellediğini söyledi."
    )
    assert strip_furniture((*report, *listed, last)) == (*report, last)


@pytest.mark.parametrize(
    "credit", ["Source: Raqqa Weekly", "Kaynak: Haber Merkezi", "المصدر: وكالة الأنباء"]
)
def test_a_source_line_under_the_report_ends_it_and_the_about_us_box_goes(credit: str) -> None:
    about = (
        "The Weekly is mainly concerned with news of the region and also covers international "
        "issues. Its main objective is to provide reliable and verified information."
    )
    assert strip_furniture((*REPORT, credit, about)) == REPORT


@pytest.mark.parametrize("heading", ["Most popular", "Popüler haberler", "الأكثر مشاهدة"])
def test_a_box_of_popular_stories_at_the_foot_goes_headlines_with_a_stop_too(heading: str) -> None:
    box = (
        heading,
        "Singer Breaks Her Silence After Ten Years: Nobody Believed Me, Not Even My Family!",
        "Giant Bridge Will Join Two Continents in 2030 for the First Time",
        "Star Chef's Brother Speaks at Last: What Did He Tell the Twins About the Wedding?",
    )
    assert strip_furniture((*REPORT, *box)) == REPORT


def test_a_reports_last_paragraphs_after_a_heading_and_a_long_one_stay() -> None:
    report = (
        *REPORT,
        "Most read",
        "The SDF said on Wednesday that the attackers had come from the desert east of the "
        "river, where cells of the group still hide in the valleys and move at night.",
    )
    assert strip_furniture(report)[-1] == report[-1]
