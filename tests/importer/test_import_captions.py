"""A photo's caption and its credit leave the body, however the page sets them; a report's
sentence next to a credit stays."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import captions, is_furniture, strip_furniture
from archivist.importer.captions import (
    caption_lines,
    ends_with_credit,
    is_credit_line,
    is_credited_caption,
)
from archivist.importer.headline import find_title


@pytest.mark.parametrize(
    "line",
    [
        "Photo: ANF",
        "Image Credit: Baderkhan Ahmad/AP",
        "(photo credit: RODI SAID / REUTERS)",
        "Alice Martins for The Washington Post",
        "Omar Haj Kadour/AFP via Getty Images",
        "Jane Doran/Reuters",
        "Fotoğraf: AA",
        "Foto: DHA",
        "Wêne: ANHA",
        "الصورة: وكالة هاوار",
        "صورة: أرشيف",
        "(الصورة من الإنترنت)",
        "Images: Illustration by Jane Doe",
        "Photos: ANHA",
        "Fotoğraflar: AA",
    ],
)
def test_a_credit_on_its_own_line_in_four_languages(line: str) -> None:
    assert is_credit_line(line)
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "A girl hugs her mother at al-Hol camp in Syria in 2023. [Delil Souleiman/AFP]",
        "An aerial view shows the camp. (Omar Haj Kadour | AFP via Getty Images)",
        "Endamê DAIŞê li Sûrîyayê hatiye girtin [Wêne ji Navenda Ragihandinê ya QSD]",
        "Smoke rises from a building in Kirkuk, Iraq, Friday, Oct. 21 / AP",
        "Iraqi forces launch an operation against ISIS near Kirkuk on 19 April 2022. [Getty]",
    ],
)
def test_a_caption_with_its_credit_after_it(line: str) -> None:
    assert is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Casualties rose sharply in the years (2014/2015) of the siege.",
        "Raqqa / ANHA",
        "The photographer was detained by the SDF for two days, the agency said.",
        "The attack killed four soldiers, the ministry said. (İLKHA)",
        "The report names the camp [Al-Hol] only once, in its second paragraph.",
    ],
)
def test_a_reports_line_is_not_a_credited_caption(line: str) -> None:
    assert not is_credited_caption(line) and not is_credit_line(line)


def test_a_bracketed_credit_takes_the_bare_line_above_it_but_not_a_sentence() -> None:
    caption = "Displaced Yazidis walk toward the Syrian border in August 2014"
    sentence = "The SDF said the cell had planned attacks on the camp's guards."
    blocks = (caption, "(photo credit: RODI SAID / REUTERS)", sentence, "(Photo: ANHA)")
    assert caption_lines(blocks) == frozenset({0, 1, 3})
    assert captions(blocks) == (caption,)  # its places are read, its credit is not


def test_a_caption_is_never_the_headline() -> None:
    caption = "Displaced families walk toward the border in August 2014"
    headline = "ISIS cells step up attacks in Deir ez-Zor"
    report = "Families fled the border area as the attacks grew, local sources said."
    blocks = (caption, "(photo credit: RODI SAID / REUTERS)", headline, report)
    assert find_title(blocks) == (headline, 2)


def test_a_caption_shown_bare_and_then_with_a_slashed_credit_goes_both_times() -> None:
    caption = "A man with two of his girls at the camp. One sleeps beside a doll."
    report = "The women huddled in the shade of their tent and spoke of the way home."
    blocks = ("Subscribe", caption, f"{caption} (Younes Mohammad/for The Washington Post)", report)
    assert strip_furniture(blocks) == (report,)


def test_a_caption_credited_after_a_slash_without_brackets_is_furniture() -> None:
    caption = "Smoke rises from a building in Kirkuk, Iraq, Friday, Oct. 21 / AP"
    report = "Militants attacked the city of Kirkuk early on Friday, the police said."
    blocks = ("Raqqa / ANHA", caption, "Updated: 12 May 2024", report)
    assert strip_furniture(blocks) == ("Raqqa / ANHA", "Updated: 12 May 2024", report)


def test_a_photo_credit_and_its_caption_leave_the_body() -> None:
    report = (
        "Syrian Kurdish forces guarded the camp for years and detained tens of thousands of "
        "women and children there, officials said on Tuesday."
    )
    caption = "An aerial view shows the camp in northeastern Syria on Wednesday."
    credit = "Omar Haj Kadour/AFP via Getty Images"
    more = "The guards were replaced on Thursday, the camp's administration said in a statement."
    assert strip_furniture((report, caption, credit, more)) == (report, more)
    headline = "What to know about the camps"
    after = "The camp as seen in 2019, after the defeat of the caliphate."
    kept = strip_furniture((headline, "Alice Martins for The Washington Post", after, report))
    assert kept == (headline, report)


def test_a_photographers_credit_to_a_wire_takes_its_caption_but_a_sites_section_stays() -> None:
    report = "Militants attacked the city of Kirkuk early on Friday, the police said on Saturday."
    caption = "A man walks past a burnt car in Kirkuk on Friday."
    assert strip_furniture(("Jane Doran/Reuters", caption, report)) == (report,)
    assert strip_furniture(("Raqqa Weekly / News Desk", report)) == (
        "Raqqa Weekly / News Desk",
        report,
    )


def test_a_long_caption_ending_with_a_photographers_copyright_leaves_the_body() -> None:
    report = "Militants attacked the city of Kirkuk early on Friday, the police said on Saturday."
    caption = (
        "Jinek li ber deriyê kampê sekiniye, li bakurê rojhilatê Sûriyê. Bêtirî deh hezar jin û "
        "zarok ji gelek welatan li kampê ne, û malbatên wan li benda vegerê ne. Rêveberî dixwaze "
        "welat welatiyên xwe vegerînin, lê hindik vegeriyan. © 2019 Jane Doe"
    )
    assert len(caption.split()) > 40
    more = "The guards were replaced on Thursday, the camp's administration said in a statement."
    assert strip_furniture((report, caption, more)) == (report, more)
    assert is_furniture("© 2019 Raqqa Weekly")  # a footer's line, as before


def test_a_short_sentence_credited_in_brackets_over_the_report_is_its_photos_caption() -> None:
    headline = "Kurds help militants in the battle for the town"
    caption = "A position in the town is targeted during air strikes by the coalition. (AP)"
    report = (
        "Ethnic Kurds are helping members of the group in the battle for the town, officials said."
    )
    last = "Olay üzerine bölgede geniş çaplı bir operasyonun başlatıldığı kaydedildi. (İLKHA)"
    assert strip_furniture((headline, caption, caption, report)) == (headline, report)
    assert strip_furniture((headline, report, last)) == (headline, report, last)
    assert strip_furniture((headline, last)) == (headline, last)  # a flash of one sentence


def test_a_caption_the_page_also_shows_with_its_credit_leaves_the_body() -> None:
    caption = "Displaced families walk toward the Syrian border in August 2014"
    report = "The final battle took place in March, in a village on the Euphrates."
    blocks = (f"{caption} (photo credit: RODI SAID / REUTERS)", caption, report)
    assert strip_furniture(blocks) == (report,)


def test_a_caption_with_a_kurmanji_picture_credit_goes_bare_cut_and_credited() -> None:
    caption = "Endamê DAIŞê Enwer Ebdul Rehman Hadûşî li Sûrîyayê hatiye girtin."
    credited = f"{caption} [Wêne ji Navenda Ragihandinê ya QSD hatiye wergirtin]"
    report = "Hêzên Kurdî li Dêra Zorê endamekî DAIŞê yê payebilind girtin, berpirsan got."
    blocks = (credited, caption, caption[:45], report)
    assert strip_furniture(blocks) == (report,)


def test_a_caption_behind_a_camera_icon_goes_with_its_bare_copy_and_the_tag_icon() -> None:
    caption = "انفجار لغم أرضي في حي الفردوس في مدينة الرقة في تشرين الثاني 2018 (الرقة تذبح بصمت)"
    report = "أعلن تنظيم الدولة الإسلامية عن مقتل وإصابة عدد من عناصر قوات سوريا الديمقراطية."
    blocks = (caption, f"camera icon{caption}", "tag icon ع ع ع", report)
    assert strip_furniture(blocks) == (report,)


@pytest.mark.parametrize(
    "line",
    [
        "Syrian Democratic Forces fighters in Raqqa (Reuters)",
        "قوات سوريا الديمقراطية (رويترز)",
        "Saldırının ardından bölgeye bir heyetin gittiği kaydedildi. (İLKHA)",
    ],
)
def test_an_agencys_name_in_brackets_ends_a_caption_or_a_sentence(line: str) -> None:
    assert ends_with_credit(line)


def test_a_year_or_a_bracket_inside_the_line_is_no_agencys_name() -> None:
    assert not ends_with_credit("The siege of Kobani (2014/2015)")
    assert not ends_with_credit("The Syrian Democratic Forces (SDF) took the town")


def test_a_pictures_label_and_credit_after_the_captions_last_sentence_end_it() -> None:
    caption = (
        "Kurdish forces taking a break after clashes with ISIS militants near Makhmur in "
        "northern Iraq. Photo: ARA News"
    )
    assert is_credited_caption(caption)
    assert not is_credited_caption("The ministry said the photo: it was taken in 2019.")


@pytest.mark.parametrize(
    "caption",
    [
        "Female police officers at a checkpoint. Photo courtesy of Rezan Kobani.",
        "A street in eastern Raqqa on Friday. Photo by Raqqa Is Being Slaughtered Silently",
        "A fighter says goodbye as he leaves for Iraq. Photo Credits: Jane Doe",
    ],
)
def test_a_picture_courtesy_of_or_by_someone_after_the_captions_sentence_ends_it(
    caption: str,
) -> None:
    assert is_credited_caption(caption)


def test_a_caption_without_its_stop_and_with_an_agency_in_brackets_goes() -> None:
    blocks = (
        "Fighters of the SDF near Hajin (Reuters)",
        "Cells strike an SDF checkpoint near Hajin",
        "Cells of the Islamic State attacked a checkpoint near Hajin on Monday night, killing "
        "two fighters, the SDF said.",
    )
    assert caption_lines(blocks) == frozenset({0})
    assert find_title(blocks) == (blocks[1], 1)


def test_an_aside_a_list_item_or_a_dateline_in_brackets_is_no_caption() -> None:
    blocks = (
        "Out with the old, in with the new (and better)",
        "- The Syrian Democratic Forces (SDF)",
        "Updated 12:21 (Damascus time)",
    )
    assert caption_lines(blocks) == frozenset()


@pytest.mark.parametrize(
    "line",
    [
        "An image grab from a local channel purportedly shows smoke over the camp on Friday.",
        "A picture taken on 3 May shows the damaged checkpoint near Hajin.",
        "Map of the month's attacks (black dots if claimed) in Deir ez-Zor in June 2024.",
        "صورة أرشيفية لعناصر من قوات سوريا الديمقراطية في دير الزور",
    ],
)
def test_a_caption_that_names_its_picture_goes_without_a_credit(line: str) -> None:
    report = (
        "An ISIS cell attacked a checkpoint near Hajin on Monday night, killing two fighters, "
        "the SDF said in a statement on Tuesday."
    )
    assert strip_furniture(("Cells attack a checkpoint near Hajin", line, report)) == (
        "Cells attack a checkpoint near Hajin",
        report,
    )


def test_a_reports_sentence_about_a_picture_stays() -> None:
    report = (
        "The picture of the camp that the officials gave after their visit on Monday was grim, "
        "and the SDF said it needed more guards."
    )
    assert strip_furniture(("Officials visit al-Hol camp", report)) == (
        "Officials visit al-Hol camp",
        report,
    )


def test_a_caption_ending_with_its_photographer_for_a_paper_in_brackets_goes() -> None:
    line = "Women queue for water at a camp in Syria in May 2021. (Jane Roe for The Daily Post)"
    assert is_credited_caption(line)
    assert caption_lines(("A report's headline here", line)) == frozenset({1})


def test_a_caption_with_its_own_date_before_the_agency_in_brackets_goes() -> None:
    blocks = (
        "Kamp sakinleri Haseke'de yardım kuyruğunda bekliyor, 3 Mart 2025 (Reuters)",
        "Haseke'de kamp sakinleri yardım bekliyor",
        "Haseke kırsalındaki kampta yaşayan aileler, yardımların gecikmesinden şikâyet etti.",
    )
    assert caption_lines(blocks) == frozenset({0})
    assert caption_lines(("Updated 12:21 (Damascus time)",)) == frozenset()


def test_a_long_caption_ending_with_its_credit_and_a_licence_link_leaves_the_body() -> None:
    report = "Militants attacked the city of Kirkuk early on Friday, the police said on Saturday."
    caption = (
        "Civilians wait at a checkpoint south of Kirkuk on Thursday. Thousands have left the "
        "villages along the road since the spring, and more are expected to follow them before "
        "the harvest, when the fighting on the plain usually grows worse and the roads close "
        "for days at a time, aid groups working in the province said this week. "
        "Photo by Jane Doe/UPI | License Photo"
    )
    assert len(caption.split()) > 60
    more = "The guards were replaced on Thursday, the governor's office said in a statement."
    assert strip_furniture((report, caption, more)) == (report, more)
    assert not is_credited_caption(
        "The ministry asked outlets to license photo archives | Buy Photo"
    )
