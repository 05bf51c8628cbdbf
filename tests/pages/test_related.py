"""Related articles: the most similar articles, boosted by shared places and tags, stable."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import sparse
from synthetic import write_archive

from archivist.content.articles import load_archive
from archivist.content.model import Article
from archivist.pages import key_terms, related
from archivist.pages.related import related_lists, related_scores
from archivist.places.placenames import resolve_places
from conftest import ROOT, build_into
from curator_helpers import GAZETTEER, seed_copy

EDITED = "has-isis-returned-to-rural-aleppo.md"
INVASION = "operations-against-isis-cells-reactivated-amid-turkish-invasion"
THREAT = "isis-still-pose-threat-four-years-after-defeat-sdf-warns"


def lists(articles: Sequence[Article]) -> dict[str, list[str]]:
    """The related lists, each article's places resolved in the gazetteer."""
    return related_lists(articles, resolve_places(articles, GAZETTEER))


def scores(articles: Sequence[Article], **options: Any) -> related.Scores:
    return related_scores(articles, resolve_places(articles, GAZETTEER), **options)


def seed_articles() -> list[Article]:
    return list(load_archive(ROOT / "content").articles)


def test_every_article_gets_up_to_five_others() -> None:
    related = lists(seed_articles())
    assert len(related) == 5
    for slug, others in related.items():
        assert slug not in others
        assert 1 <= len(others) <= 5
        assert len(set(others)) == len(others)


def test_shared_places_and_tags_pull_articles_together() -> None:
    # Both name Hesekê/Haseke and share the tags isis, sleeper-cells, turkish-occupation.
    assert lists(seed_articles())[INVASION][0] == THREAT


def test_a_place_shared_under_another_name_counts_as_shared() -> None:
    articles = seed_articles()
    lone = next(a for a in articles if a.slug == INVASION)
    twin = dataclasses.replace(lone, slug="twin", title="Other", summary="", body="Words.")
    spelled = dataclasses.replace(twin, slug="spelled", places=("الحسكة",))
    unknown = dataclasses.replace(twin, slug="elsewhere", places=("Nowhere",))
    assert lists([lone, spelled, unknown])[INVASION][0] == "spelled"
    # Without the gazetteer neither shares a place: equal scores, slug order.
    assert related_lists([lone, spelled, unknown])[INVASION][0] == "elsewhere"


def test_the_lists_do_not_depend_on_the_order_of_the_articles() -> None:
    articles = seed_articles()
    assert lists(articles) == lists(articles[::-1])


def test_equal_scores_are_ordered_by_slug() -> None:
    base = seed_articles()[0]
    copies = [dataclasses.replace(base, slug=f"copy-{n}") for n in (3, 1, 2)]
    assert related_lists(copies)["copy-3"] == ["copy-1", "copy-2"]


RELATED = re.compile(r'<nav class="related".*?</nav>', re.DOTALL)


def related_sections(output: Path) -> dict[str, str]:
    return {
        page.parent.name: "".join(RELATED.findall(page.read_text(encoding="utf-8")))
        for page in sorted((output / "articles").glob("*/index.html"))
    }


def test_article_pages_list_the_same_related_reports_at_every_build(tmp_path: Path) -> None:
    content = seed_copy(tmp_path)
    first = related_sections(build_into(tmp_path / "one", content))
    path = content / EDITED
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nEdited.\n", encoding="utf-8")
    build_into(tmp_path / "edited", content)
    path.write_text(original, encoding="utf-8")
    assert related_sections(build_into(tmp_path / "two", content)) == first
    for slug, section in first.items():
        links = re.findall(r'href="\.\./\.\./articles/([a-z0-9-]+)/"', section)
        assert 1 <= len(links) <= 5, slug
        assert slug not in links


def test_the_lists_do_not_depend_on_how_many_articles_are_scored_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    whole = lists(seed_articles())
    monkeypatch.setattr(related, "PAIRS", 10)  # blocks of two articles
    assert lists(seed_articles()) == whole


def synthetic_articles(tmp_path: Path, count: int) -> list[Article]:
    write_archive(count, 7, tmp_path / "synthetic", ROOT / "gazetteer.yaml")
    return list(load_archive(tmp_path / "synthetic").articles)


def lists_and_scores(scores: related.Scores) -> tuple[object, ...]:
    return scores.slugs, scores.best


