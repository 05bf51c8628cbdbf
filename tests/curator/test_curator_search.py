"""Searching the seed archive from Python, as ``archivist search`` does."""

from __future__ import annotations

import re

import pytest

from archivist.content.dates import PartialDate
from archivist.curator.index import ArchiveIndex
from archivist.curator.search import Filters, Marks, parse_query, search
from archivist.curator.snippets import marked_words
from archivist.errors import QueryError
from curator_helpers import index_of, seed_copy

ALEPPO = "has-isis-returned-to-rural-aleppo"
MOVEMENTS = "isis-activity-and-movements-in-the-occupied-territories"
THREAT = "isis-still-pose-threat-four-years-after-defeat-sdf-warns"
INVASION = "operations-against-isis-cells-reactivated-amid-turkish-invasion"
RAQQA_AR = "sdf-launches-revenge-for-raqqa-martyrs-operation"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> ArchiveIndex:
    return index_of(seed_copy(tmp_path_factory.mktemp("seeds")))


@pytest.fixture(scope="module")
def seeds_without_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> ArchiveIndex:
    return index_of(seed_copy(tmp_path_factory.mktemp("plain")), None)


def slugs(archive: ArchiveIndex, text: str, filters: Filters | None = None) -> list[str]:
    return [r.article.slug for r in search(archive, text, filters or Filters(), limit=20)]


def found(archive: ArchiveIndex, text: str, filters: Filters | None = None) -> set[str]:
    return set(slugs(archive, text, filters))


def test_a_place_is_found_by_any_spelling_and_script(seeds: ArchiveIndex) -> None:
    assert found(seeds, "Heseke") == {INVASION, THREAT}
    assert found(seeds, "Hesekê") == found(seeds, "Heseke")
    assert found(seeds, "الحسكة") == found(seeds, "Heseke")
    assert found(seeds, "HESEKE") == found(seeds, "Heseke")


def test_without_a_gazetteer_spellings_still_fold(seeds_without_gazetteer: ArchiveIndex) -> None:
    exact = [r for r in search(seeds_without_gazetteer, "Heseke", limit=20) if not r.near]
    assert [r.article.slug for r in exact] == [INVASION]
    assert found(seeds_without_gazetteer, "Hesekê") == found(seeds_without_gazetteer, "Heseke")
    assert found(seeds_without_gazetteer, "الحسكة") == set()


def test_near_spellings_are_looked_for_only_when_no_report_has_the_word(
    seeds_without_gazetteer: ArchiveIndex,
) -> None:
    # One report writes Heseke, another Haseke, one letter off: a word found as typed is
    # no typo, so only the first comes.
    results = search(seeds_without_gazetteer, "Heseke", limit=20)
    assert [(r.article.slug, r.near) for r in results] == [(INVASION, False)]
    # No report writes Hesake: one letter off Heseke, two off Haseke; only the nearest comes.
    results = search(seeds_without_gazetteer, "Hesake", limit=20)
    assert [(r.article.slug, r.near) for r in results] == [(INVASION, True)]


def test_a_short_word_or_a_query_with_enough_exact_matches_has_no_near_spelling(
    seeds: ArchiveIndex,
) -> None:
    assert not any(r.near for r in search(seeds, "Raqqa", limit=20))  # a place, as typed
    assert not any(r.near for r in search(seeds, "Hudhaifah prisons -prison", limit=20))


def test_arabic_words_match_with_letter_variants_and_harakat(seeds: ArchiveIndex) -> None:
    assert found(seeds, "الرقة") == {RAQQA_AR, ALEPPO, MOVEMENTS}  # Raqqa, in any script
    assert found(seeds, "الرقه") == found(seeds, "الرقة")  # ta marbuta folds to ha
    assert found(seeds, "Raqqa") == found(seeds, "الرقة")
    assert found(seeds, "مُرْتَزِقَة") == {RAQQA_AR}  # harakat ignored
    assert found(seeds, "داعش") == {RAQQA_AR}
    assert found(seeds, "المرتزقة") == found(seeds, "مرتزقة") == {RAQQA_AR}  # article off
    assert found(seeds, "بالرقة") == found(seeds, "الرقة")  # the browser's Arabic stemmer


