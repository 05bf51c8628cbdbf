"""Paragraph anchors, and a report's own subheadings marked as headings in place."""

from __future__ import annotations

import re

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


def test_every_heading_gets_its_own_numbered_anchor_and_a_link_to_it() -> None:
    html = anchor_paragraphs("<p>Intro.</p><h2>Raids</h2><p>One.</p><h3>Arrests</h3><p>Two.</p>")
    assert html == (
        '<p id="p1">Intro.<a class="para-link" href="#p1" aria-label="Paragraph 1"></a></p>'
        '<h2 id="s1">Raids<a class="para-link" href="#s1" aria-label="Section 1"></a></h2>'
        '<p id="p2">One.<a class="para-link" href="#p2" aria-label="Paragraph 2"></a></p>'
        '<h3 id="s2">Arrests<a class="para-link" href="#s2" aria-label="Section 2"></a></h3>'
        '<p id="p3">Two.<a class="para-link" href="#p3" aria-label="Paragraph 3"></a></p>'
    )


def test_a_typo_corrected_moves_no_anchor() -> None:
    before = anchor_paragraphs("<h2>Raids</h2><p>Teh raid.</p><h2>Trials</h2><p>A trial.</p>")
    after = anchor_paragraphs("<h2>Raids</h2><p>The raid.</p><h2>Trials</h2><p>A trial.</p>")
    assert re.findall(r'id="(\w+)"', before) == re.findall(r'id="(\w+)"', after)
    assert re.findall(r'id="(\w+)"', after) == ["s1", "p1", "s2", "p2"]


def test_a_body_cannot_take_a_heading_anchor_for_itself() -> None:
    html = anchor_paragraphs('<div id="s1">x</div><h2>Raids</h2>')
    assert html.count('id="s1"') == 1 and html.startswith("<div>x</div>")


def test_a_body_with_headings_of_its_own_has_no_subheading_guessed() -> None:
    html = anchor_paragraphs(
        "<p>Intro.</p><h2>Raids</h2><p>One.</p><p>Assassinations</p><p>Two.</p>"
    )
    assert "subhead" not in html and '<h2 id="s1">Raids' in html
    assert '<p id="p3">Assassinations<a' in html


def test_a_japanese_sentence_a_tweets_credit_and_an_address_are_no_subheadings() -> None:
    lines = (
        "もちろん、Apple社は認めていません。",
        "— Rep. Ilhan Omar (@Ilhan) 19 Nov",
        "https://x.y/z",
    )
    html = anchor_paragraphs("<p>One.</p>" + "".join(f"<p>{x}</p>" for x in lines) + "<p>Two.</p>")
    assert "subhead" not in html
