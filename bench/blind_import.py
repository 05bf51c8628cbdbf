"""How well the importer reads real pages nobody on the project wrote (bench/blind/import).

Run: .venv/bin/python bench/blind_import.py
[--split dev|held|fresh|fresh2 .. fresh17|all]
[--misses]
Prints a Markdown table of fields right per field; ``--misses`` also prints each wrong
field with what was expected, marked "(not flagged)" when no review note names it. The
held-out split is for the final measurement only: read bench/blind/import/expected.yaml
for how the answers were written.

A field counts as right when:
- title: equal to the headline (spaces and quotes folded); when the capture has no
  headline, when the review table flags the title;
- date: equal, or both absent; language: equal;
- source: one of the accepted spellings (case and a leading "The" ignored);
- places: every required place found, and nothing found beyond the required and optional;
- furniture: each furniture line is counted removed when no body paragraph is that line;
- sentences kept: every line of the capture of eight words or more that is neither
  furniture nor the headline, and every ``keep`` line, must be a body paragraph;
- summary: the body's first sentences, a whole paragraph or its start, spaces folded (or
  empty, and then flagged).
A place the answers list as ``unknown`` (named, but not yet in the gazetteer) is allowed
once the gazetteer has it. Each split is imported as one batch (each page with its own
address), as a curator imports a folder, so that a site's repeated lines can be compared.
A wrong field is "flagged" when a review note names it (title, date, source, place, language).
A right field given a value can be flagged too ("right but flagged"): the cost of the
review table's doubts, the fields a curator checks for nothing. (The note on a field the
capture rightly gives none of, "no date found" or "no title found", says what the curator
has to add, if anything.)
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from archivist.importer.batch import Target, import_captures
from archivist.importer.cli import place_index
from archivist.importer.pageframe import is_sentence
from archivist.importer.plaintext import BULLET
from archivist.places.gazetteer import load_gazetteer
from archivist.text.folding import fold

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind" / "import"
FIELDS = ("title", "date", "language", "source", "places")
FLAG_WORDS = {
    "title": ("title",),
    "date": ("date", "dateline"),
    "language": ("language",),
    "source": ("source", "credit", "byline", "agency"),
    "places": ("place", "read “"),
    "summary": ("summary",),
}


def _norm(text: str) -> str:
    text = re.sub(r"[\"'“”‘’«»]", "", text).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text)


def _flagged(flags: tuple[str, ...], name: str) -> bool:
    """Whether a review note names field ``name``."""
    return any(word in flag.casefold() for flag in flags for word in FLAG_WORDS[name])


def score_page(
    want: dict[str, Any],
    draft: Any,
    flags: tuple[str, ...],
    ids: dict[str, str],
    names: dict[str, set[str]],
):  # type: ignore[no-untyped-def]
    """(field, right, got, wanted) for each field of one page."""
    found = {ids.get(name, name) for name in draft.places}
    required = set(want.get("places") or [])
    unknown = {fold(name) for name in want.get("unknown") or []}
    named = {place for place in found if names.get(place, set()) & unknown}
    allowed = required | set(want.get("places_optional") or []) | named
    got_date = draft.date.iso if draft.date else None
    title_ok = (
        _flagged(flags, "title")
        if want["title"] is None
        else _norm(draft.title) == _norm(want["title"])
    )
    return [
        ("title", title_ok, draft.title, want["title"]),
        ("date", got_date == want["date"], got_date, want["date"]),
        ("language", draft.language == want["language"], draft.language, want["language"]),
        (
            "source",
            _norm(draft.source) in {_norm(s) for s in want["source"]},
            draft.source,
            want["source"][0],
        ),
        ("places", required <= found <= allowed, sorted(found), sorted(required)),
    ], (len(found & allowed), len(found), len(found & required), len(required))


def _report_lines(path: Path, want: dict[str, Any]) -> list[str]:
    """Lines of the capture a curator keeps in the body: eight words or more, not listed as
    furniture and not the headline, and every line the answers say to keep."""
    skip = {line.strip() for line in want.get("furniture") or []} | {(want["title"] or "").strip()}
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    # the headline behind a list's bullet ("•  Headline") is the headline too
    long = [
        line
        for line in lines
        if len(line.split()) >= 8 and line not in skip and BULLET.sub("", line) not in skip
    ]
    return list(dict.fromkeys([*long, *(line.strip() for line in want.get("keep") or [])]))


def _score_body(
    name: str, want: dict[str, Any], draft: Any, flags: tuple[str, ...], misses: bool
) -> Counter[str]:
    """Furniture removed, report sentences lost, and whether the summary is a sentence."""
    counts = Counter[str]()
    body = {block.strip() for block in draft.body}
    for line in want.get("furniture") or []:
        counts["lines"] += 1
        counts["removed"] += line.strip() not in body
        if misses and line.strip() in body:
            print(f"kept: {name} furniture: {line!r}", file=sys.stderr)
    for line in _report_lines(BLIND / "captures" / name, want):
        counts["sentences"] += 1
        counts["sentences lost"] += line not in body
        if misses and line not in body:
            print(f"lost: {name} sentence: {line!r}", file=sys.stderr)
    folded = [" ".join(block.split()) for block in body]
    summary = " ".join(draft.summary.split())
    summary_ok = bool(summary) and is_sentence(summary)
    summary_ok = summary_ok and any(block.startswith(summary) for block in folded)
    counts["summaries right"] += summary_ok or (not draft.summary and _flagged(flags, "summary"))
    if misses and not summary_ok:
        print(f"summary: {name}: {draft.summary!r}", file=sys.stderr)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(
            "dev",
            "held",
            "fresh",
            "fresh2",
            "fresh3",
            "fresh4",
            "fresh5",
            "fresh6",
            "fresh7",
            "fresh8",
            "fresh9",
            "fresh10",
            "fresh11",
            "fresh12",
            "fresh13",
            "fresh14",
            "fresh15",
            "fresh16",
            "fresh17",
            "all",
        ),
        default="dev",
    )
    parser.add_argument("--misses", action="store_true", help="print every wrong field")
    args = parser.parse_args()
    pages = yaml.safe_load((BLIND / "expected.yaml").read_text(encoding="utf-8"))["pages"]
    chosen = {k: v for k, v in pages.items() if args.split in ("all", v["split"])}
    gazetteer_path = ROOT / "gazetteer.yaml"
    gazetteer = load_gazetteer(gazetteer_path)
    ids = {place.name: place.id for place in gazetteer}
    names = {place.id: {fold(n) for n in place.all_names} for place in gazetteer}
    places = place_index(gazetteer_path)
    fields = Fields()
    counts = Counter[str]()
    furniture = Counter[str]()
    empty = Path(tempfile.mkdtemp(prefix="blind-import-"))  # no archive: no duplicates
    paths = [BLIND / "captures" / name for name in sorted(chosen)]
    urls = {path: chosen[path.name]["url"] for path in paths}
    job = Target(empty, places, dry_run=True, source_urls=urls)
    outcomes = {outcome.path.name: outcome for outcome in import_captures(paths, job)}
    for name, want in sorted(chosen.items()):
        outcome = outcomes[name]
        if outcome.draft is None:
            print(f"failed: {name}: {outcome.problem}", file=sys.stderr)
            continue
        draft = outcome.draft
        flags = (*draft.flags, *outcome.notes)
        checks, (precise, found, recalled, required) = score_page(want, draft, flags, ids, names)
        counts.update(precise=precise, found=found, recalled=recalled, required=required)
        fields.add(name, checks, flags, args.misses)
        furniture.update(_score_body(name, want, draft, flags, args.misses))
    total = len(chosen)
    print(f"split: {args.split}, {total} pages\n")
    fields.print(total)
    precision = counts["precise"] / max(counts["found"], 1)
    recall = counts["recalled"] / max(counts["required"], 1)
    print(f"\nplaces, place by place: precision {precision:.2f}, recall {recall:.2f}")
    print(f"furniture lines removed: {furniture['removed']}/{furniture['lines']}")
    lost, sentences = furniture["sentences lost"], furniture["sentences"]
    print(f"report sentences lost: {lost}/{sentences}")
    print(
        f"summaries a sentence of the report (or flagged): {furniture['summaries right']}/{total}"
    )
    return 0


@dataclass
class Fields:
    """Fields counted field by field: right (and of those, the ones the review table
    doubts all the same), or wrong (and of those, the flagged ones)."""

    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    doubted: Counter[str] = field(default_factory=Counter)

    def add(
        self,
        name: str,
        checks: list[tuple[str, bool, Any, Any]],
        flags: tuple[str, ...],
        misses: bool,
    ) -> None:
        """Count page ``name``'s ``checks``; print each wrong field if ``misses``."""
        for each, ok, got, wanted in checks:
            self.right[each] += ok
            if ok:  # the note on a field rightly empty ("no date found") is no doubt
                self.doubted[each] += bool(got) and bool(wanted) and _flagged(flags, each)
                continue
            self.wrong[each] += 1
            noted = _flagged(flags, each)
            self.flagged[each] += noted
            if misses:
                unflagged = "" if noted else " (not flagged)"
                print(f"miss: {name} {each}{unflagged}: {got!r} != {wanted!r}", file=sys.stderr)

    def print(self, total: int) -> None:
        """The table of fields: right, wrong and flagged, right but flagged."""
        print(
            "| field | right | wrong and flagged | right but flagged |\n| --- | --- | --- | --- |"
        )
        for each in FIELDS:
            print(
                f"| {each} | {self.right[each]}/{total} | {self.flagged[each]}/{self.wrong[each]}"
                f" | {self.doubted[each]}/{self.right[each]} |"
            )
        right = sum(self.right.values())
        print(
            f"| all fields | {right}/{total * len(FIELDS)} ({right / (total * len(FIELDS)):.0%}) | "
            f"{sum(self.flagged.values())}/{sum(self.wrong.values())} | "
            f"{sum(self.doubted.values())}/{right} |"
        )


if __name__ == "__main__":
    sys.exit(main())