def scored_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each call of the full scoring of rows scores (a spy)."""
    counted: list[int] = []
    best = related._best

    def counting(rows: Any, own: Any, limit: int) -> Any:
        counted.append(len(own))
        return best(rows, own, limit)

    monkeypatch.setattr(related, "_best", counting)
    return counted


def test_a_rebuild_scores_again_only_what_an_edit_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = synthetic_articles(tmp_path, 80)
    earlier = scores(articles)
    edited = list(articles)
    # a word no other article has, often enough to be one of its key terms: the edit moves
    # this article's vector only, whatever words the gazetteer lends the synthetic archive
    correction = "\n" + "Corrigendum. " * 5 + "\n"
    edited[10] = dataclasses.replace(edited[10], body=edited[10].body + correction)
    counted = scored_rows(monkeypatch)
    again = scores(edited, earlier=earlier)
    naming_it = [best for best in earlier.best if edited[10].slug in dict(best)]
    assert sum(counted) == 1 + len(naming_it) < len(articles)  # it, and the lists naming it
    monkeypatch.undo()
    assert lists_and_scores(again) == lists_and_scores(scores(edited))


@pytest.mark.parametrize("change", ["edited", "added", "removed", "all three"])
def test_the_lists_after_any_change_equal_a_full_scoring(tmp_path: Path, change: str) -> None:
    articles = synthetic_articles(tmp_path, 80)
    earlier = scores(articles)
    now = list(articles)
    if change in ("edited", "all three"):
        now[3] = dataclasses.replace(
            now[3], body=now[3].body + " Raqqa smuggling checkpoint, kobanistan."
        )
    if change in ("added", "all three"):
        now.append(dataclasses.replace(articles[5], slug="a-new-report", title="A new report"))
    if change in ("removed", "all three"):
        del now[40]
    full = scores(now)
    again = scores(now, earlier=earlier)
    assert lists_and_scores(again) == lists_and_scores(full)
    assert vectors_of(again) == vectors_of(full)  # words found from the earlier build's


def test_a_row_is_unchanged_when_its_values_stay_under_the_same_column_names() -> None:
    def vectors(slugs: tuple[str, ...], columns: tuple[str, ...], rows: list[list[float]]):
        return related.Vectors(slugs, columns, sparse.csr_matrix(np.array(rows)))

    earlier = vectors(
        ("a", "b", "c", "gone"),
        ("w:camp", "w:raid", "place:raqqa"),
        [[0.6, 0.8, 0.0], [1.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.0, 0.0, 1.0]],
    )
    # A new term numbered first: every column moves, the values under each name do not.
    now = vectors(
        ("a", "b", "c", "new"),
        ("w:cell", "w:camp", "w:raid", "place:raqqa"),
        [[0.0, 0.6, 0.8, 0.0], [0.0, 0.9, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5], [1.0, 0.0, 0.0, 0.0]],
    )
    assert now.changed_since(earlier) == [1, 3]  # b's value moved; "new" was not there


def vectors_of(scores: related.Scores) -> tuple[object, ...]:
    rows = scores.vectors.rows
    return scores.vectors.columns, rows.indptr.tolist(), rows.indices.tolist(), rows.data.tolist()


def test_unchanged_articles_keep_their_scores(tmp_path: Path) -> None:
    articles = synthetic_articles(tmp_path, 40)
    earlier = scores(articles)
    again = scores(articles, earlier=earlier)
    assert lists_and_scores(again) == lists_and_scores(earlier)


def test_scores_kept_for_shorter_lists_are_not_started_from(tmp_path: Path) -> None:
    articles = synthetic_articles(tmp_path, 40)
    shorter = scores(articles, limit=2)
    again = scores(articles, earlier=shorter)
    assert lists_and_scores(again) == lists_and_scores(scores(articles))


def test_each_article_keeps_its_heaviest_terms_and_of_equal_weights_the_first() -> None:
    weights = sparse.csr_matrix(np.array([[1, 3, 2, 3], [2, 2, 2, 0], [5, 0, 0, 0]], dtype=float))
    key_terms.keep_heaviest(weights, 2)
    assert weights.toarray().tolist() == [[0, 3, 0, 3], [2, 2, 0, 0], [5, 0, 0, 0]]
