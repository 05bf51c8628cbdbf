"""A draft's summary is a sentence of the report, and a title that is furniture is flagged."""

from __future__ import annotations

from pathlib import Path

from archivist.importer.capture import Capture
from archivist.importer.draft import make_draft
from archivist.importer.htmlpage import PageMeta
from import_places import sample_index


def _draft(*blocks: str, site: str = "", url: str = "") -> tuple[str, str, tuple[str, ...]]:
    capture = Capture(Path("page.txt"), "text", blocks, PageMeta(site_name=site))
    draft = make_draft(capture, None, url)
    return draft.title, draft.summary, draft.flags


def test_the_summary_is_the_first_sentence_not_a_caption_counter_or_credit() -> None:
    report = "Five fighters were killed in an attack on a checkpoint near Deir ez-Zor, SDF said."
    _, summary, _ = _draft("Five fighters killed near checkpoint", "0", "AFP", report)
    assert summary == report


def test_no_sentence_among_the_first_paragraphs_means_no_summary_and_a_flag() -> None:
    labels = ("Checkpoint attack near the river", "Fighters and civilians among dead")
    labels += ("Video of the attack scene", "Town council statement in full")
    # the labels share the report's words: they are its own, not other stories' headlines
    later = "Fighters and civilians died in the checkpoint attack, the town council said."
    _, summary, flags = _draft("Five fighters killed near checkpoint", *labels, later)
    assert summary == ""
    assert "no summary: no paragraph of the report reads as a sentence" in flags


def test_a_title_that_is_the_sites_name_is_flagged() -> None:
    report = "The Middle East Beat reported that five fighters were killed near Deir ez-Zor."
    title, _, flags = _draft("The Middle East Beat", report, site="The Middle East Beat")
    assert title == "The Middle East Beat"
    assert any("is the site's name" in flag for flag in flags)


def test_a_credit_alone_at_the_foot_is_the_source_and_is_flagged() -> None:
    report = "Five fighters were killed in an attack on a checkpoint near Deir ez-Zor on Sunday."
    capture = Capture(
        Path("p.txt"), "text", ("Five fighters killed near checkpoint", report, "Reuters")
    )
    draft = make_draft(capture, None)
    assert draft.source == "Reuters"
    assert "source read from a credit at the page's foot; check it" in draft.flags
    assert draft.body == (report,)


def test_a_long_first_paragraph_gives_its_first_sentences_as_the_summary() -> None:
    sentences = [
        "ISIS gunmen attacked an SDF post near al-Busayrah on Monday, the U.S.-led coalition said.",
        "Two fighters were killed and three wounded, according to the SDF.",
        *["The attack was the third in the area this month, residents told reporters."] * 6,
    ]
    _, summary, flags = _draft("ISIS attacks SDF post near Busayrah", " ".join(sentences))
    assert summary == " ".join(sentences[:6])  # 456 characters; with the 7th, over 500
    assert not any("summary" in flag for flag in flags)


def test_a_first_sentence_over_500_characters_means_no_summary_and_says_why() -> None:
    sentence = "ISIS gunmen attacked " + ", ".join(["an SDF post near the river"] * 25) + "."
    _, summary, flags = _draft("ISIS attacks SDF posts near the river", sentence)
    assert summary == ""
    assert "no summary: the report's first sentence is over 500 characters" in flags


def test_a_place_read_from_a_word_that_is_also_a_common_word_is_flagged() -> None:
    report = "Gunmen attacked an army checkpoint in Hit on Monday, police sources said."
    capture = Capture(Path("page.txt"), "text", ("Gunmen attack checkpoint", report), PageMeta())
    draft = make_draft(capture, sample_index())
    assert draft.places == ("Hit",)
    assert "place Hit read from “Hit”, also a common word: is it the place?" in draft.flags


def test_the_common_word_in_a_compound_is_no_place_and_needs_no_flag() -> None:
    report = "ISIS cells keep up hit-and-run attacks on the SDF, a commander said on Monday."
    capture = Capture(Path("page.txt"), "text", ("ISIS attacks go on", report), PageMeta())
    draft = make_draft(capture, sample_index())
    assert draft.places == ()
    assert not any("common word" in flag for flag in draft.flags)


def test_the_publication_s_own_name_is_no_place() -> None:
    report = "Gunmen attacked a checkpoint in Raqqa on Monday, a resident told Syria Direct."
    capture = Capture(Path("page.txt"), "text", ("Gunmen attack checkpoint", report), PageMeta())
    draft = make_draft(capture, sample_index(), "https://syriadirect.org/gunmen-attack")
    assert draft.places == ("Raqqa",)