def test_english_words_match_their_inflections(seeds: ArchiveIndex) -> None:
    assert INVASION in found(seeds, "dismantling")
    assert found(seeds, "attacked") == found(seeds, "attacks")


def test_a_phrase_matches_the_words_in_order(seeds: ArchiveIndex) -> None:
    assert found(seeds, '"Kafr Ghan"') == {ALEPPO}
    assert found(seeds, '"Ghan Kafr"') == set()
    assert found(seeds, '"تل أبيض"') == {RAQQA_AR, MOVEMENTS}  # MOVEMENTS names Girê Spi


def test_every_word_is_required_and_minus_leaves_out(seeds: ArchiveIndex) -> None:
    raqqa, aleppo = found(seeds, "Raqqa"), found(seeds, "Aleppo")
    assert raqqa - aleppo and raqqa & aleppo
    with_both = search(seeds, "Raqqa Aleppo", limit=20)
    assert {r.article.slug for r in with_both if not r.any_word} == raqqa & aleppo
    qamishlo = found(seeds, "Qamishlo")
    assert found(seeds, "isis -Qamishlo") == found(seeds, "isis") - qamishlo
    assert INVASION not in found(seeds, "isis -Qamishlo")


def test_few_results_are_followed_by_near_spellings_then_by_those_with_any_word(
    seeds: ArchiveIndex,
) -> None:
    # No report writes Hudhaifah; one writes Hudhayfah (one letter off) and "prison".
    results = search(seeds, "Hudhaifah prisons", limit=20)
    assert (results[0].article.slug, results[0].near) == (MOVEMENTS, True)
    assert results[1:] and all(r.any_word for r in results[1:])
    assert {r.article.slug for r in results} == found(seeds, "prisons") | {MOVEMENTS}
    assert not any(r.any_word or r.near for r in search(seeds, "isis", limit=20))


def test_a_place_in_the_query_is_read_as_the_place(seeds: ArchiveIndex) -> None:
    # No report writes "Tal Abyad" in Latin letters; the place is named in other scripts.
    assert found(seeds, "Tal Abyad") == {MOVEMENTS, RAQQA_AR}
    assert found(seeds, "Tell Abyad") == found(seeds, "تل أبيض") == found(seeds, "Tal Abyad")
    # With or without the article, in either of its transcriptions.
    assert found(seeds, "al-Hasakah") == found(seeds, "Hasakah") == found(seeds, "el-Hasakah")


def test_field_queries(seeds: ArchiveIndex) -> None:
    assert found(seeds, "title:aleppo") == {ALEPPO}
    assert found(seeds, "Aleppo") > {ALEPPO}  # the body of others mentions it
    assert found(seeds, 'place:"Kafr Ghan"') == {ALEPPO}
    assert found(seeds, 'place:"تل أبيض"') == {MOVEMENTS, RAQQA_AR}  # Girê Spi is Tal Abyad
    assert found(seeds, "tag:prisons") == {THREAT}
    assert found(seeds, "tags:Prisons") == {THREAT}


def test_prefix_and_fuzzy_terms(seeds: ArchiveIndex) -> None:
    assert found(seeds, "Qamish*") == {INVASION}
    assert found(seeds, "Hudhaifah~") == {MOVEMENTS}
    assert [r.near for r in search(seeds, "Hudhaifah")] == [True]  # the same, flagged
    assert found(seeds, "Qamsihlo~2") == {INVASION}


def test_filters(seeds: ArchiveIndex) -> None:
    assert found(seeds, "isis", Filters(language="ar")) == {RAQQA_AR}
    assert found(seeds, "isis", Filters(tags=("prisons",))) == {THREAT}
    assert found(seeds, "isis", Filters(tags=("Sleeper-Cells", "intelligence"))) == {INVASION}
    assert found(seeds, "isis", Filters(source="ANF")) == {INVASION}
    assert found(seeds, "isis", Filters(source="syrian observer")) == {ALEPPO}
    assert found(seeds, "isis", Filters(source="baladi news")) == {ALEPPO}  # original source


def test_place_filter_takes_any_name(seeds: ArchiveIndex) -> None:
    tal_abyad = {MOVEMENTS, RAQQA_AR}
    assert found(seeds, "isis", Filters(place="Tal Abyad")) == tal_abyad
    assert found(seeds, "isis", Filters(place="Girê Spî")) == tal_abyad
    assert found(seeds, "isis", Filters(place="al-Hasakah")) == {INVASION, THREAT}
    assert found(seeds, "isis", Filters(place="Kafr Ghan")) == {ALEPPO}


