"""How noisy the review's "possible place not in the gazetteer" flag is on the blind set.

Run: .venv/bin/python bench/blind_place_flags.py [--split dev|held|fresh...] [--show]
Imports the split as one batch (as bench/blind_import.py does) and counts, per page, the
names the flag raises. A name is counted as a place the answers know when it shares a
folded word with one of the page's ``unknown`` places (named, not in the gazetteer) or
its required places; every other name is noise (an organisation, a person, a word).
Also counts the answers' ``unknown`` places that any review flag about places names.
``--show`` prints each name with its verdict, for reading.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import yaml

from archivist.importer.batch import Target, import_captures
from archivist.importer.cli import place_index
from archivist.places.gazetteer import load_gazetteer
from archivist.text.folding import fold

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "bench" / "blind" / "import"
_FLAG = re.compile(r"^possible places? not in the gazetteer: (?P<names>.*) \(add (?:it|them) to")


def _words(name: str) -> set[str]:
    words = re.findall(r"\w+", fold(name))  # "Sifeya, Şamê": no comma on a word
    return {word for word in words if len(word) > 2 and word not in ("al", "el")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = ("dev", "held", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")
    parser.add_argument("--split", choices=splits, default="dev")
    parser.add_argument("--show", action="store_true", help="print every name flagged")
    args = parser.parse_args()
    pages = yaml.safe_load((BLIND / "expected.yaml").read_text(encoding="utf-8"))["pages"]
    chosen = {k: v for k, v in pages.items() if v["split"] == args.split}
    gazetteer = load_gazetteer(ROOT / "gazetteer.yaml")
    by_id = {place.id: place for place in gazetteer}
    paths = [BLIND / "captures" / name for name in sorted(chosen)]
    urls = {path: chosen[path.name]["url"] for path in paths}
    index = place_index(ROOT / "gazetteer.yaml")
    job = Target(Path(tempfile.mkdtemp()), index, dry_run=True, source_urls=urls)
    places = noise = flagged_pages = listed = named = 0
    for outcome in import_captures(paths, job):
        want = chosen[outcome.path.name]
        known = [*(want.get("unknown") or [])]
        for place_id in want.get("places") or []:
            known += [by_id[place_id].name, *by_id[place_id].all_names]
        known_words = set().union(*(_words(name) for name in known)) if known else set()
        flags = outcome.draft.flags if outcome.draft else ()
        names = [
            name
            for flag in flags
            if (match := _FLAG.match(flag))
            for name in match.group("names").split(", ")
        ]
        flagged_pages += bool(names)
        every = " ".join(flag for flag in flags if "place" in flag)
        for unknown in want.get("unknown") or []:
            listed += 1
            named += bool(_words(unknown) & _words(every))
            if args.show and not _words(unknown) & _words(every):
                print(f"{outcome.path.name}: {unknown}: not named")
        for name in names:
            is_place = bool(_words(name) & known_words)
            places += is_place
            noise += not is_place
            if args.show:
                print(f"{outcome.path.name}: {name}: {'place' if is_place else 'noise'}")
    total = len(chosen)
    print(
        f"split {args.split}: {total} pages, {flagged_pages} with the flag; "
        f"{places + noise} names ({(places + noise) / total:.2f} a page): "
        f"{places} places the answers name, {noise} noise ({noise / total:.2f} a page)"
    )
    print(f"unknown places the answers list: {listed}, named by a review flag: {named}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
