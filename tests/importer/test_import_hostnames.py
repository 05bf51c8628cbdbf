"""A publication the text names, spelled like its address's host, stands in for the host."""

from __future__ import annotations

import pytest

from archivist.importer.hostnames import arabic_named_like_host, host_label, named_like_host
from archivist.importer.sources import find_source


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://en.majalla.com/node/1", "majalla"),
        ("https://acquiaprod.middleeasteye.net/news/x", "middleeasteye"),
        ("https://www.bbc.co.uk/news/1", "bbc"),
        ("https://www.baladi-news.com/ar/1", "baladinews"),
    ],
)
def test_the_host_s_main_label(url: str, label: str) -> None:
    assert host_label(url) == label


@pytest.mark.parametrize(
    ("text", "url", "name"),
    [
        (
            "Al Majalla takes an exclusive tour inside the camp.",
            "https://en.majalla.com/1",
            "Al Majalla",
        ),
        (
            "the camp's manager, told Middle East Eye.",
            "https://www.middleeasteye.net/1",
            "Middle East Eye",
        ),
        (
            "Ferhad Şamî ji bo Dengê Amerîka got:",
            "https://www.dengeamerika.com/a/1",
            "Dengê Amerîka",
        ),
        ("Azadi told Al-Fassel on Monday.", "https://alfasselnews.com/1", "Al-Fassel"),
        ("Site icon WBHM 90.3", "https://wbhm.org/npr/1", "WBHM"),
        ("her daughter told Asharq Al-Awsat.", "https://english.aawsat.com/1", "Asharq Al-Awsat"),
        ("a source told The New York Times.", "https://www.nytimes.com/1", "The New York Times"),
        ("he tells Syria Direct’s Noura al-Hourani.", "https://syriadirect.org/1", "Syria Direct"),
    ],
)
def test_a_name_spelled_like_the_host_is_found(text: str, url: str, name: str) -> None:
    assert named_like_host((text,), url) == name


def test_a_word_that_only_capitalises_the_host_or_another_name_is_not() -> None:
    assert named_like_host(("Haberler ve son dakika",), "https://www.haberler.com/1") == ""
    assert named_like_host(("Reuters said the camp was shut.",), "https://www.bbc.co.uk/1") == ""


def test_the_named_site_stands_in_for_the_host_and_is_flagged() -> None:
    report = "Five fighters were killed near Deir ez-Zor, the camp's manager told Middle East Eye."
    url = "https://acquiaprod.middleeasteye.net/news/1"
    found = find_source((report,), url=url, named=named_like_host((report,), url))
    assert found.source == "Middle East Eye"
    assert (
        found.flag == "source “Middle East Eye” read from the text, as the address's site; check it"
    )
    bare = find_source(("Nobody is named here.",), url="https://acquiaprod.middleeasteye.net/1")
    assert bare.source == "acquiaprod.middleeasteye.net"


@pytest.mark.parametrize(
    ("lines", "url", "name"),
    [
        (
            ("العالم - العراق", "وقال المصدر إن عدداً من المسلحين هاجموا نقطة للشرطة."),
            "https://www.alalam.ir/1",
            "العالم",
        ),
        (
            ("بلدي نيوز", "أعلنت قسد القبض على خلية شرق دير الزور."),
            "https://video.baladi-news.com/1",
            "بلدي نيوز",
        ),
    ],
)
def test_an_arabic_name_on_a_short_line_with_the_host_s_consonants_is_found(
    lines: tuple[str, ...], url: str, name: str
) -> None:
    assert arabic_named_like_host(lines, url) == name
    assert find_source(lines, url=url).source == name


def test_an_arabic_word_in_a_sentence_or_with_other_consonants_is_not() -> None:
    sentence = ("قال مسؤول إن العالم يراقب ما يجري في المخيم منذ سنوات طويلة.",)
    assert arabic_named_like_host(sentence, "https://www.alalam.ir/1") == ""
    assert arabic_named_like_host(("العالم - العراق",), "https://www.aljazeera.net/1") == ""
