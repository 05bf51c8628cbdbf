"""Who published a capture: credit lines, agency datelines, page names, signatures."""

from __future__ import annotations

import pytest

from archivist.importer.sources import find_source, page_address

WEEKLY = "https://weekly.example/x"


def test_a_credit_line_names_the_publication() -> None:
    blocks = ("Text.", "This article was translated and edited by The Syrian Observer. More.")
    assert find_source(blocks).source == "The Syrian Observer"
    assert find_source(("Text.", "المصدر: وكالة هاوار")).source == "وكالة هاوار"
    assert find_source(("Text.", "Kaynak: ANF")).source == "ANF"


def test_an_agency_dateline_names_the_agency() -> None:
    assert find_source(("Raqqa / ANHA", "Title", "Text.")).source == "ANHA"
    assert find_source(("الحسكة/ هاوار - استهدفت خلية لمرتزقة داعش نقطة.",)).source == "هاوار"


def test_the_page_name_and_address() -> None:
    found = find_source(("Text.",), "Example Wire", "https://example.org/a")
    assert (found.source, found.source_url) == ("Example Wire", "https://example.org/a")
    assert page_address("javascript:x()") == ""
    assert page_address("https://example.org/a", "https://b.org/") == "https://b.org/"
    assert page_address("https://example.org/a") == "https://example.org/a"


def test_a_signature_is_noted_not_taken_for_the_publication() -> None:
    found = find_source(("Text.", "T/ Satt."))
    assert found.source == ""
    assert "“T/ Satt.”" in found.note


def test_an_agency_spoken_to_is_a_last_resort() -> None:
    found = find_source(("Speaking to ANF, a member said so.",))
    assert found.source == "ANF"
    assert "check it" in found.note
    assert (
        find_source(("Nobody is named here.",)).note
        == "No credit line, dateline, site name or agency was recognised."
    )


def test_a_copyright_line_names_its_owner() -> None:
    assert (
        find_source(("Text.", "Kurdistan24 © 2023. All rights reserved.")).source == "Kurdistan24"
    )
    assert (
        find_source(("Text.", "© 2023 Example Wire. All rights reserved.")).source == "Example Wire"
    )


def test_the_agency_in_brackets_after_the_dateline_is_the_source() -> None:
    for line, agency in [
        ("ERBIL (Kurdistan 24) – A suspected ISIS attack killed one.", "Kurdistan 24"),
        ("أربيل (كوردستان 24)- أعلنت قوات سوريا الديمقراطية", "كوردستان 24"),
        ("Hewlêr (Rûdaw)- Çekdarên DAÎŞ gund kontrol kirin.", "Rûdaw"),
    ]:
        assert find_source((line, "More text.")).source == agency


def test_without_any_name_the_address_host_stands_in_and_is_flagged() -> None:
    found = find_source(("Nobody is named here.",), url="https://www.rudaw.net/english/1")
    assert found.source == "rudaw.net"
    assert "write the publication's name" in found.flag
    assert find_source(("Nobody is named here.",)).flag.startswith("no source found")


REPORT = "Five fighters were killed in an attack on a checkpoint near Deir ez-Zor on Sunday."


def test_a_line_of_hashtags_at_the_foot_is_no_source() -> None:
    found = find_source(("Five killed near checkpoint", REPORT, "#Syria #ISIS #DeirEzzor"))
    assert found.source == ""
    assert find_source((REPORT, "#Syria #ISIS"), site_name="Rudaw").source == "Rudaw"


def test_a_newsroom_credited_in_brackets_at_the_foot_is_the_source_without_them() -> None:
    found = find_source((REPORT, "(NRT Digital Media)", "#Syria #ISIS"))
    assert found.source == "NRT Digital Media"
    assert found.flag == "source read from a credit at the page's foot; check it"


def test_a_picture_label_or_a_cut_off_fragment_is_never_the_source() -> None:
    report = "قال مصدر أمني عراقي إن قيادياً بارزاً قتل اليوم الثلاثاء في هجوم شمالي البلاد."
    url = "https://felesteen.example/news/1"
    for blocks in (
        ("Image copyright", report),  # a caption's credit label
        (report, "إض"),  # two letters left where the capture was cut
        (report, "وتابع البي"),  # "and he went on ...": a sentence cut off
    ):
        found = find_source(blocks, url=url)
        assert found.source == "felesteen.example"
        assert "host" in found.flag


