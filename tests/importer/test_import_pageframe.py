"""Furniture by shape and place: a site's repeated labels, a page's foot, captions, forms."""

from __future__ import annotations

import pytest

from archivist.importer.pageframe import (
    is_frame_line,
    is_label,
    repeated_lines,
    site_of,
    strip_foot,
)
from archivist.text.folding import fold


def test_a_label_is_short_and_not_a_sentence() -> None:
    assert is_label("Dünya")
    assert is_label("فريق التحرير")
    assert not is_label("The raid was carried out at night.")
    assert not is_label("NE OLMUŞTU?")
    assert not is_label("Islamic State steps up attacks as Turkish army lays waste to the north")


@pytest.mark.parametrize(
    "line",
    [
        "A girl hugs her mother at al-Hol camp in Syria in 2023. [Delil Souleiman/AFP]",
        "An aerial view shows the camp on Wednesday. (Omar Haj Kadour | AFP via Getty Images)",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "اترك تعليقاً",
        "Yorum Yap",
        "Get it on Google Play",
        "Uygulamayı indir",
        "Disclaimer: the views expressed are the author's own.",
        "سياسة الخصوصية",
        "Gizlilik Politikası",
    ],
)
def test_captions_forms_app_store_and_legal_lines_are_frame(line: str) -> None:
    assert is_frame_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Casualties rose sharply in the years (2014/2015) of the siege.",
        "The court's ruling (see below) was read out.",
        "Yorumlarına göre saldırı gece düzenlendi.",
    ],
)
def test_report_sentences_are_not_frame(line: str) -> None:
    assert not is_frame_line(line)


def test_a_links_headline_printed_twice_over_is_frame() -> None:
    link = "طائرة منكوبة.. الضحايا بين الركاب"
    assert is_frame_line(f"{link} {link} الأخيرة")
    assert is_frame_line(f"{link} {link}")
    assert not is_frame_line("قتل شخص في المخيم، وقتل شخص آخر في المخيم نفسه أمس.")


def test_labels_after_the_last_sentence_are_the_foot() -> None:
    blocks = ("Headline", "The report ends here.", "Reuters", "isis sdf")
    assert strip_foot(blocks) == ("Headline", "The report ends here.")
    truncated = ("Headline", "ISIS has conducted over 170 attacks since the start of 2024, killing")
    assert strip_foot(truncated) == truncated


def test_a_list_of_other_headlines_after_the_last_sentence_is_the_foot() -> None:
    report = ("Başlık", "IŞİD, Haseke kentinde saldırı düzenledi ve 20 kişi öldü.")
    others = (
        "Güncel Haberleri",
        "Van'da silahlı kavga: 1 kişi hayatını kaybetti, 5 kişi yaralandı",
        "Dağlıca ve Yeşiltaş köyünde çiftçilerin sorun ve talepleri dinlendi",
        "MİT Başkanı İbrahim Kalın, DEM Parti ile görüştü",
    )
    assert strip_foot((*report, *others)) == report
    assert strip_foot((*report, *others[1:])) == report  # no label over it: a list all the same


def test_a_reports_own_list_or_two_short_lines_at_the_end_stay() -> None:
    listed = (
        "Headline",
        "The council listed its demands as follows:",
        "Release of all detainees held since March",
        "Return of the displaced families to their villages",
        "An inquiry into the shelling of the market",
    )
    assert strip_foot(listed) == listed
    two = (
        "Headline",
        "The report ends here.",
        "Another story's headline in a few words",
        "x y z w q r s",
    )
    assert strip_foot(two) == two
    dates = tuple(
        f"June {day} – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre" for day in range(1, 4)
    )
    assert strip_foot(("Headline", "The band announced its tour.", *dates))[-1] == dates[-1]


def test_lines_two_stories_of_one_site_share_are_its_frame_but_its_sentences_are_not() -> None:
    stock = "Attacks on civilian and military targets recur in the province, officials say."
    most_read = "Turkish drones strike the outskirts of Qamishli again"
    pages = [
        ("bissanfm.com", ("News", "ISIS claims two attacks", f"{REPORT[0]}.", stock, most_read)),
        ("bissanfm.com", ("News", "SDF fighter killed", f"{REPORT[1]}.", stock, most_read)),
        ("other.net", ("News", "Third headline", f"{REPORT[2]}.")),
        ("", ("Dünya", "x")),
        ("", ("Dünya", "y")),
    ]
    frames = repeated_lines(pages)
    assert frames == {
        "bissanfm.com": frozenset({"news", fold(most_read)}),
        "other.net": frozenset(),
    }


def test_one_story_captured_twice_is_counted_once() -> None:
    page = ("News", "ISIS claims two attacks near Hajin", *(f"{line}." for line in REPORT))
    frames = repeated_lines([("bissanfm.com", page), ("bissanfm.com", (*page, "Share"))])
    assert frames == {"bissanfm.com": frozenset()}


REPORT = (
    "ISIS claimed two attacks on the Syrian Democratic Forces in Deir ez-Zor on Monday",
    "An SDF fighter was killed at a checkpoint near Hajin, a local source said on Tuesday",
    "Iraqi forces arrested three suspects in a raid near Kirkuk, the ministry said",
)


def test_a_site_is_the_host_without_www() -> None:
    assert site_of("https://www.kurdistan24.net/kmr/story/1") == "kurdistan24.net"
    assert site_of("x.warc.gz#2") == ""
