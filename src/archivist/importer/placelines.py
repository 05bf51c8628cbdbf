"""Places a draft has that the report itself may not name, for the review table.

- **Below the report's end**: a place the capture names only below the first line of
  furniture under the report's core (``reportcore``), in other stories' headlines.
- **In another story's headline set in the report**: a place named only in a line between
  the report's paragraphs that reads as a headline, a related story's link (``Families
  still wait for news in the Syrian desert``): one line of at most
  ``MAX_HEADLINE_WORDS`` words, no sentence end, no figure (a date, a caption's count) and
  no list's bullet, not the body's last line (a capture cut short ends without a stop).

Each gives one flag naming its places; the places stay in the draft for the curator.
"""

from __future__ import annotations

import re

from .headfields import is_head_field
from .pageframe import MAX_HEADLINE_WORDS
from .placenames import PlaceIndex
from .reportcore import outside_core, read_lines
from .sentences import SENTENCE_END

_WORD = re.compile(r"\w+")
_BULLETS = ("•", "-", "*", "·")


def below_report(
    blocks: tuple[str, ...], found: tuple[str, ...], places: PlaceIndex, language: str
) -> list[str]:
    """One flag naming the places the draft has that the capture names only below the
    report's end: the report ends at the first line below its core that is furniture."""
    reading = read_lines(blocks)
    furniture = outside_core(reading, is_head_field)
    end = next((i for i in range(reading.core.stop, len(blocks)) if i in furniture), len(blocks))
    if end == len(blocks):
        return []
    above = {match.place for match in places.find("\n".join(blocks[:end]), language)}
    below = [place for place in found if place not in above]
    if not below:
        return []
    line = blocks[end].strip()
    return [f"place {', '.join(below)} named only below “{line}”, where the report seems to end"]


def in_other_headlines(
    body: tuple[str, ...], named: str, found: tuple[str, ...], places: PlaceIndex, language: str
) -> list[str]:
    """One flag naming the places the draft has that ``named`` (the title, body and
    captions) names only in body lines that read as another story's headline."""
    lines = [block.strip() for block in body[:-1] if _other_headline(block)]
    if not lines:
        return []
    rest = "\n".join(line for line in named.split("\n") if line.strip() not in lines)
    elsewhere = {match.place for match in places.find(rest, language)}
    only = [place for place in found if place not in elsewhere]
    if not only:
        return []
    quoted = "”, “".join(lines)
    return [f"place {', '.join(only)} named only in “{quoted}”: another story's headline?"]


def _other_headline(block: str) -> bool:
    text = block.strip()
    if "\n" in text or text.startswith(_BULLETS) or any(ch.isdigit() for ch in text):
        return False
    return len(_WORD.findall(text)) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(text)