def test_a_place_in_the_dateline_brackets_leaves_the_site_before_it_as_the_source() -> None:
    dateline = "أوغاريت بوست (دير الزور) – قتل عنصر من قوى الأمن الداخلي في ريف دير الزور."
    found = find_source((dateline, REPORT), is_place=lambda name: name == "دير الزور")
    assert found.source == "أوغاريت بوست"
    no_site = find_source(("دير الزور (دير الزور) – قتل عنصر.", REPORT), is_place=bool)
    assert no_site.source == ""


def test_an_agency_another_site_quotes_is_not_that_site_s_source() -> None:
    text = "According to BBC News, 12 fighters were killed in the attack on the city."
    quoted = find_source((text,), url="https://www.thedailybeast.com/isis-attack")
    assert quoted.source == "thedailybeast.com"
    assert "host" in quoted.flag
    assert quoted.original == "BBC"  # written as the draft's original_source
    assert "credits BBC" in quoted.note
    own = find_source(("Speaking to ANF, the commander said so.",), url="https://anfenglish.com/x")
    assert own.source == "ANF"


def test_a_list_heading_at_the_foot_is_no_credit() -> None:
    found = find_source((REPORT, "Other news"), url="https://hawarnews.com/en/1")
    assert found.source == "hawarnews.com"


@pytest.mark.parametrize(
    "heading", ["ربما يعجبك أيضا", "İLGİNİZİ ÇEKEBİLİR", "You might also like"]
)
def test_a_you_may_also_like_heading_at_the_foot_is_no_credit(heading: str) -> None:
    found = find_source((REPORT, heading), url="https://example-news.com/a/1")
    assert found.source == "example-news.com"


@pytest.mark.parametrize(
    "url", ["https://cdnh.example-news.com/a/1", "https://m.example-news.com/a/1"]
)
def test_the_host_standing_in_for_the_source_is_the_site_not_its_server(url: str) -> None:
    assert find_source((REPORT,), url=url).source == "example-news.com"
    assert find_source((REPORT,), url="https://news.example.com/a").source == "news.example.com"
    archive = find_source((REPORT,), url="https://archive.example-news.com/a.php?id=1")
    assert archive.source == "example-news.com"


def test_the_last_item_of_a_menu_at_the_foot_is_no_credit() -> None:
    menu = ("Ana Sayfa", "Gündem", "Video", "Yenile")
    assert find_source((REPORT, *menu), url=WEEKLY).source == "weekly.example"
    assert find_source((REPORT, "Yenile"), url=WEEKLY).source == "Yenile"  # a name alone


def test_a_label_before_a_foot_credit_is_not_part_of_the_name() -> None:
    assert find_source((REPORT, "Article: NRT")).source == "NRT"


def test_a_comment_form_s_label_at_the_foot_is_no_credit() -> None:
    found = find_source((REPORT, "Leave a Comment"), url="https://dabangnewslive.in/x")
    assert found.source == "dabangnewslive.in"
    assert "host" in found.flag


def test_the_agencies_in_general_are_no_publication() -> None:
    found = find_source(("المصدر / وكالات - هيا", REPORT), url="https://ghorbanews.com/1")
    assert found.source == "ghorbanews.com"
    assert find_source((REPORT, "Agencies")).source == ""


def test_a_section_path_in_capitals_is_no_dateline_but_a_place_and_agency_are() -> None:
    path = find_source(("HABER /  DÜNYA", REPORT), url="https://internethaber.com/x")
    assert path.source == "internethaber.com"
    assert find_source(("BEIRUT (AP) — The group said so.",)).source == "AP"
    raqqa = find_source(("RAQQA / ANHA", REPORT), is_place=lambda name: name == "RAQQA")
    assert raqqa.source == "ANHA"


@pytest.mark.parametrize(
    "switch", ["Language / اللغة العربية", "English / Türkçe", "Ziman / Kurdî"]
)
def test_a_language_switch_is_no_dateline_and_the_site_names_itself(switch: str) -> None:
    blocks = ("Cells attack a checkpoint", switch, "Raqqa Now exclusive report:", REPORT)
    found = find_source(blocks, url="https://raqqanow.example/x", named="Raqqa Now")
    assert found.source == "Raqqa Now" and "check it" in found.flag


