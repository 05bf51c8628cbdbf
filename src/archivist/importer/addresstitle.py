"""The page's address against its title: a second witness of the headline.

Most news sites write a story's address from its headline when they publish it
(``/news/11-iraqis-killed-isis-militants-kirkuk-and-diyala``, ``/345741/ميدل-ايست-داعش-...``,
``/kmr/bo-raya-gisti/``). When the title the importer took shares few of the address's words
and another line at the top of the capture shares most of them, the title is probably a
menu's link, a slogan or a kicker, and that other line the headline: the review asks.

An address without such words (``/article/2384``, ``?p=123``) says nothing; nor does one
whose words no line of the head holds (a slug in another language, or rewritten).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from archivist.text.folding import fold

from .headline import MAX_TITLE_WORDS
from .sentences import NOT_HEADLINE_END
from .wordstems import stem

HEAD_LINES = 12  # the headline lies this close to the top of the capture
MIN_SLUG_WORDS = 3
MAX_LINE = 300
QUOTED = 60  # the other line is quoted up to this many characters
_SLUG_SPLIT = re.compile(r"[-_+\s.]+")
_WORD = re.compile(r"[^\W\d_]+")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)


def slug_words(url: str) -> frozenset[str]:
    """The stems (``wordstems.stem``) of every word of the address's last named part, short
    ones too, or none when it holds fewer than ``MIN_SLUG_WORDS`` words (an id, a date, a
    section)."""
    path = unquote(urlsplit(url).path) if "://" in url else ""
    parts = [_EXTENSION.sub("", part) for part in path.split("/") if part]
    for part in reversed(parts):
        words = [w for w in _SLUG_SPLIT.split(fold(part)) if _WORD.fullmatch(w)]
        if len(words) >= MIN_SLUG_WORDS:
            return frozenset(stem(w) for w in words)
    return frozenset()


def _shared(line: str, slug: frozenset[str]) -> int:
    return len({stem(w) for w in _WORD.findall(fold(line))} & slug)


def address_doubt(title: str, blocks: tuple[str, ...], url: str) -> list[str]:
    """A note when the address names another line of the head than ``title``: the title
    shares at most a third of the address's words, the other line more than half."""
    slug = slug_words(url)
    if not title or not slug or 3 * _shared(title, slug) > len(slug):
        return []
    key = fold(title)
    named = (
        block.strip()
        for block in blocks[:HEAD_LINES]
        if len(block) <= MAX_LINE and "\n" not in block.strip() and fold(block) != key
    )
    other = next((line for line in named if 2 * _shared(line, slug) > len(slug)), "")
    if not other:
        return []
    quoted = other if len(other) <= QUOTED else other[:QUOTED].rstrip() + "…"
    return [f"title “{title}” is not what the page's address names (“{quoted}”): which is it?"]


def addressed_headline(blocks: tuple[str, ...], url: str) -> str:
    """The line at the top of ``blocks`` shaped like a headline (one line, at most
    ``MAX_TITLE_WORDS`` words, not ending like a sentence) that holds more than half of the
    address's words, or "": a text capture's headline, as the site named its address. Of
    several, the one holding most, then the shortest (``Headline`` before ``Headline -
    Site``)."""
    slug = slug_words(url)
    lines = [block.strip() for block in blocks[:HEAD_LINES]] if slug else []
    named = [
        (_shared(line, slug), -len(_WORD.findall(line)), -index, line)
        for index, line in enumerate(lines)
        if "\n" not in line
        and len(_WORD.findall(line)) <= MAX_TITLE_WORDS
        and not NOT_HEADLINE_END.search(line)
        and 2 * _shared(line, slug) > len(slug)
    ]
    return max(named)[-1] if named else ""
