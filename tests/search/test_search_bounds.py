"""Hostile queries are answered or refused at once (issue 30): a synthetic archive built
for real, its search files read by the page's engine under node. The bounds do not
depend on the archive's size (edit distance, words, a prefix's or a near spelling's
words); at 10,000 articles the same queries take at most ~1 s on a loaded machine
(docs/search-index.md gives the command)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nodejs import ROOT, node

QUERIES = [
    ("raqqa~99", "~1 or ~2 at most"),
    ("raqqa~30", "~1 or ~2 at most"),
    (" ".join(["*a*"] * 100), "begins with *"),
    (" ".join(["*a*"] * 500), "keep it under 500"),
    (" ".join(["a*"] * 3000), "keep it under 500"),
    (" ".join(f"w{n}" for n in range(40)), "20 at most"),
    ("a* b* c* d* e*", "4 at most"),
    ("x" * 10_000, "keep it under 500"),
    ("raqqa~2", None),
    ("kobane~2 prison", None),
    ("attack*", None),
    ("a*", None),  # answered or refused, at once
]


@pytest.fixture(scope="module")
def search_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("synthetic")
    subprocess.run(
        [sys.executable, ROOT / "bench" / "synthetic.py", "200", "--out", work / "content"],
        check=True,
        capture_output=True,
    )
    build = [ROOT / ".venv/bin/archivist", "build", "-s", ROOT / "pelicanconf.py"]
    subprocess.run(
        [*build, "-c", work / "content", "-o", work / "output"],
        cwd=work,
        check=True,
        capture_output=True,
    )
    return work / "output" / "search"


def test_hostile_queries_are_answered_or_refused_at_once(search_folder: Path) -> None:
    done = subprocess.run(
        [node(), ROOT / "bench" / "blind" / "search" / "browser_search.js", search_folder],
        input=json.dumps([query for query, _ in QUERIES]),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    for (query, refusal), answer in zip(QUERIES, json.loads(done.stdout), strict=True):
        if refusal:
            assert refusal in answer.get("error", ""), query[:40]
        elif "error" not in answer:
            assert answer["ms"] < 1000, query[:40]
