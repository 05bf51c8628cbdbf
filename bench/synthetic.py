"""A synthetic archive of N articles for benchmarks: realistic, valid and deterministic.

Every article is a Markdown file with the front-matter of this archive's content
model: dates over fifteen years (some known only to the month or year, 2% unknown),
3-8 tags out of a few hundred, 1-5 places (names from ``gazetteer.yaml`` when the
project has one, else real places of the region in several spellings and scripts),
10% in Arabic, and bodies of 300-1,500 words drawn from a Zipf-distributed vocabulary.
The same seed writes byte-identical files.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import synthetic_words as words
import yaml

FIRST_YEAR, YEARS = 2010, 15
ARABIC_SHARE = 0.10
UNDATED_SHARE = 0.02
WORDS_PER_BODY = (300, 1500)
TAGS_PER_ARTICLE = (3, 8)
PLACES_PER_ARTICLE = (1, 5)
#: Zipf exponent of word frequencies (about 1 for natural language).
ZIPF_EXPONENT = 1.05
ENGLISH_VOCABULARY = 30_000
ARABIC_VOCABULARY = 20_000


@dataclass(frozen=True)
class Vocabulary:
    """Words ranked by frequency, drawn with Zipf probabilities (rank r ~ 1 / r**s)."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def zipf(cls, ranked: Sequence[str], exponent: float = ZIPF_EXPONENT) -> Vocabulary:
        weights = (1.0 / rank**exponent for rank in range(1, len(ranked) + 1))
        return cls(tuple(ranked), tuple(itertools.accumulate(weights)))

    def draw(self, rng: random.Random, count: int) -> list[str]:
        total = self.cumulative[-1]
        return [
            self.words[bisect.bisect(self.cumulative, rng.random() * total)] for _ in range(count)
        ]


def padded(common: Sequence[str], syllables: Sequence[str], size: int, seed: str) -> list[str]:
    """``common`` words first, then made-up words of 2-4 syllables until ``size`` words."""
    rng = random.Random(seed)
    ranked = list(dict.fromkeys(common))
    seen = set(ranked)
    while len(ranked) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            ranked.append(word)
    return ranked


def load_places(gazetteer: Path | None) -> tuple[tuple[str, ...], ...]:
    """Every place as its names: from ``gazetteer`` if it exists, else the built-in list."""
    if gazetteer is None or not gazetteer.is_file():
        return words.PLACES
    data: Any = yaml.safe_load(gazetteer.read_text(encoding="utf-8")) or {}
    places = []
    for _, entry in sorted(data.items()):
        names = [str(entry["name"])]
        for _, others in sorted((entry.get("names") or {}).items()):
            names.extend(str(n) for n in ([others] if isinstance(others, str) else others))
        places.append(tuple(dict.fromkeys(names)))
    return tuple(places) or words.PLACES


def all_tags() -> tuple[str, ...]:
    """A few hundred tags, most general first: ``prisons``, then ``prisons-escapes``."""
    general = words.TAG_SUBJECTS
    specific = [f"{s}-{q}" for s in words.TAG_SUBJECTS for q in words.TAG_QUALIFIERS]
    return (*general, *specific)


