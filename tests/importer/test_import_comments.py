"""A comment form's "no comments yet" starts the comments, in the four languages; a report's
sentence that no one has commented yet stays."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import strip_furniture

REPORT = (
    "Cells of the Islamic State attacked a checkpoint of the SDF near Hajin on Monday night.",
    "Two fighters were killed and three were wounded, the SDF said in a statement.",
    "The forces sent reinforcements to the villages along the Euphrates on Tuesday.",
)


@pytest.mark.parametrize(
    "notice",
    [
        "No comments yet.",
        "Be the first to comment!",
        "Henüz yorum yok. İlk yorumu aşağıdaki kutudan yazın.",
        "Hîn şîrove tune ne. Yekem şîroveyê li jêr binivîse.",
    ],
)
def test_a_no_comments_yet_notice_under_the_report_goes(notice: str) -> None:
    assert strip_furniture((*REPORT, notice)) == REPORT


def test_an_arabic_no_comments_yet_notice_goes() -> None:
    report = (
        "هاجمت خلايا تنظيم الدولة الإسلامية حاجزا لقوات سوريا الديمقراطية قرب هجين ليل الاثنين.",
        "قتل مقاتلان وأصيب ثلاثة آخرون بحسب بيان صادر عن قوات سوريا الديمقراطية صباح الثلاثاء.",
    )
    assert strip_furniture((*report, "لا توجد تعليقات بعد.")) == report


def test_a_report_sentence_that_no_one_has_commented_yet_stays() -> None:
    report = (*REPORT, "There are no comments yet from the coalition on the strike near Hajin.")
    assert strip_furniture(report) == report
