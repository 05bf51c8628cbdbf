"""Title and dateline: only a date at the top counts, and it leaves the body."""

from __future__ import annotations

import pytest

from archivist.importer.datelines import dateline, signed_date
from archivist.importer.headline import read_head


def test_title_repeated_below_the_standfirst_and_the_dateline_leave_the_body() -> None:
    head = read_head(
        ("Title here now", "Standfirst.", "Title here now", "9 May 2024   05:44", "Text.")
    )
    assert head.title == "Title here now"
    assert str(head.date) == "2024-05-09"
    assert head.date_evidence == "9 May 2024   05:44"
    assert head.body == ("Standfirst.", "Text.")


def test_event_dates_in_sentences_are_not_publication_dates() -> None:
    head = read_head(
        ("Police arrest ISIS cell", "On Jun. 9, 2020, police arrested an ISIS cell of 13 in Azaz.")
    )
    assert head.date is None
    assert head.flags == ("no date found",)
    assert dateline("On Jun. 9, 2020, police intelligence forces in Azaz arrested a cell") is None


def test_a_dateline_far_below_the_title_is_not_read() -> None:
    blocks = ("A headline today", *(f"Paragraph {n}." for n in range(10)), "9 May 2024")
    assert read_head(blocks).date is None


def test_a_place_and_agency_around_the_date_still_make_a_dateline() -> None:
    found = dateline("Qamishlo, 9 May 2024 (ANHA)")
    assert found is not None
    assert str(found.date) == "2024-05-09"


def test_an_updated_line_is_not_the_publication_date() -> None:
    head = read_head(("A headline today", "Published 9 May 2024", "Updated 10 May 2024", "Text."))
    assert str(head.date) == "2024-05-09"
    assert head.body == ("Text.",)


def test_a_dateline_with_one_date_and_a_last_updated_time_gives_the_date_flagged() -> None:
    head = read_head(
        (
            "مقتل عنصرين من قسد بهجوم لداعش في دير الزور",
            "05 سبتمبر 2025   |  آخر تحديث: 12:21 (توقيت القدس)",
            "قتل عنصران من قسد بهجوم لداعش على حاجز في ريف دير الزور.",
        )
    )
    assert str(head.date) == "2025-09-05"
    assert head.flags == (
        "last-updated date (05 سبتمبر 2025   |  آخر تحديث: 12:21 (توقيت القدس)): "
        "check the publication date",
    )
    assert head.body == ("قتل عنصران من قسد بهجوم لداعش على حاجز في ريف دير الزور.",)


@pytest.mark.parametrize(
    "line",
    [
        "نشر في 05 سبتمبر 2025 - آخر تحديث 07 سبتمبر 2025",
        "Published 5 September 2025, last updated 7 September 2025",
        "Updated 7 September 2025, published 5 September 2025",
    ],
)
def test_a_dateline_with_a_publication_and_an_update_date_gives_the_publication(
    line: str,
) -> None:
    head = read_head(("Blast in Raqqa market", line, "A blast hit a market in Raqqa."))
    assert str(head.date) == "2025-09-05"
    assert head.flags == ()


def test_two_different_datelines_are_ambiguous() -> None:
    head = read_head(("Blast in Raqqa market", "9 May 2024", "10 May 2024", "A blast in Raqqa."))
    assert head.date is None
    assert head.flags[0].startswith("ambiguous date")


def test_page_metadata_gives_the_date_and_must_agree_with_the_dateline() -> None:
    meta = "2023-10-14T08:15:00+03:00"
    title, text = "Blast in Raqqa market", "A blast hit a market in Raqqa."
    assert str(read_head((title, text), title, meta).date) == "2023-10-14"
    disagree = read_head((title, "1 October 2023", text), title, meta)
    assert disagree.date is None
    assert "disagree" in disagree.flags[0]


def test_site_names_and_menus_are_not_titles() -> None:
    assert read_head(("Menu.", "x", "The real headline", "Body.")).title == "The real headline"
    assert read_head(("# A Markdown headline", "Body.")).title == "A Markdown headline"