@pytest.mark.parametrize(
    ("report", "last"),
    [
        (REPORT, "Margaret Griffis is"),  # ends in a lowercase word
        (
            "Li hember vê komkujiyê ji roja yekem ve Tevgera Azadiyê bêdeng nema.",
            "Bi bihîstina komku",
        ),
        ("وقالت قوات سوريا الديمقراطية في بيان إن مقاتليها تصدوا للهجوم.", "وأوردت أ"),
        ("Amid the fighting, the camp was split into Iraqi and Syrian sections.", "Ami"),
    ],
)
def test_a_last_line_cut_off_mid_sentence_is_no_credit_and_the_host_stands_in(
    report: str, last: str
) -> None:
    found = find_source((report, last), url="https://www.nucetv.example/ku/1")
    assert found.source == "nucetv.example"
    assert f"the last line “{last}” looks cut off" in found.flag


def test_a_credit_the_report_names_with_an_ending_is_not_cut_off() -> None:
    report = "Berdevkê hêzan ji Rûdawê re got ku du çekdar hatin kuştin li gundê Bisêra."
    assert find_source((report, "Rûdaw")).source == "Rûdaw"
    assert find_source((REPORT, "Reuters")).source == "Reuters"


def test_all_rights_reserved_is_no_name_the_site_after_the_sign_is() -> None:
    line = "Tüm Hakları Saklıdır © 2013 Ada Haber | İzinsiz ve kaynak gösterilmeden yayınlanamaz."
    assert find_source(("Rapor metni burada bitti.", line)).source == "Ada Haber"
    assert find_source(("Text.", "All rights reserved ©")).source == ""


def test_a_reference_code_is_no_credit() -> None:
    blocks = ("The ISIL hideouts were located in northern Iraq's Diyala province.",)
    found = find_source((*blocks, "MP/FNA14010730000694"), url="https://en.mehrnews.com/n/1")
    assert found.source == "en.mehrnews.com"
    assert found.flag == "source is the address's host; write the publication's name"


def test_a_copyright_line_without_a_name_names_no_publication() -> None:
    page = "https://www.basnews.com/en/babat/756365"
    bare = find_source(("Text.", "Copyright ©2021 All rights reserved"), url=page)
    assert bare.source == "basnews.com"  # the host stands in, flagged; never "Copyright"
    named = find_source(("Text.", "Copyright © 2021 Rudaw Media Network"), url=page)
    assert named.source == "Rudaw Media Network"


def test_a_place_and_a_reporters_name_at_the_foot_name_no_publication() -> None:
    def is_place(name: str) -> bool:
        return name == "Hasakah"

    report = "Seventy families left the camp for their villages after five years."
    signed = find_source((report, "Hasakah - Omar Khalil"), is_place=is_place)
    assert signed.source == ""
    assert "signed “Hasakah - Omar Khalil”: a place and a reporter" in signed.note


@pytest.mark.parametrize(
    ("path", "site"),
    [("Raqqa Weekly / News Desk", "Raqqa Weekly"), ("الفرات اليوم / أخبار", "الفرات اليوم")],
)
def test_a_sites_name_and_its_news_section_name_the_site(path: str, site: str) -> None:
    assert find_source(("Cells attack a checkpoint", path, REPORT)).source == site


def test_a_pictures_credit_is_no_agency_dateline() -> None:
    blocks = ("Cells attack a checkpoint", "photo_camera PHOTO/REUTERS - File photo", REPORT)
    found = find_source(blocks, url="https://weekly.example/x")
    assert found.source == "weekly.example"


@pytest.mark.parametrize("credit", ["Jane Doran/AP", "Jane Doran/Reuters"])
def test_a_photographers_credit_to_a_wire_is_no_agency_dateline(credit: str) -> None:
    caption = "A man walks past a burnt car in Kirkuk on Friday."
    found = find_source(("Cells attack a checkpoint", credit, caption, REPORT), url=WEEKLY)
    assert found.source == "weekly.example"


def test_a_credited_name_is_taken_without_its_initials() -> None:
    credit = "Source: Islamic Republic News Agency - IRNA"
    assert find_source((REPORT, credit)).source == "Islamic Republic News Agency"
    assert find_source((REPORT, "Source: Raqqa Weekly - RNA")).source == "Raqqa Weekly - RNA"
