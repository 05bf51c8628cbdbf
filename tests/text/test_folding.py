import json
from pathlib import Path

import pytest

from archivist.text.folding import fold

VECTORS = json.loads(
    (Path(__file__).parents[1] / "vectors" / "fold.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["input"])
def test_fold_matches_the_shared_vectors(case: dict[str, str]) -> None:
    assert fold(case["input"]) == case["fold"]


@pytest.mark.parametrize(
    "spellings",
    [
        ("Serêkaniyê", "Serekaniye", "SEREKANIYE"),
        ("الحسكة", "الحسكه", "الحسـكة"),
        ("كوباني", "کوبانی"),
        ("Sina'a Prison", "Sina’a Prison", "Sina’a  prison"),
    ],
)
def test_spellings_of_one_name_fold_together(spellings: tuple[str, ...]) -> None:
    assert len({fold(s) for s in spellings}) == 1


def test_folding_is_idempotent() -> None:
    assert all(fold(c["fold"]) == c["fold"] for c in VECTORS["cases"])