def test_kickers_and_site_names_above_the_headline_are_dropped() -> None:
    head = read_head(
        ("ANF | Firat News Agency", "NEWS CENTER", "Cell dismantled in Raqqa", "Text.")
    )
    assert head.title == "Cell dismantled in Raqqa"
    assert head.body == ("Text.",)


def test_a_byline_below_the_headline_gives_the_author() -> None:
    head = read_head(("A headline today", "By Jane Doe", "Text."))
    assert head.authors == ("Jane Doe",)
    assert head.body == ("Text.",)


def test_a_page_title_with_the_site_name_gives_the_headline_paragraph() -> None:
    head = read_head(
        ("Raqqa: ISIS cell arrested", "15/10/2023", "Text."),
        "Raqqa: ISIS cell arrested | Syria Daily",
    )
    assert head.title == "Raqqa: ISIS cell arrested"
    assert str(head.date) == "2023-10-15"
    assert head.body == ("Text.",)


def test_a_place_and_agency_line_is_not_a_headline() -> None:
    head = read_head(("Raqqa / ANHA", "Two civilians killed in Deir ez-Zor", "Text."))
    assert head.title == "Two civilians killed in Deir ez-Zor"


def test_furniture_above_the_headline_gives_way_to_a_line_sharing_words_with_the_report() -> None:
    head = read_head(("Logo Wide", "Recap: The SDF Under ISIS Fire", "The SDF faced ISIS attacks."))
    assert head.title == "Recap: The SDF Under ISIS Fire"
    assert head.flags == ("no date found",)


def test_a_title_that_shares_no_word_with_the_report_is_flagged() -> None:
    head = read_head(("Site icon WBHM", "Women and children sit near a wall in al-Hol camp."))
    assert head.title == "Site icon WBHM"
    assert "shares no word with the report" in head.flags[0]


def test_a_two_word_title_is_flagged() -> None:
    head = read_head(("Iraqi family", "An Iraqi family returned home from al-Hol camp."))
    assert "only 2 word(s)" in head.flags[0]


def test_a_title_longer_than_any_headline_is_flagged() -> None:
    # a site's sentence around the headline: "you are now following the news <headline>
    # from the world news section, and we leave you with the full details"
    title = (
        "انتم الان تتابعون خبر قتلى من قسد بهجوم داعش شمالي سوريا من قسم اخبار العالم "
        "والان نترككم مع التفاصيل الكاملة"
    )
    head = read_head((title, "أعلنت قوات سوريا الديمقراطية مقتل 5 من مقاتليها في هجوم لداعش."))
    assert "is 20 words long: is it the headline?" in head.flags[0]


def test_a_caption_with_its_agency_in_brackets_is_never_the_title() -> None:
    # "Syrian Democratic Forces (Reuters)": a photo's caption above the report
    head = read_head(
        ("قوات سوريا الديمقراطية (رويترز)", "أعلنت قوات سوريا الديمقراطية اعتقال قيادي.")
    )
    assert (head.title, head.flags[0]) == ("", "no title found")


def test_a_title_ending_with_an_agency_in_brackets_is_asked_about_but_not_a_year() -> None:
    report = "The Syrian Democratic Forces said they had taken the last village held by ISIS."
    head = read_head(("SDF fighters in Baghuz, March 2019 (Reuters)", report))
    assert head.flags[0] == (
        "title “SDF fighters in Baghuz, March 2019 (Reuters)” ends with a name in "
        "brackets: a photo's caption?"
    )
    head = read_head(("Syrian Democratic Forces take Baghuz (2019)", report))
    assert not any("brackets" in flag for flag in head.flags)


def test_arabic_titles_share_words_through_the_article_and_conjunctions() -> None:
    head = read_head(("هجوم على حاجز في الرقة", "وقع الهجوم على الحاجز فجر اليوم."))
    assert head.flags == ("no date found",)


def test_short_lines_under_the_title_go_but_a_sub_heading_after_the_lede_stays() -> None:
    lede = "Security forces said on Wednesday that they had detained three members " * 4
    head = read_head(("Forces detain three members", "Delil Souleiman", lede, "Arrests", "Text."))
    assert head.body == (lede, "Arrests", "Text.")


