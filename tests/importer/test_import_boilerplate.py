"""Site furniture is recognised; the report's own paragraphs are not."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import is_furniture, strip_furniture, summary_copies


@pytest.mark.parametrize(
    "line",
    [
        "JustPaste.it",
        "Search",
        "  Back to Top ",
        "Helpful keywords",
        "406c3147d4f2f124425a6f4bf33b7d15.png",
        "اظهر المزيد",
        "زر الذهاب إلى الأعلى",
        "أظهر المزيد",
        "Paylaş",
        "Parve bike",
        "\u00a0",
        "© 2024 ANHA. All rights reserved.",
        "Subscribe to our newsletter for weekly updates",
        "Home > News > Syria",
        "Read: Three injured in Raqqa blast",
        "اقرأ: ثلاثة جرحى في انفجار بالرقة",
        "Oku: Rakka'da patlama: 3 yaralı",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "T/ Satt.",
        "Assassinations",
        "The picture was saved as image.png by the agency, the spokesman said.",
        "Searching for survivors continued on Friday.",
    ],
)
def test_report_lines_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_a_trailing_list_after_a_related_heading_is_dropped() -> None:
    blocks = ("Title", "Para one.", "Para two.", "Para three.", "Related articles", "Other", "More")
    assert strip_furniture(blocks) == ("Title", "Para one.", "Para two.", "Para three.")


def test_a_related_heading_followed_by_long_paragraphs_is_not_a_trailer() -> None:
    long = "A long paragraph of the report itself, " * 5
    blocks = ("A headline of the report", "Para one.", "Para two.", "Related", long)
    assert strip_furniture(blocks) == ("A headline of the report", "Para one.", "Para two.", long)


def test_an_inline_read_also_link_is_dropped_but_the_paragraph_after_it_stays() -> None:
    blocks = ("Title", "Para one.", "Read also: Three injured in Raqqa blast", "Short last para.")
    assert strip_furniture(blocks) == ("Title", "Para one.", "Short last para.")


def test_short_sentences_after_a_marker_are_not_a_trailer() -> None:
    blocks = ("Title", "Para one.", "Para two.", "Related", "The end of the report.")
    assert strip_furniture(blocks) == blocks


@pytest.mark.parametrize(
    "line",
    [
        "Image Credit: Baderkhan Ahmad/AP",
        "Photo: ANF",
        "منذ 3 ساعات",
        "12 hours ago",
        "3 saat önce",
        "Powered by automated translation",
        "Fly Erbil Advertisment",
        "1,234",
        "345 views",
        "Güncelleme:",  # a date's label, its date gone
        "Last updated:",
        "آخر تحديث:",
    ],
)
def test_credits_relative_times_adverts_and_counters_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["2019", "09.05.2024", "21 Dec, 2018 12:40", "Five killed."])
def test_dates_and_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_caption_the_page_repeats_is_dropped_the_second_time() -> None:
    caption = "A girl hugs her mother at al-Hol camp in 2023."
    blocks = ("Headline here", caption, caption, "The report's first paragraph.")
    assert strip_furniture(blocks) == ("Headline here", caption, "The report's first paragraph.")


REPORT = (
    "ISIS kills four SDF fighters near Baghuz",
    "Four fighters of the SDF were killed by a roadside bomb near al-Baghuz on Monday.",
    "The SDF named the four fighters in a statement on Tuesday.",
    "ISIS made its last stand as a caliphate in al-Baghuz in 2019.",
)


DESCRIPTION = (
    "SDF fighters were killed near al-Baghuz in a bomb attack that ISIS later claimed, "
    "the SDF said on Tuesday."
)


def test_a_description_the_page_writes_three_times_under_the_report_goes_with_its_cut_copy() -> (
    None
):
    foot = (DESCRIPTION, DESCRIPTION, DESCRIPTION, DESCRIPTION[:60].rstrip())
    assert strip_furniture((*REPORT, *foot)) == REPORT


def test_a_summary_under_the_headline_that_the_first_paragraph_opens_with_goes() -> None:
    summary = "Four fighters of the SDF were killed by a roadside bomb on Monday."
    lede = f"{summary} The SDF blamed an ISIS cell for the attack near al-Baghuz."
    blocks = (REPORT[0], summary, "12 May 2024", lede, *REPORT[2:])
    assert strip_furniture(blocks) == (REPORT[0], "12 May 2024", lede, *REPORT[2:])
    lines = ("Syria", f"Syria says {REPORT[2]}")  # a short line a paragraph opens with
    assert summary_copies(lines) == frozenset()
    headline = "ISIS kills four SDF fighters near Baghuz in a roadside bombing"
    assert summary_copies((headline, f"{headline} on Monday, the SDF said.")) == frozenset()


def test_a_lede_a_summary_repeats_above_the_report_stays() -> None:
    lede = REPORT[1]
    blocks = (REPORT[0], lede, lede, lede, *REPORT[2:])
    assert strip_furniture(blocks) == REPORT


@pytest.mark.parametrize(
    "head",
    [
        "3 Comments",
        "Comments (2)",
        "2 thoughts on “ISIS kills four SDF fighters near Baghuz”",
        "Jane Doe May 12, 2024 at 10:15 pm Reply",
        "Jane Doe says: 12 May 2024 at 10:15",
        "أحمد العلي 12/05/2024 الساعة 10:15 رد",
        "التعليقات",
        "Mehmet Yılmaz 12.05.2024 14:30 Yanıtla",
        "Yorumlar",
        "Azad 12.05.2024 Bersiv",
        "Comments are closed.",
        "Yorumlar kapatıldı.",
        "التعليقات مغلقة.",
        "Şîrove girtî ne.",
    ],
)
def test_reader_comments_written_as_sentences_are_cut_at_their_heading(head: str) -> None:
    comments = (
        head,
        "Maybe Syria should pay ISIS to leave, as long as they go afterwards.",
        "The article should call them Kurdish fighters.",
    )
    assert strip_furniture((*REPORT, *comments)) == REPORT


@pytest.mark.parametrize(
    "form",
    [
        (
            "Leave a Reply",
            "Comment *",
            "Save my name, email, and website in this browser for the next time I comment.",
        ),
        (
            "Bir cevap yazın",
            "E-posta hesabınız yayımlanmayacak. Gerekli alanlar * ile işaretlenmişlerdir",
        ),
        ("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"),
        ("اضف رد", "لن يتم نشر البريد الإلكتروني .", "التعليقات تمثل وجهة نظر كاتبها فقط"),
        ("Total Comments (0)", "Comments About This Article", "Please fill the fields below."),
        ("Yorum yap", "Yorumunuz onaylandıktan sonra yayınlanacaktır."),
        ("Şîrove bike", "Navê te dê neyê weşandin."),
        ("Add a comment", "Your email address will not be published."),
    ],
)
def test_a_comment_form_after_the_report_is_cut_with_its_labels(
    form: tuple[str, ...],
) -> None:
    assert strip_furniture((*REPORT, *form)) == REPORT


def test_a_report_sentence_that_mentions_comments_or_a_reply_stays() -> None:
    report = (*REPORT, "The SDF did not reply to a request for comment by 10:15 on Tuesday.")
    assert strip_furniture(report) == report


def test_a_turkish_tag_list_named_after_its_story_is_furniture() -> None:
    assert is_furniture("DEAŞ mülteci kampına saldırdı ile ilgili etiketler DEAŞ Suriye Saldırı")


@pytest.mark.parametrize(
    "frame",
    [
        ("Jane Doe", "3 days ago"),
        ("Jane Doe says:", "May 12, 2024 at 10:15 pm"),
        ("أحمد العلي", "منذ يومين"),
        ("Mehmet Yılmaz", "2 gün önce"),
        ("Azad Hesen", "berî 3 rojan"),
    ],
)
def test_a_comment_without_a_heading_is_cut_at_its_commenter_and_time(
    frame: tuple[str, str],
) -> None:
    comment = (*frame, "Maybe Syria should pay ISIS to leave, as long as they go afterwards.")
    assert strip_furniture((*REPORT, *comment)) == REPORT


@pytest.mark.parametrize("buttons", ["Reply", "Like · Reply · 2y", "Beğen Yanıtla", "رد"])
def test_a_comment_is_cut_at_its_commenter_when_its_buttons_follow_it(buttons: str) -> None:
    comment = ("Jane Doe", "The article should call them Kurdish fighters.", buttons)
    assert strip_furniture((*REPORT, *comment)) == REPORT


def test_a_date_under_a_report_subheading_is_not_a_comment() -> None:
    report = (
        *REPORT,
        "Update",
        "13 May 2024 10:15",
        "The SDF said on Tuesday that a fifth fighter had died of his wounds.",
    )
    assert strip_furniture(report) == report


def test_a_timeline_of_dated_lines_is_not_a_comment() -> None:
    report = (
        *REPORT,
        "The attack follows others in the same area.",
        "12 May 2024",
        "Two fighters were killed near Hajin.",
        "14 May 2024",
        "A checkpoint was attacked near al-Busayrah.",
    )
    assert strip_furniture(report) == report


def test_a_tag_list_ends_the_report_and_the_box_after_it_goes() -> None:
    tags = "ISIS kills four SDF fighters near Baghuz ile ilgili etiketler DEAŞ Suriye"
    box = ("GÜNÜN VİDEOSU", "A man collapsed in the street in Diyarbakır and died in hospital.")
    assert strip_furniture((*REPORT, tags, *box)) == REPORT
    assert strip_furniture((*REPORT, "Tags: ISIS, SDF, Deir ez-Zor", *box)) == REPORT


def test_a_report_sentence_that_names_tags_stays() -> None:
    report = (*REPORT, "The SDF tags every vehicle it seizes, a spokesman said.")
    assert strip_furniture(report) == report


def test_a_line_of_hashtags_is_furniture_and_a_sentence_with_one_is_not() -> None:
    assert is_furniture("#Syria #ISIS, #DeirEzzor")
    assert not is_furniture("#Syria trended after the attack on the checkpoint.")


@pytest.mark.parametrize("line", ["Jane Doe • 3 years ago", "أحمد العلي - منذ يومين"])
def test_a_commenters_name_with_how_long_ago_starts_the_comments(line: str) -> None:
    comment = (line, "The article should call them Kurdish fighters.", "Reply • Share ›")
    assert strip_furniture((*REPORT, *comment)) == REPORT
    assert strip_furniture((*REPORT, *comment[:2])) == REPORT


def test_a_place_and_date_over_a_second_report_is_not_a_comment() -> None:
    report = (*REPORT, "Hajin, 12 May 2024", "Two fighters were killed near Hajin on Sunday.")
    assert strip_furniture(report) == report


@pytest.mark.parametrize(
    "line",
    [
        "أخبار ذات علاقة ظهور قيادي من داعش في دير الزور وسط غموض حول الموقف الرسمي",
        "Related news Security forces kill 30 militants in Anbar",
        "İlgili haberler DEAŞ'a yönelik operasyon sürüyor",
    ],
)
def test_a_related_label_opening_another_headline_is_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_sentence_opening_with_related_and_a_trailer_heading_are_not_dropped_as_links() -> None:
    assert not is_furniture("Related to the attack, two men were arrested on Friday.")
    blocks = ("A report sentence.", "Another one.", "Related news", "Headline one", "Headline two")
    assert strip_furniture(blocks) == ("A report sentence.", "Another one.")


def test_a_row_of_share_buttons_written_out_is_furniture() -> None:
    assert is_furniture("شارك هذه الصفحة عبر Email شارك هذه الصفحة عبر فيسبوك شارك عبر تويتر")
    assert is_furniture("Share this page via Email, Facebook or WhatsApp")
    assert not is_furniture("He shared the video on Facebook and Twitter, the police said.")


@pytest.mark.parametrize(
    "line", ["Share it...", "Share it:", "Muhabir: Abdullah Doğan", "dikGAZETE.com"]
)
def test_share_labels_reporter_lines_and_a_bare_site_name_are_furniture(line: str) -> None:
    report = "Türkmeneli Dernekler Federasyonu Başkanı açıklamalarda bulundu."
    assert strip_furniture((report, line, report.replace("Başkanı", "Başkan"))) == (
        report,
        report.replace("Başkanı", "Başkan"),
    )


def test_a_report_sentence_naming_a_reporter_or_a_website_stays() -> None:
    lines = (
        "Muhabir: Abdullah Doğan, Telafer'den kaçan ailelerle konuştu.",
        "The group posted the video on its website, amaq.com, on Friday.",
    )
    assert strip_furniture(lines) == lines


def test_a_market_ticker_above_the_headline_is_furniture_but_a_year_is_not() -> None:
    ticker = ("BIST 14.051", "DOLAR 43,86", "EURO 51,82", "ALTIN 7.313,45")
    report = "Suriye güvenlik güçleri, Rakka ilinde bir hücrenin çökertildiğini duyurdu."
    assert strip_furniture((*ticker, "Başlık burada yazıyor", report)) == (
        "Başlık burada yazıyor",
        report,
    )
    assert strip_furniture(("Raqqa 2019", report)) == ("Raqqa 2019", report)


ARABIC_REPORT = (
    "قسد تتقدم في الباغوز",
    "شن طيران التحالف الدولي غارات على مواقع التنظيم في الباغوز شرق سوريا.",
)


@pytest.mark.parametrize("mark", ["انتهى (خ،م)", " انتهى (خ ، م)", "انتهى", " انتهى/ م.ع"])
def test_an_agency_end_mark_goes_and_its_sentence_stays(mark: str) -> None:
    last = "وسينهي ذلك سيطرته على أراض اتسعت رقعتها بشكل مفاجئ في 2014."
    blocks = strip_furniture((*ARABIC_REPORT, last + mark))
    assert blocks == (*ARABIC_REPORT, last)


def test_a_sentence_that_ends_with_the_verb_ended_keeps_it() -> None:
    last = "وقال المسؤول إن الاجتماع الذي عقد في بغداد يوم الاثنين انتهى"
    assert strip_furniture((*ARABIC_REPORT, last))[-1] == last


def test_a_byline_over_its_date_below_a_long_menu_does_not_start_the_comments() -> None:
    menu = tuple(f"Section {n}" for n in range(12))
    head = ("ISIS kills four SDF fighters near Baghuz", "Suzanne Gamboa", "1 day ago")
    blocks = (*menu, *head, *REPORT[1:])
    kept = (*menu, *head[:2], *REPORT[1:])  # "1 day ago" is a relative time: furniture
    assert strip_furniture(blocks, by_place=False) == kept


def test_a_teaser_running_the_first_paragraph_into_the_next_goes() -> None:
    first = "Iraqi police said on Tuesday that six ISIS members were killed in a chase near Kirkuk."
    second = "A police statement said an explosive belt was seized from a hideout in the desert."
    teaser = f"{first} A police statement"  # the two run together, cut
    headline = "Police kill six ISIS members near Kirkuk"
    assert strip_furniture((headline, teaser, first, second)) == (headline, first, second)


def test_other_stories_headlines_above_the_report_go_but_its_own_stays() -> None:
    headline = "Police kill six ISIS members near Kirkuk"
    others = ("Artist reveals the sounds of his studio", "Parliament repeals the refugee care law")
    first = "Iraqi police said on Tuesday that six ISIS members were killed in a chase near Kirkuk."
    second = "A police statement said an explosive belt was seized from a hideout in the desert."
    assert strip_furniture((headline, *others, first, second)) == (headline, first, second)
    subheading = "Kirkuk police chase ISIS members"  # shares the report's words: it stays
    kept = (headline, subheading, first, second)
    assert strip_furniture(kept) == kept


@pytest.mark.parametrize("line", ["?", "•", "Ad", "Sponsored"])
def test_an_icons_lone_mark_and_an_adverts_label_are_furniture(line: str) -> None:
    assert is_furniture(line)
    assert not is_furniture("Ad Soyad: Mehmet Yılmaz, 42, Haseke'de gözaltına alındı.")


def test_a_reporters_name_and_place_in_capitals_is_a_byline_not_the_report() -> None:
    assert is_furniture("BERXWEDAN DILOVAN / QAMIŞLO")
    assert is_furniture("AYŞE KAYA/ HASEKE")
    assert not is_furniture("QAMIŞLO / ANHA")  # a place and its agency: a dateline
