"""How many fields the importer gets right on tests/fixtures/captures (expected.json).

Run: .venv/bin/python tests/import_score.py   (prints a Markdown table, and every miss)
The fixture tests assert the same expectations one by one; this is the summary.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from archivist.content.articles import read_article
from archivist.content.model import Article
from archivist.importer.batch import Target, import_captures
from archivist.importer.cli import place_index

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "captures"
FIELDS = ("title", "date", "language", "places", "source", "source_url", "authors", "slug")


def value(article: Article, key: str) -> Any:
    if key == "date":
        return article.date.iso if article.date else None
    found = getattr(article, key)
    return list(found) if isinstance(found, tuple) else found


def main() -> int:
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        job = Target(Path(folder), place_index(ROOT / "gazetteer.yaml"))
        for outcome in import_captures([FIXTURES], job):
            want = expected[outcome.path.name]
            checks = [("status", outcome.status, want["status"])]
            if outcome.target is not None and outcome.status == "written":
                article = read_article(outcome.target)
                assert isinstance(article, Article)
                checks += [(k, value(article, k), want[k]) for k in FIELDS if k in want]
                checks += [("body", t in article.body, True) for t in want.get("body_includes", [])]
                checks += [
                    ("body", t in article.body, False) for t in want.get("body_excludes", [])
                ]
            for key, got, wanted in checks:
                total[key] += 1
                right[key] += got == wanted
                if got != wanted:
                    print(
                        f"miss: {outcome.path.name} {key}: {got!r} != {wanted!r}", file=sys.stderr
                    )
    print("| field | right | of |\n| --- | --- | --- |")
    for key in total:
        print(f"| {key} | {right[key]} | {total[key]} |")
    print(f"| all | {sum(right.values())} | {sum(total.values())} |")
    return 0 if right == total else 1


if __name__ == "__main__":
    sys.exit(main())