def test_a_line_sharing_one_word_by_chance_gives_way_to_the_headline() -> None:
    head = read_head(
        (
            "Site icon WBHM",
            "A vast camp for ISIS families faces an uncertain fate",
            "The camp for families of ISIS fighters was a detention site with an uncertain fate.",
        )
    )
    assert head.title == "A vast camp for ISIS families faces an uncertain fate"


def test_a_quoted_sentence_is_not_a_headline() -> None:
    head = read_head(("Gunmen kill guard in Hasakah", "'He said: “They came at night.”'", "Text."))
    assert head.title == "Gunmen kill guard in Hasakah"
    assert read_head(("'He said: “They came at night.”'", "Text.")).title == ""


REPORT = (
    "Hundreds of families left the camp on Tuesday after the guards withdrew from its gates, "
    "officials said."
)


def test_a_subheading_from_inside_the_report_is_flagged_and_stays_in_the_body() -> None:
    subheading = "FAMILIES LEFT THE CAMP GATES"
    after = "The camp's gates stood open for ten hours while families left."
    head = read_head((REPORT, subheading, after))
    assert any(flag.startswith("no headline in the capture") for flag in head.flags)
    assert head.body == (REPORT, subheading, after)


def test_a_teaser_of_another_page_inside_the_report_is_flagged_and_leaves_the_body() -> None:
    teaser = "Influencer who wrote seven books turns out to be a convict"
    head = read_head((REPORT, teaser, "Guards at the prison counted the detainees again."))
    assert any(flag.startswith("no headline in the capture") for flag in head.flags)
    assert teaser not in head.body


def test_the_captures_cut_off_last_line_standing_in_for_the_title_stays_in_the_body() -> None:
    opened = "The camp's gates stood open for ten hours while families left."
    cut = "Guards at the prison counted the detainees again after the families who had"
    head = read_head((REPORT, opened, cut))
    assert any(flag.startswith("no headline in the capture") for flag in head.flags)
    assert head.body == (REPORT, opened, cut)


def test_another_storys_headline_ending_the_capture_leaves_the_body() -> None:
    opened = "The camp's gates stood open for ten hours while families left."
    other = "Gunmen attack journalists on the road to Kirkuk!"
    head = read_head((REPORT, opened, other))
    assert head.body == (REPORT, opened)


def test_a_headline_above_the_standfirst_beats_a_photo_caption_sharing_more_words() -> None:
    blocks = (
        "Camp life – the aftermath of the war",
        "By the end of September the population of the camp stood at just under seventy "
        "thousand people.",
        "Displaced families walk toward the Syrian border in August 2014",
        "In August 2014 the displaced families walked toward the Syrian border from Sinjar.",
    )
    head = read_head(blocks)
    assert head.title == "Camp life – the aftermath of the war"
    assert any("check it" in flag for flag in head.flags)


def test_a_caption_repeated_with_its_photo_credit_is_not_the_headline() -> None:
    caption = "Displaced families walk toward the border in August 2014"
    blocks = (
        "A new camp opens",
        f"{caption} (photo credit: RODI SAID / REUTERS)",
        caption,
        "Displaced families reached the new camp near the border, the agency said.",
    )
    assert read_head(blocks).title == "A new camp opens"


def test_the_headline_without_the_site_tag_line_that_follows_it_in_the_page_title() -> None:
    headline = "SDF arrests an ISIS cell east of Deir ez-Zor"
    blocks = (f"{headline} - It's Over 9000!", headline, "The SDF arrested three men.")
    head = read_head(blocks)
    assert head.title == headline
    assert head.body == ("The SDF arrested three men.",)


def test_a_short_part_after_a_dash_the_report_never_names_is_flagged() -> None:
    head = read_head(("Three killed in an attack near Raqqa - Daily Wire Hub", "Three died."))
    assert any("Daily Wire Hub" in flag for flag in head.flags)
    named = read_head(("ISIS attacks positions in eastern Syria – SDF", "The SDF said so."))
    assert not any("never names" in flag for flag in named.flags)


