import json
import re
import unicodedata
from pathlib import Path

import pytest
from lunr.pipeline import Pipeline
from lunr.stemmer import stemmer as lunr_py_stemmer
from lunr.token import Token

from archivist.text.english_stemmer import stem as english_stem
from archivist.text.folding import fold
from archivist.text.textpipeline import LABELS, STOP_WORDS, prepare_query, terms, words
from nodejs import ROOT, run_node

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "pipeline.json").read_text(encoding="utf-8")
)
RUN_TERMS = Path(__file__).parents[1] / "js" / "run_terms.js"


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["input"])
def test_terms_match_the_shared_vectors(case: dict[str, object]) -> None:
    assert terms(str(case["input"])) == case["terms"]


@pytest.mark.parametrize("case", VECTORS["queries"], ids=lambda c: c["input"])
def test_wildcard_queries_are_folded_like_the_vectors(case: dict[str, str]) -> None:
    assert prepare_query(case["input"]) == case["query"]


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("attacks", "attacked"),
        ("Serekaniye", "Serêkaniyê"),
        ("Kobane", "Kobanê"),
        ("المرتزقة", "مرتزقة"),
        ("بالرقة", "الرقة"),
        ("الحسكة", "الحسـكه"),
        ("مستشفى", "مستشفي"),
        ("أحمد", "احمد"),
        # A derived verb's verbal noun (arrest) and its forms: she, they arrested...
        ("اعتقال", "اعتقلت"),
        ("اعتقال", "اعتقلوا"),
        ("الاعتقالات", "يعتقلون"),
        ("انسحاب", "تنسحب"),
        ("استخدام", "يستخدم"),
        # ... also after a bare attached ل (to), as after لل.
        ("لاعتقال", "اعتقال"),
        ("لعمليات", "العمليات"),
    ],
)
def test_a_query_word_meets_its_other_forms(query: str, document: str) -> None:
    assert terms(query) == terms(document) != []


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("ستعمل", "استعمل"),  # will work, used: a future is no form X verb
        ("استقالة", "استقل"),  # resignation, became independent (a hollow root's form X)
        ("لبنان", "بنان"),  # Lebanon's ل is its own
        ("لحظات", "حظ"),  # moments, luck: a short plural keeps its ل
        ("لقوات", "قوات"),  # ... at the cost of this one
    ],
)
def test_words_that_only_look_like_a_derived_form_or_an_attached_l_stay_apart(
    word: str, other: str
) -> None:
    assert terms(word) != terms(other)


@pytest.mark.parametrize("word", ["monday", "turkey", "today", "holiday", "attorney"])
def test_english_stems_keep_a_final_y_after_a_vowel_like_lunr_js(word: str) -> None:
    assert english_stem(word) == word
    assert str(lunr_py_stemmer(Token(word))) != word  # the lunr.py trap this module avoids


def test_the_registered_lunr_py_pipeline_gives_the_same_terms() -> None:
    search = Pipeline.load(list(LABELS))
    for case in VECTORS["cases"]:
        assert search.run_string(case["input"]) == case["terms"]


def test_words_split_on_anything_but_letters_and_digits() -> None:
    assert words("«الرقة»، (Kobanê) SDF's 2019-10") == ["الرقه", "kobane", "sdfs", "2019", "10"]


def _archive_words() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "captures").glob("*.txt"))]
    return sorted({w for text in texts for w in re.split(r"\s+", text) if w})


def test_every_word_of_the_archive_gets_the_same_terms_and_fold_in_js() -> None:
    archive_words = _archive_words()
    assert len(archive_words) > 1000
    js = run_node(RUN_TERMS, archive_words)
    assert js["terms"] == [terms(w) for w in archive_words]
    assert js["folds"] == [fold(w) for w in archive_words]


def test_the_js_twin_has_the_same_stop_words() -> None:
    assert run_node(RUN_TERMS, [])["stopWords"] == sorted(STOP_WORDS)


def test_the_js_fold_tables_are_pythons_unicode_data() -> None:
    tables = run_node(RUN_TERMS, [])["tables"]
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    combining = [ord(c) for c in chars if unicodedata.combining(c)]
    in_js_ranges = {
        c
        for a, b in zip(tables["COMBINING"][::2], tables["COMBINING"][1::2], strict=True)
        for c in range(a, b + 1)
    }
    assert in_js_ranges == set(combining)
    assert tables["CASEFOLD"] == {c: c.casefold() for c in chars if c.casefold() != c.lower()}
    assert tables["SPACES"] == [ord(c) for c in chars if c.isspace()]
