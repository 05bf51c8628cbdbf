"""Golden files: the fixture site's pages we own, compared byte for byte.

After an intended change to templates or output, regenerate with `make golden`
and review the diff of tests/golden/ before committing it.
"""

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
OWNED_FILES = [
    "index.html",
    "articles/raqqa-attack-arabic/index.html",
    "articles/haseke-prison-attack/index.html",
    "articles/halab-undated/index.html",
    "places/raqqa/index.html",
    "dates/index.html",
    "tags/index.html",
    # The Arabic interface: its words and dates, and an English report in it.
    "ar/index.html",
    "ar/articles/haseke-prison-attack/index.html",
    "ar/places/index.html",
]


@pytest.mark.parametrize("name", OWNED_FILES)
def test_page_matches_its_golden_file(fixture_site: Path, name: str) -> None:
    built = (fixture_site / name).read_bytes()
    golden = GOLDEN / name
    if os.environ.get("ARCHIVIST_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(built)
    assert golden.is_file(), f"{golden} is missing; run 'make golden' and review it"
    assert built.decode() == golden.read_text(encoding="utf-8")