def test_a_photo_credit_under_the_headline_leaves_the_body() -> None:
    blocks = ("What to know about the camps", "Alice Martins for The Washington Post", REPORT)
    head = read_head(blocks)
    assert head.title == "What to know about the camps"
    assert head.body == (REPORT,)


def test_a_bullet_in_front_of_the_headline_is_not_part_of_the_title() -> None:
    blocks = ("•  Gelo çek çawa derbasî kampa Holê dibin? (rapor)", "Li kampa Holê çek hene.")
    head = read_head(blocks)
    assert head.title == "Gelo çek çawa derbasî kampa Holê dibin? (rapor)"
    assert head.body == ("Li kampa Holê çek hene.",)


def test_a_first_line_longer_than_any_headline_stays_in_the_body_as_the_lede() -> None:
    lede = (
        "The regional and local backers of the group go on trying to sow chaos in the areas "
        "freed by the Syrian Democratic Forces in the north of the country"
    )
    head = read_head((lede, "A cell attacked a checkpoint near Hajin and fled."))
    assert head.title == lede
    assert any("words long" in flag for flag in head.flags)
    assert head.body[0] == lede


def test_a_market_ticker_is_no_headline() -> None:
    lede = "Terör örgütü DEAŞ'ın Irak'ta düzenlediği saldırıda 1 asker öldü, 5 asker yaralandı."
    blocks = ("• Euro 34.9437", "• Lefkoşa 14 °C", "Irak'ta DEAŞ saldırısı: 1 ölü, 5 yaralı", lede)
    assert read_head(blocks).title == "Irak'ta DEAŞ saldırısı: 1 ölü, 5 yaralı"


def test_a_masthead_printed_twice_over_is_no_headline() -> None:
    staff = "رئيس التحرير خالد طاحون مدير التحرير يوسف قبودان"
    title = "مقتل وإصابة 10 جنود عراقيين في هجوم لداعش على موقع للجيش"
    lede = "أكد مصدران أمنيان أن ضابطا وأربعة جنود عراقيين قتلوا في هجوم شنه مسلحون من داعش."
    assert read_head((f"{staff} {staff}", "عالمي", title, lede)).title == title


def test_a_kicker_and_a_bar_before_the_headline_give_the_whole_line_flagged() -> None:
    title = (
        "ISIS resurgence | Cells attack checkpoint of “Self-Defence Forces” in western Deir Ezzor"
    )
    head = read_head((title, "Reliable sources have confirmed that cells opened fire on a post."))
    assert head.title == title
    assert f"title “{title}” holds a bar (“ | ”): is all of it the headline?" in head.flags
    assert read_head(("Site | News", "Text of the report.")).title == ""


def test_a_statement_is_dated_by_its_signature_at_the_foot() -> None:
    blocks = ("Bo Raya Giştî!", "FKKS bangê hêzan dike ku bê deng nemînin.", "03.02.2022")
    signed = signed_date((*blocks, "Federasyona Komeleyên Kurdistan li Swêd", "Şîrove girtî ne."))
    assert signed is not None and str(signed.date) == "2022-02-03"
    # another story's date under a headline in a list of links, below the report's foot
    links = ("Haftanın Öne Çıkanları", "2017-08-17 15:37 - Sağlık", "Erzurum'da trafik kazası")
    assert signed_date(("Rapor burada bitti ve başka bir şey yok.", *links)) is None


def test_a_breadcrumb_before_the_headline_is_left_for_the_headline_alone() -> None:
    headline = "Kobanî: Çekdarên DAIŞê êrîşî gundekî kirin"
    report = "Çekdarên DAIŞê şeva borî êrîşî gundekî başûrê Kobanî kirin û du kes birîndar bûn."
    head = read_head((f"Serrûpel Nûçe {headline}", headline, report))
    assert head.title == headline
    assert head.body == (report,)


def test_a_label_and_a_name_the_report_quotes_is_a_byline_not_a_headline() -> None:
    report = "وقال ناشط لمراسل “صوت الفرات”: إن التنظيم اعتقل عشرات الشبان في المدينة."
    head = read_head(("حصري – صوت الفرات", report))
    assert (
        "title ends with “صوت الفرات”, a name the report quotes: "
        "a byline, not the headline?" in head.flags
    )
