"""One notion of a sentence's end, with an agency's credit after it, for every rule."""

from __future__ import annotations

from archivist.importer.headline import find_title
from archivist.importer.linekinds import Kind, kind_of
from archivist.importer.pageframe import is_label, is_sentence
from archivist.importer.sentences import (
    CLOSED_END,
    NOT_HEADLINE_END,
    PROSE_END,
    SENTENCE_BREAK,
    SENTENCE_END,
)

CREDITED = "Saldırının ardından bölgeye üst düzey bir askeri heyetin gittiği kaydedildi. (İLKHA)"
QUOTED = 'The ministry said the prisoners "would be tried in Iraq." (AFP)'
ARABIC = "وقالت مصادر محلية إن الهجوم أسفر عن مقتل ثلاثة عناصر من قوات الأمن. (رويترز)"


def test_a_sentence_ends_before_its_agencys_credit_in_brackets() -> None:
    for line in (CREDITED, QUOTED, ARABIC):
        assert SENTENCE_END.search(line)
        assert PROSE_END.search(line)
        assert CLOSED_END.search(line)


def test_a_name_in_brackets_after_no_stop_ends_no_sentence() -> None:
    assert not SENTENCE_END.search("Syrian Democratic Forces fighters in Raqqa (Reuters)")
    assert not SENTENCE_END.search("Kobani (2014/2015) and after the long siege of the town")


def test_a_short_line_ending_with_a_credit_is_no_label_but_a_sentence() -> None:
    assert is_sentence("Two were wounded. (ANHA)")
    assert not is_label("Two were wounded. (ANHA)")
    assert kind_of("Two were wounded. (ANHA)", "latin") is Kind.SHORT


def test_a_paragraph_ending_with_its_agencys_credit_is_the_reports_prose() -> None:
    assert kind_of(CREDITED, "latin") is Kind.PROSE
    assert kind_of(ARABIC, "arabic") is Kind.PROSE


def test_a_colon_introduces_a_list_in_prose_but_ends_a_label_when_short() -> None:
    intro = "The SDF named the villages it searched on Tuesday as the following:"
    assert PROSE_END.search(intro) and kind_of(intro, "latin") is Kind.PROSE
    assert not CLOSED_END.search("Tags:")
    assert kind_of("Tags:", "latin") is Kind.OTHER


def test_an_exclamation_mark_ends_a_headline_as_often_as_a_sentence() -> None:
    headline = "Car bomb hits crowded market in Qamishli, killing at least five!"
    assert not PROSE_END.search(headline)
    assert kind_of(headline, "latin") is Kind.SHORT  # the core may end on it, not grow by it
    assert not NOT_HEADLINE_END.search(headline)


def test_a_headline_may_end_with_an_ellipsis_written_in_full_stops() -> None:
    headline = "العراق/هجوم على حاجز قرب الحويجة و”داعش” يتبنى العملية.."
    assert not NOT_HEADLINE_END.search(headline)
    report = "هاجم مسلحون حاجزا للشرطة قرب الحويجة فجر الجمعة، بحسب مصادر أمنية في المدينة."
    assert find_title((headline, report)) == (headline, 0)


def test_a_headline_never_ends_with_a_full_stop_a_colon_or_an_arabic_semicolon() -> None:
    for end in (".", ":", "؛", ". (AFP)"):
        assert NOT_HEADLINE_END.search(f"ISIS cell attacks checkpoint near Hajin{end}")
    lines = ("ISIS cell attacks checkpoint near Hajin. (AFP)", "ISIS cell attacks SDF checkpoint")
    assert find_title((*lines, "An ISIS cell attacked an SDF checkpoint near Hajin.")) == (
        lines[1],
        1,
    )


def test_inside_a_paragraph_a_sentence_breaks_after_its_stop_and_closing_quote() -> None:
    text = 'The commander said: "We will not withdraw." Fighting went on. Was it over? No.'
    breaks = [text[: found.end()] for found in SENTENCE_BREAK.finditer(text)]
    assert breaks == [
        'The commander said: "We will not withdraw."',
        'The commander said: "We will not withdraw." Fighting went on.',
        'The commander said: "We will not withdraw." Fighting went on. Was it over?',
    ]
