"""The synthetic archive: valid for the content model, shaped like a real one, reproducible."""

from __future__ import annotations

import hashlib
import random
import re
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from synthetic import Vocabulary, all_tags, articles, load_places, write_archive
from synthetic_words import PLACES

from archivist.content.articles import load_archive
from archivist.content.model import Archive
from conftest import ROOT
from test_cli import archivist

COUNT = 400


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    folder = tmp_path_factory.mktemp("synthetic")
    write_archive(COUNT, 42, folder)
    return load_archive(folder)  # raises ContentError if any file is invalid


def digest(folder: Path) -> str:
    files = sorted(folder.iterdir())
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()


def test_the_same_seed_writes_byte_identical_files(tmp_path: Path) -> None:
    write_archive(50, 3, tmp_path / "a")
    write_archive(50, 3, tmp_path / "b")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")


def test_another_seed_writes_another_archive() -> None:
    assert list(articles(5, 1)) != list(articles(5, 2))


def test_a_bigger_archive_starts_with_the_smaller_one() -> None:
    assert list(articles(20, 9))[:10] == list(articles(10, 9))


def test_every_generated_file_passes_the_content_loader(archive: Archive) -> None:
    assert len(archive) == COUNT
    assert len({a.slug for a in archive.articles}) == COUNT


def test_about_one_in_ten_is_arabic(archive: Archive) -> None:
    arabic = [a for a in archive.articles if a.language == "ar"]
    assert 0.06 < len(arabic) / COUNT < 0.14
    assert all(re.search("[\u0600-\u06ff]", a.body) for a in arabic)


def test_dates_span_fifteen_years_some_partial_about_two_percent_unknown(
    archive: Archive,
) -> None:
    dated = [a.date for a in archive.articles if a.date]
    assert 0.005 < 1 - len(dated) / COUNT < 0.05
    assert min(d.year for d in dated) == 2010
    assert max(d.year for d in dated) == 2024
    precisions = Counter(d.precision for d in dated)
    assert precisions["day"] > precisions["month"] > 0
    assert precisions["year"] > 0


def test_tags_and_places_per_article_are_in_range(archive: Archive) -> None:
    assert {len(a.tags) for a in archive.articles} == set(range(3, 9))
    assert {len(a.places) for a in archive.articles} == set(range(1, 6))
    assert 200 < len(all_tags()) < 600
    assert len({t for a in archive.articles for t in a.tags}) > 150


def test_bodies_have_300_to_1500_words(archive: Archive) -> None:
    counts = [len(a.body.split()) for a in archive.articles]
    assert min(counts) >= 300
    assert max(counts) <= 1500 + 2 * 50  # multi-word place names add a few
    assert 700 < statistics.mean(counts) < 1100


def test_word_frequencies_follow_zipf(archive: Archive) -> None:
    counts = Counter(w for a in archive.articles if a.language == "en" for w in a.body.split())
    ranked = [n for _, n in counts.most_common(100)]
    # Zipf: the 10th word is about a tenth, the 100th about a hundredth, as frequent as the 1st
    assert 4 < ranked[0] / ranked[9] < 25
    assert 40 < ranked[0] / ranked[99] < 250


def test_zipf_draws_are_deterministic_and_rank_ordered() -> None:
    vocabulary = Vocabulary.zipf(["a", "b", "c", "d"])
    drawn = Counter(vocabulary.draw(random.Random(1), 10_000))
    assert drawn["a"] > drawn["b"] > drawn["c"] > drawn["d"]
    assert vocabulary.draw(random.Random(5), 20) == vocabulary.draw(random.Random(5), 20)


def test_places_are_real_names_in_several_scripts(archive: Archive) -> None:
    known = {name for place in PLACES for name in place}
    used = {p for a in archive.articles for p in a.places}
    assert used <= known
    assert any(re.search("[\u0600-\u06ff]", p) for p in used)
    assert any(re.search("[êîûş]", p) for p in used)


def test_places_come_from_the_gazetteer_when_there_is_one(tmp_path: Path) -> None:
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text(
        "hasakah:\n  name: Hesekê\n  kind: city\n  names:\n    en: [Hasakah, Haseke]\n"
        "    ar: الحسكة\n",
        encoding="utf-8",
    )
    assert load_places(gazetteer) == (("Hesekê", "الحسكة", "Hasakah", "Haseke"),)
    assert load_places(tmp_path / "missing.yaml") == PLACES


def test_the_bench_script_writes_a_checkable_archive(tmp_path: Path) -> None:
    script = ROOT / "bench" / "synthetic.py"
    out = str(tmp_path / "synth")
    result = subprocess.run(
        [sys.executable, str(script), "25", "--seed", "4", "--out", out],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote 25 articles")
    assert archivist("check", "--content", str(tmp_path / "synth")).returncode == 0