def test_date_filters_take_partial_dates(seeds: ArchiveIndex) -> None:
    def between(start: str | None, end: str | None) -> set[str]:
        dates = Filters(
            date_from=PartialDate.parse(start) if start else None,
            date_to=PartialDate.parse(end) if end else None,
        )
        return found(seeds, "isis", dates)

    assert between("2023", "2023") == {THREAT, RAQQA_AR}
    assert between("2023-03-15", "2023-03-15") == {THREAT, RAQQA_AR}  # both may be that day
    assert between("2023-04", None) == {RAQQA_AR, MOVEMENTS}
    assert between(None, "2023-02") == {RAQQA_AR}
    assert between("2024-05-10", None) == set()  # undated articles never pass a date filter


def test_a_title_match_comes_first_then_a_place_then_the_archives_order(
    seeds: ArchiveIndex,
) -> None:
    # The Arabic report is about Raqqa in its title (الرقة), in another script.
    assert slugs(seeds, "Raqqa")[0] == RAQQA_AR
    # Four titles say ISIS, in the archive's order (newest first, undated last); then the
    # Arabic report, which says داعش.
    *english, arabic = search(seeds, "isis", limit=20)
    assert [r.article.sort_key for r in english] == sorted(r.article.sort_key for r in english)
    assert arabic.article.slug == RAQQA_AR
    assert slugs(seeds, "isis") == slugs(seeds, "isis")


def test_snippets_mark_the_matched_words(seeds: ArchiveIndex) -> None:
    (result,) = search(seeds, '"Kafr Ghan"')
    assert "[[Kafr]] [[Ghan]]" in result.snippet
    (colored,) = search(seeds, "Qamishlo", marks=Marks("<", ">"), limit=1)
    assert "<Qamishlo>" in colored.snippet
    assert "\n" not in colored.snippet


def test_a_phrases_words_are_marked_only_where_they_stand_together(seeds: ArchiveIndex) -> None:
    # The report says "ISIS" alone many times, and "ISIS cells" four times.
    (result,) = [r for r in search(seeds, '"ISIS cells"') if r.article.slug == INVASION]
    assert "[[ISIS]] [[cells]]" in result.snippet
    marked = re.findall(r"\[\[(\w+)\]\]", result.snippet)
    assert len(marked) % 2 == 0
    assert set(marked[0::2]) == {"ISIS"}
    assert {word.rstrip("s") for word in marked[1::2]} == {"cell"}
    # A word asked for on its own as well is marked wherever it stands.
    (both,) = [r for r in search(seeds, 'isis "ISIS cells"') if r.article.slug == INVASION]
    assert both.snippet.count("[[ISIS]]") > both.snippet.count("[[cells]]")


def test_marked_words_are_the_loose_terms_and_the_phrases_in_order() -> None:
    terms = ["isis", "cell", "attack", "cell", "isis", "isis", "cell"]
    assert marked_words(terms, set(), (("isis", "cell"),)) == {0, 1, 5, 6}
    assert marked_words(terms, {"attack"}, (("isis", "cell"),)) == {0, 1, 2, 5, 6}


def test_limit(seeds: ArchiveIndex) -> None:
    assert len(search(seeds, "isis", limit=2)) == 2
    with pytest.raises(QueryError, match="at least 1"):
        search(seeds, "isis", limit=0)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "the query is empty"),
        ('"Kafr Ghan', "unbalanced quote"),
        ("colour:red", "unknown field 'colour:'"),
        ('"the of and"', "has only common words"),
        ("-isis", "not only words to leave out"),
        ("raqqa~3", "~1 or ~2 at most"),
        ("*qa", "begins with \\*"),
        ("ra*qa", "may only end a word"),
        (" ".join(["raqqa"] * 21), "21 words; 20 at most"),
        ("a* b* c* d* e*", "5 words with \\* or ~; 4 at most"),
        ("raqqa " * 2000, "characters; keep it under 500"),
    ],
)
def test_queries_that_mean_nothing_say_why(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_times_and_quoted_colons_are_not_fields() -> None:
    assert parse_query('"Note: kept" 05:44') is not None