def test_a_possible_place_the_gazetteer_lacks_is_flagged_for_the_curator() -> None:
    report = (
        "Gunmen attacked an army checkpoint near Busayrah and a patrol in Raqqa on Monday, "
        "police sources said."
    )
    capture = Capture(Path("page.txt"), "text", ("Gunmen attack checkpoint", report), PageMeta())
    draft = make_draft(capture, sample_index())
    assert draft.places == ("Raqqa",)
    assert "possible place not in the gazetteer: Busayrah (add it to gazetteer.yaml)" in (
        draft.flags
    )


def test_a_dated_line_that_says_last_updated_gives_the_date_and_a_flag() -> None:
    report = "قتل عنصران من قسد بهجوم لداعش على حاجز في ريف دير الزور الشرقي يوم الجمعة."
    capture = Capture(
        Path("page.txt"),
        "text",
        ("مقتل عنصرين من قسد بهجوم لداعش", "05 سبتمبر 2025 | آخر تحديث: 12:21", report),
        PageMeta(),
    )
    draft = make_draft(capture, sample_index())
    assert draft.date is not None and draft.date.iso == "2025-09-05"
    assert any(flag.startswith("last-updated date") for flag in draft.flags)


def test_an_agency_the_text_credits_on_another_site_is_the_original_source() -> None:
    report = "According to BBC News, 12 fighters were killed in the attack on Kirkuk on Friday."
    capture = Capture(Path("p.txt"), "text", ("ISIS Launches Deadly Attack on Kirkuk", report))
    draft = make_draft(capture, None, "https://www.thedailybeast.com/isis-attack")
    assert (draft.source, draft.original_source) == ("thedailybeast.com", "BBC")
    assert draft.fields("isis")["original_source"] == "BBC"
    own = make_draft(capture, None, "https://www.bbc.com/news/isis-attack")
    assert (own.source, own.original_source) == ("BBC", "")


def test_an_update_label_over_its_date_is_never_read_as_the_publication_date() -> None:
    report = "Five fighters were killed in an attack on a checkpoint near Deir ez-Zor on Sunday."
    title = "ISIS attack kills five near Deir ez-Zor"
    for label, date in (("Updated:", "12 March 2025"), ("آخر تحديث:", "12 مارس 2025")):
        draft = make_draft(Capture(Path("p.txt"), "text", (title, label, date, report)), None)
        assert draft.date is not None and draft.date.iso == "2025-03-12"
        assert any(flag.startswith("last-updated date") for flag in draft.flags)
    both = (title, "Published: 10 March 2025", "Updated:", "12 March 2025", report)
    draft = make_draft(Capture(Path("p.txt"), "text", both), None)
    assert draft.date is not None and draft.date.iso == "2025-03-10"
    assert draft.body == (report,)


REPORT = (
    "Irak’ın doğusunda IŞİD tarafından orduya düzenlenen saldırıda 11 Irak askeri öldü.",
    "Saldırının ardından bölgeye üst düzey bir askeri heyetin gittiği kaydedildi.",
)
FRAME = ("PAYLAŞIN", "•", "Hakkında haber news24", "Tekrar kontrol edin")
OTHER_STORY = "Suriye'de BM çalışanları yoksulluk sınırında yaşadıklarını söyledi."


def _places_and_flags(*blocks: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    draft = make_draft(Capture(Path("p.txt"), "text", blocks), sample_index())
    return draft.places, draft.flags


def test_a_place_named_only_below_the_reports_core_is_flagged() -> None:
    found, flags = _places_and_flags("IŞİD, Irak ordusuna saldırdı", *REPORT, *FRAME, OTHER_STORY)
    assert "Syria" in found
    assert "place Syria named only below “PAYLAŞIN”, where the report seems to end" in flags


def test_a_place_in_the_reports_own_sentences_is_not_flagged() -> None:
    subheaded = (REPORT[0], "Tanıklar anlatıyor", "Fotoğraf: AA", OTHER_STORY, REPORT[1])
    _, flags = _places_and_flags("IŞİD, Irak ordusuna saldırdı", *subheaded)
    assert not any("named only below" in flag for flag in flags)
    _, flags = _places_and_flags("IŞİD, Irak ordusuna saldırdı", *REPORT, OTHER_STORY)
    assert not any("named only below" in flag for flag in flags)


def test_a_place_named_only_in_another_storys_headline_in_the_report_is_flagged() -> None:
    report = (
        "Gunmen attacked a checkpoint near Raqqa on Sunday, officials said.",
        "How families are left waiting in camps across Syria",
        "Two guards were wounded, and the attackers fled on foot.",
    )
    found, flags = _places_and_flags("Checkpoint attacked near Raqqa", *report)
    assert "Syria" in found
    assert (
        "place Syria named only in “How families are left waiting in camps across Syria”:"
        " another story's headline?"
    ) in flags
    found, flags = _places_and_flags("Checkpoint attacked in Syria", *report)
    assert not any("another story's headline" in flag for flag in flags)
