"""A page's meta line, fields apart, gives its publication date from its labelled field."""

from __future__ import annotations

from archivist.importer.datelines import dateline, join_labels
from archivist.importer.headline import read_head

META = (
    "اعداد بدر محمد | تحرير بشر سعيد 🕔 تم النشر بتاريخ : 21 أكتوبر، 2016 4:41:06 م "
    "خبر دولي تنظيم الدولة الإسلامية"
)
REPORT = "شن تنظيم الدولة الإسلامية، اليوم الجمعة، هجوماً على مدينة كركوك شمال العراق، وفق مصادر."


def test_the_labelled_date_of_a_meta_line_is_read_and_the_line_leaves_the_body() -> None:
    found = dateline(META)
    assert found is not None and str(found.date) == "2016-10-21"
    head = read_head(("تنظيم الدولة يشن هجوماً على مدينة كركوك", META, REPORT))
    assert str(head.date) == "2016-10-21"
    assert head.body == (REPORT,)


def test_an_english_meta_line_with_a_bar_is_read_too() -> None:
    line = "By Jane Doe | Published on: 12 May 2024 10:15 | Middle East, Iraq, Security, Kirkuk"
    found = dateline(line)
    assert found is not None and str(found.date) == "2024-05-12"


def test_a_sentence_that_names_a_publication_date_is_no_dateline() -> None:
    sentence = (
        "The ministry said the report, published on 12 May 2024 | a date it chose, "
        "named every village the cell had attacked since January."
    )
    assert dateline(sentence) is None
    assert dateline("By Jane Doe | 12 May 2024 is when the Middle East desk first saw it") is None


def test_a_turkish_update_label_in_any_form_lets_the_line_give_its_publication_date() -> None:
    # "Son Güncellenme" (last updated): the passive noun of güncelle-, not only "güncelleme"
    found = dateline("2024.05.12 09:40 Son Güncellenme: 2024.05.13 11:05 - DÜNYA")
    assert found is not None and str(found.date) == "2024-05-12" and not found.is_update


def test_a_day_and_month_over_the_hour_and_year_are_one_date() -> None:
    headline = "YPG: ten militants killed in the town"
    report = "KOBANÊ - Fighters repelled an attack on the town this morning, the centre said."
    blocks = join_labels((headline, "25 June", "20:31 2015", report))
    assert blocks == (headline, "25 June 2015 20:31", report)
    head = read_head(blocks)
    assert str(head.date) == "2015-06-25"
    assert head.body == (report,)


def test_an_arabic_reports_numeric_date_is_read_day_first() -> None:
    headline = "القوات العراقية تمشط آخر جيوب التنظيم في المدينة"
    report = "تمشط قوات من الجيش العراقي آخر جيوب التنظيم في المدينة، في المرحلة الأخيرة."
    assert str(read_head((headline, "9-7-2017 | 10:51", report)).date) == "2017-07-09"
    english = "Iraqi forces comb the last pockets of the group in the city, in the battle's end."
    assert read_head(("Iraqi forces comb the city", "9-7-2017 | 10:51", english)).date is None
