"""Archivist's HTML import beside trafilatura alone, on a public benchmark with ground truth.

The benchmark is Zyte's (Scrapinghub's) article-extraction-benchmark: 181 saved news and
blog pages (``html/<id>.html.gz``) and, for each, the article body a person marked
(``ground-truth.json``). Its data stays outside this repository; get it once with::

    git clone https://github.com/scrapinghub/article-extraction-benchmark /work/data/aeb

then run (``make eval-extraction`` does, with ``AEB=<folder>``)::

    .venv/bin/python bench/extraction_benchmark.py --data /work/data/aeb

Four extractors read every page:

- ``archivist``: what ``archivist import`` keeps of a saved page: the body of the draft
  (:func:`~archivist.importer.capture.read_capture` then
  :func:`~archivist.importer.draft.make_draft`: trafilatura's main text with the
  dateline under the headline put back, then the project's furniture and headline rules);
- ``archivist-read``: the same capture's paragraphs before the furniture and headline
  rules, to show what those rules add or take away;
- ``trafilatura``: ``trafilatura.extract(html, include_comments=False)``, exactly as the
  benchmark's own ``extractors/run_trafilatura.py`` calls it;
- ``trafilatura+rules``: trafilatura's body as the capture's paragraphs, then the
  project's furniture and headline rules (``make_draft``) on top of it;
- ``page-text``: every line of text the page shows, furniture and all, as a browser's
  copy of the whole page holds it (:func:`~archivist.importer.htmlpage.page_lines`);
- ``archivist-text``: that text saved as a ``.txt`` capture and imported: what the text
  rules (the report's core, ``importer/reportcore.py``, and the furniture rules) keep of
  pages nobody tuned them on.

Each is scored by the benchmark's own ``evaluate.py`` (loaded from the data folder, not
copied): precision, recall and F1 of word 4-gram shingles against the ground truth,
averaged per page, with bootstrap standard deviations, and exact-match accuracy. The
ground truth has no headline, so titles are not scored.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import trafilatura

from archivist.errors import Problem
from archivist.importer.capture import read_capture
from archivist.importer.draft import make_draft
from archivist.importer.htmlpage import page_lines

Extractor = Callable[[Path, str], str]
#: Page id -> {"articleBody": text}, as the benchmark's ``output/*.json`` files hold it.
Bodies = dict[str, dict[str, str]]


def archivist_body(path: Path, html: str) -> str:
    """The draft's body, as ``archivist import`` writes it for the saved page at ``path``."""
    capture = read_capture(path)
    if isinstance(capture, Problem):
        return ""
    return "\n\n".join(make_draft(capture, None).body)


def archivist_read(path: Path, html: str) -> str:
    """The capture's paragraphs as read, before the furniture and headline rules."""
    capture = read_capture(path)
    return "" if isinstance(capture, Problem) else "\n\n".join(capture.blocks)


def trafilatura_body(path: Path, html: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def trafilatura_then_rules(path: Path, html: str) -> str:
    """trafilatura's body as the capture's paragraphs, then the project's rules on top."""
    capture = read_capture(path)
    if isinstance(capture, Problem):
        return ""
    lines = trafilatura_body(path, html).split("\n")
    blocks = tuple(line.strip() for line in lines if line.strip())
    return "\n\n".join(make_draft(replace(capture, blocks=blocks), None).body)


def page_text(path: Path, html: str) -> str:
    """The page's whole text, one block a paragraph, nothing extracted."""
    return "\n\n".join(page_lines(html))


def archivist_text(path: Path, html: str) -> str:
    """The draft's body when the page's whole text is imported as a text capture."""
    text = path.with_suffix(".txt")
    text.write_text(page_text(path, html), encoding="utf-8")
    capture = read_capture(text)
    return "" if isinstance(capture, Problem) else "\n\n".join(make_draft(capture, None).body)


EXTRACTORS: dict[str, Extractor] = {
    "archivist": archivist_body,
    "archivist-read": archivist_read,
    "trafilatura": trafilatura_body,
    "trafilatura+rules": trafilatura_then_rules,
    "page-text": page_text,
    "archivist-text": archivist_text,
}


def benchmark_metric(data: Path) -> ModuleType:
    """The benchmark's own ``evaluate.py``, imported from its folder."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", data / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{data}/evaluate.py: not found; fetch the benchmark first")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(data: Path, limit: int | None) -> tuple[dict[str, Bodies], dict[str, float]]:
    """Each extractor's article body for each page, by page id; seconds per extractor."""
    pages = sorted((data / "html").glob("*.html.gz"))[:limit]
    found: dict[str, Bodies] = {name: {} for name in EXTRACTORS}
    seconds = dict.fromkeys(EXTRACTORS, 0.0)
    with tempfile.TemporaryDirectory() as folder:
        for number, page in enumerate(pages, start=1):
            key = page.name.split(".")[0]
            raw = gzip.decompress(page.read_bytes())
            saved = Path(folder) / f"{key}.html"  # a saved page, as a curator has one
            saved.write_bytes(raw)
            html = raw.decode("utf-8")
            for name, extract in EXTRACTORS.items():
                started = time.perf_counter()
                found[name][key] = {"articleBody": extract(saved, html)}
                seconds[name] += time.perf_counter() - started
            print(f"\r{number}/{len(pages)} pages", end="", file=sys.stderr)
    print(file=sys.stderr)
    return found, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the benchmark's folder")
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick look)")
    parser.add_argument("--n-bootstrap", type=int, default=1000)
    parser.add_argument("--output", type=Path, help="write every extractor's bodies here")
    args = parser.parse_args()
    metric = benchmark_metric(args.data)
    truth: dict[str, Any] = json.loads((args.data / "ground-truth.json").read_text("utf-8"))
    found, seconds = predictions(args.data, args.limit)
    truth = {key: truth[key] for key in found["archivist"]}
    print(f"{len(truth)} pages; precision, recall and F1 of word 4-gram shingles, per page\n")
    print("| extractor | F1 | precision | recall | exact | seconds |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, bodies in found.items():
        m = metric.evaluate(truth, bodies, args.n_bootstrap)
        print(
            f"| {name} | {m['f1']:.3f} ± {m['f1_std']:.3f} | {m['precision']:.3f} ± "
            f"{m['precision_std']:.3f} | {m['recall']:.3f} ± {m['recall_std']:.3f} | "
            f"{m['accuracy']:.3f} | {seconds[name]:.0f} |"
        )
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
        for name, bodies in found.items():
            text = json.dumps(bodies, ensure_ascii=False, indent=1, sort_keys=True)
            (args.output / f"{name}.json").write_text(text, "utf-8")


if __name__ == "__main__":
    main()
