"""An author's box under the report leaves the body, its name line with it."""

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
