"""Paragraph anchors, and a report's own subheadings marked as headings in place."""

from __future__ import annotations

from archivist.content.anchors import anchor_paragraphs

BODY = (
    "<p>ISIS operations have returned to rural Aleppo.</p>\n"
    "<p>Assassinations</p>\n"
    "<p>On Tuesday evening, ISIS announced the assassination of a colonel.</p>\n"
    "<p>The end</p>"
)


def test_a_short_unpunctuated_line_between_paragraphs_is_a_subheading() -> None:
    html = anchor_paragraphs(BODY)
    assert '<p id="p2" class="subhead" role="heading" aria-level="2">Assassinations' in html


def test_a_subheading_keeps_its_paragraph_number_for_citations() -> None:
    html = anchor_paragraphs(BODY)
    assert [f'id="p{n}"' in html for n in (1, 2, 3, 4)] == [True] * 4
    assert 'href="#p2"' in html


def test_sentences_the_first_paragraph_and_the_last_stay_paragraphs() -> None:
    html = anchor_paragraphs("<p>Raqqa</p><p>Killed were 5.</p><p>Text.</p><p>Last line</p>")
    assert html.count("subhead") == 0


def test_a_line_with_markup_or_closing_punctuation_is_no_subheading() -> None:
    html = anchor_paragraphs("<p>One.</p><p><em>Note</em></p><p>Who:</p><p>Two.</p>")
    assert "subhead" not in html