class Generator:
    """Writes article ``i`` of the archive for seed ``seed``; each article has its own RNG."""

    def __init__(self, seed: int, places: tuple[tuple[str, ...], ...] = words.PLACES) -> None:
        self.seed = seed
        self.places = Vocabulary.zipf([str(i) for i in range(len(places))], 0.8)
        self.place_names = places
        self.tags = Vocabulary.zipf(all_tags(), 0.9)
        self.sources = Vocabulary.zipf(words.SOURCES, 0.8)
        self.english = Vocabulary.zipf(
            padded(words.ENGLISH, words.ENGLISH_SYLLABLES, ENGLISH_VOCABULARY, "en")
        )
        self.arabic = Vocabulary.zipf(
            padded(words.ARABIC, words.ARABIC_SYLLABLES, ARABIC_VOCABULARY, "ar")
        )

    def article(self, index: int) -> str:
        rng = random.Random(f"{self.seed}:{index}")
        arabic = rng.random() < ARABIC_SHARE
        vocabulary = self.arabic if arabic else self.english
        places = self._places(rng)
        title = _sentence(vocabulary.draw(rng, rng.randint(5, 11)), arabic, end="")
        body = self._body(rng, vocabulary, places, arabic)
        fields: dict[str, Any] = {
            "title": title,
            "slug": f"report-{index:06d}",
            **_date(rng),
            "language": "ar" if arabic else "en",
            "source": self.sources.draw(rng, 1)[0],
            "source_url": f"https://example.org/reports/{self.seed}/{index}",
            "places": places,
            "tags": _distinct(rng, self.tags, rng.randint(*TAGS_PER_ARTICLE)),
            "summary": _sentence(vocabulary.draw(rng, rng.randint(12, 25)), arabic),
        }
        front = "".join(f"{key}: {_yaml(value)}\n" for key, value in fields.items())
        return f"---\n{front}---\n\n{body}"

    def _places(self, rng: random.Random) -> list[str]:
        chosen = _distinct(rng, self.places, rng.randint(*PLACES_PER_ARTICLE))
        return [rng.choice(self.place_names[int(i)]) for i in chosen]

    def _body(
        self, rng: random.Random, vocabulary: Vocabulary, places: list[str], arabic: bool
    ) -> str:
        remaining = rng.randint(*WORDS_PER_BODY)
        paragraphs = []
        while remaining > 0:
            size = min(remaining, rng.randint(40, 120))
            drawn = vocabulary.draw(rng, size)
            for _ in range(rng.randint(0, 2)):  # reports name their places in the text
                drawn[rng.randrange(size)] = rng.choice(places)
            paragraphs.append(_paragraph(rng, drawn, arabic))
            remaining -= size
        return "\n\n".join(paragraphs) + "\n"


def _distinct(rng: random.Random, vocabulary: Vocabulary, count: int) -> list[str]:
    chosen: dict[str, None] = {}
    while len(chosen) < count:
        chosen.setdefault(vocabulary.draw(rng, 1)[0])
    return list(chosen)


def _date(rng: random.Random) -> dict[str, str]:
    roll = rng.random()
    if roll < UNDATED_SHARE:
        return {"date_note": "The capture states no date."}
    year = FIRST_YEAR + rng.randrange(YEARS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if roll < 0.06:
        return {"date": f"{year}", "date_note": "Only the year is stated."}
    if roll < 0.14:
        return {"date": f"{year}-{month:02d}", "date_note": "Only the month is stated."}
    return {"date": f"{year}-{month:02d}-{day:02d}"}


def _sentence(drawn: list[str], arabic: bool, end: str = ".") -> str:
    text = " ".join(drawn)
    return (text if arabic else text[:1].upper() + text[1:]) + end


def _paragraph(rng: random.Random, drawn: list[str], arabic: bool) -> str:
    sentences, start = [], 0
    while start < len(drawn):
        stop = start + rng.randint(8, 25)
        sentences.append(_sentence(drawn[start:stop], arabic))
        start = stop
    return " ".join(sentences)


def _yaml(value: str | list[str]) -> str:
    """A JSON string is a valid YAML double-quoted scalar; lists become flow sequences."""
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def articles(count: int, seed: int, gazetteer: Path | None = None) -> Iterator[tuple[str, str]]:
    """(file name, file text) of each article of a synthetic archive, in order."""
    generator = Generator(seed, load_places(gazetteer))
    for index in range(count):
        yield f"report-{index:06d}.md", generator.article(index)


def write_archive(count: int, seed: int, out: Path, gazetteer: Path | None = None) -> int:
    """Write ``count`` articles into ``out`` (created if needed); return the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in articles(count, seed, gazetteer):
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        written += len(data)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """``python bench/synthetic.py N --out DIR``: write a synthetic archive of N articles."""
    parser = argparse.ArgumentParser(
        description="Write N made-up but valid articles into a folder: the same seed gives "
        "byte-identical files. Place names come from the gazetteer when it exists."
    )
    parser.add_argument("count", type=int, metavar="N", help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument(
        "--gazetteer",
        type=Path,
        default=Path("gazetteer.yaml"),
        help="place names to use (default: gazetteer.yaml, if it exists)",
    )
    args = parser.parse_args(argv)
    written = write_archive(args.count, args.seed, args.out, args.gazetteer)
    print(f"wrote {args.count} articles ({written / 1e6:.1f} MB) into {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
