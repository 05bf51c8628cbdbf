"""Boxes a page sets in or under the report, that no rule for labels catches.

**A list of other stories under its heading** (``Benzer haberler``, ``Read also``,
``Popüler içerikler``), even between two of the report's paragraphs: its headlines are
short lines cut off with an ellipsis (``Name: headline…``), up to the first line that is
not one; at the page's foot, where only short lines that end as a headline may (not with
a full stop) follow the heading, all of them.

**An author's box** under the report, about the reporter or the editor: the name (often with
the site and a role: ``Jane Doe Example News - Editor``), a heading that names the box
(``About the author``, ``Editör Hakkında``, ``عن الكاتب``, ``Derbarê nivîskar de``), then a
biography written as sentences, which no rule for labels catches. The box begins at its
heading, in the second half of the capture and after the report's first paragraph, or at
the name line right above the heading when that line is a label, not a sentence; the
report is over there.

**A source line under the report** (``Source: X``, ``Kaynak: X``, ``Çavkanî: X``,
``المصدر: X``) credits it at its end: the report is over there too, and what follows (the
site's about-us box, its newsletter and comment form) is the page's.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .pageframe import is_label
from .reportcore import Reading
from .sentences import NOT_HEADLINE_END

# fmt: off
#: A heading of a list of other pages (folded): never a source, never a link's headline.
TRAILER_MARKERS = tuple(
    fold(line)
    for line in (
        "Helpful keywords", "Related articles", "Related posts", "Related news", "Related",
        "Read also", "Read more:", "See also", "You may also like", "More from",
        "Most read", "Tags:", "Keywords:", "اقرأ أيضا", "اقرأ أيضاً", "مقالات ذات صلة",
        "أخبار ذات صلة", "الأكثر قراءة", "الكلمات الدلالية", "وسوم", "İlgili haberler",
        "Etiketler", "Benzer haberler", "Nûçeyên têkildar", "Etîket", "Other news",
        "More news", "Latest news", "أخبار أخرى", "آخر الأخبار", "Diğer haberler",
        "Son haberler", "Nûçeyên din", "You might also like", "ربما يعجبك أيضا",
        "قد يعجبك أيضا", "قد يهمك أيضا", "İlginizi çekebilir", "Bunlar da ilginizi çekebilir",
        # a box of the site's popular stories
        "Popular", "Most popular", "Popular posts", "Popular news", "Most viewed", "Trending",
        "الأكثر مشاهدة", "الأكثر شعبية", "الأكثر تداولا", "Popüler içerikler",
        "Popüler haberler", "En çok okunanlar", "Çok okunanlar", "En çok okunan haberler",
    )
)
# fmt: on
LIST_ITEM_WORDS = 15
SOURCE_LINE_WORDS = 10
#: A line that names the report's source after its label, in the four languages.
SOURCE_LINE = re.compile(
    r"^(?:source|kaynak|çavkanî|المصدر)\s*[:：]\s*(?P<name>[^\n.،,|]{2,60})", re.IGNORECASE
)

#: "About the author", in the four languages, folded, for a reporter, a writer, an editor.
_HEADING = re.compile(
    r"^(?:about the (?:author|writer|editor|reporter)|(?:yazar|editor|muhabir) hakkinda|"
    r"(?:نبذه )?عن (?:الكاتب|المحرر|المراسل)|derbare (?:niviskar|editor|rojnamevan) de)\s*:?$"
)


def author_box_start(reading: Reading) -> int:
    """Index where an author's box begins, or ``len(blocks)`` when there is none."""
    blocks = reading.blocks
    start = max(len(blocks) // 2, reading.first_prose + 1)
    for index in range(start, len(blocks)):
        if _HEADING.match(fold(blocks[index].strip())):
            named = index - 1 >= start and is_label(blocks[index - 1])
            return index - 1 if named else index
    return len(blocks)


def source_line_start(reading: Reading) -> int:
    """Index of a source line in the second half of the capture, under the report's first
    paragraph, or ``len(blocks)`` when there is none."""
    blocks = reading.blocks
    start = max(len(blocks) // 2, reading.first_prose + 1)
    for index in range(start, len(blocks)):
        text = blocks[index].strip()
        if SOURCE_LINE.match(text) and len(text.split()) <= SOURCE_LINE_WORDS:
            return index
    return len(blocks)


def list_items(blocks: tuple[str, ...], headings: tuple[str, ...]) -> frozenset[int]:
    """The headlines under a list's heading (one of ``headings``, folded: ``Benzer
    haberler``, ``Read also``), up to the first line that is not one: short, and cut off
    (``Name: headline…``); or, when only short lines that end as a headline may follow the
    heading to the capture's end, all of them: a box of other stories at the page's foot,
    whose headlines may end with ``!`` or ``?`` like a sentence, never with a full stop."""
    found: set[int] = set()
    for index in (i for i, b in enumerate(blocks) if fold(b).rstrip(": ") in headings):
        items = range(index + 1, len(blocks))
        if all(_list_item(blocks[item]) and _headline_end(blocks[item]) for item in items):
            found.update(items)
        for item in items:
            text = blocks[item].strip()
            if not (_list_item(text) and text.endswith(("…", "..."))):
                break
            found.add(item)
    return frozenset(found)


def _list_item(block: str) -> bool:
    """One short line: a line a list of other stories' headlines may hold."""
    text = block.strip()
    return "\n" not in text and len(text.split()) <= LIST_ITEM_WORDS


def _headline_end(block: str) -> bool:
    """A line that ends as a headline may (``!``, ``?``, a word), not with a full stop or
    a colon: a report's last short sentence under a heading ends with its stop."""
    return NOT_HEADLINE_END.search(block.strip()) is None
