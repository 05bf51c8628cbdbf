"""Furniture found by its shape and place, not by its words: rules that carry to new sites.

- **A site's repeated lines**: a line that two stories of the same site (same host) in one
  import batch both hold, and that is not report prose (a section name, a site's tag line,
  a weather box, a box of its most read headlines, its comment form), is the site's frame.
  A sentence a site repeats in its reports stays; a headline stays in its own page's head.
- **The foot of a page**: short lines that are not sentences after the report's last
  sentence (a credit, a tag, a label of the next box).
- **Captions** with their credit after them (``captions.is_credited_caption``).
- **Comment forms, app-store lines, legal notices** in English, Arabic, Turkish, Kurmanji;
  an icon's alt text (``camera icon``), a reporter's line, a site's bare name, a market
  ticker's line (``DOLAR 43,86``), a link's headline printed twice over.
- **An Arabic agency's end mark**: a wire ends with ``انتهى`` ("ended") and the editors'
  initials in brackets (``... في 2014.انتهى (خ،م)``); the mark goes, the sentence stays.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from archivist.text.folding import fold

from .captions import is_credited_caption
from .reportcore import read_lines
from .sentences import CLOSED_END, SENTENCE_END

_WORD = re.compile(r"\w+")
SHORT_WORDS = 6  # a line of at most this many words and no sentence end is a label
MAX_LABEL = 80
HEADLINE_LIST = 3  # this many headline-like lines at the foot are a list of other stories
MAX_HEADLINE_WORDS = 15
MAX_HEADLINE_LIST = 12
TAG_ITEMS = 5
TWICE_WORDS = 4  # the fewest words a link's headline printed twice repeats
TAG_WORDS = 3
_ITEM_SPLIT = re.compile(r"[,،]")
#: A link, an e-mail address, a copyright sign, a bracketed photo label: not a headline.
_NOT_HEADLINE = re.compile(r"https?://|www\.|@|[©ⓒ]|^\[")
#: An icon's alt text written out ("camera icon<caption>", "tag icon ع ع ع"), a reporter's
#: line ("Muhabir: Name", "Reporter: Name"), a site's bare name ("dikGAZETE.com").
_ICON = re.compile(
    r"^(?:camera|tag|clock|calendar|user|comment|eye|share|print|photo|image|video) icon",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    r"^(?:muhabir|haber|editör|reporter|correspondent|مراسل|المراسل|nûçegihan|nucegihan)\s*:"
    r"\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}$",
    re.IGNORECASE,
)
#: A market ticker's line: a name in capitals and a price ("BIST 14.051", "DOLAR 43,86").
_TICKER = re.compile(r"^(?P<name>[^\W\d_]{2,12})\s+[\d.,]+\s*%?$")
_SITE_NAME = re.compile(
    r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|co|tr|uk|de|fr|ru|me|io)/?$",
    re.IGNORECASE,
)
_FORMS = re.compile(
    "|".join(
        (
            # comment forms
            r"^(?:leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment)",
            r"your email address will not be published|required fields are marked",
            r"^(?:اترك تعليقا|اضف تعليق|اكتب تعليق)|لن يتم نشر عنوان بريدك",
            r"^(?:yorum yap|yorum yaz|bir cevap yazin)",
            r"e posta (?:adresiniz|hesabiniz) yayinlanmayacak|gerekli alanlar \* ile isaretlen",
            r"^(?:sirove bike|siroveyek binivise)",
            # app stores
            r"\b(?:app store|google play|play store)\b|download (?:our|the) app",
            r"^(?:حمل التطبيق|حمل تطبيق)",
            r"^(?:uygulamayi indir|uygulamamizi indir)",
            r"^sepane daxine",
            # legal notices
            r"^disclaimer\b|the views expressed in this|privacy policy|terms of (?:use|service)",
            r"\bcookies?\b.{0,40}\b(?:accept|policy)\b",
            r"^اخلاء (?:ال)?مسووليه|سياسه الخصوصيه|شروط الاستخدام|الاراء الوارده في",
            r"^sorumluluk reddi|gizlilik politikasi|kullanim kosullari|^yasal uyari",
            r"politikaya nepenitiye",
        )
    )
)
MAX_FORM_WORDS = 40
#: An agency's end mark at a paragraph's end: ``انتهى`` after the sentence's stop, or with
#: the editors' initials in brackets after it (``.انتهى (خ،م)``, ``انتهى/ م.ع``).
_END_MARK = re.compile(
    r"(?:(?<=[.!?؟…])\s*انتهى|\s+انتهى(?=\s*[(\[/]))"
    r"(?:\s*(?:[(\[][^\d()\[\]]{1,15}[)\]]|/\s*[^\W\d_][^\d]{0,12}))?\s*\.?\s*$"
)


def strip_end_mark(block: str) -> str:
    """``block`` without an Arabic agency's end mark at its end (``انتهى (خ،م)``)."""
    stripped = _END_MARK.sub("", block.rstrip())
    return block if stripped == block.rstrip() else stripped


def is_sentence(block: str) -> bool:
    """A line of the report: it ends like a sentence or is long enough to be one."""
    text = block.strip()
    return bool(SENTENCE_END.search(text)) or len(_WORD.findall(text)) > SHORT_WORDS


def is_label(block: str) -> bool:
    """A short line that is not a sentence: a section name, a credit, a tag, a box's title."""
    text = block.strip()
    return "\n" not in text and len(text) <= MAX_LABEL and not is_sentence(text)


def is_tag_row(block: str) -> bool:
    """A row of tags without a label (``Culture, Iraq, Desert Truffles, Long Read, Anbar
    province``): ``TAG_ITEMS`` or more items of at most ``TAG_WORDS`` words split by
    commas, no stop and no digit (a dateline's place and date), more items than a byline's
    names. Never a headline; an answer's list of names inside the report stays."""
    text = block.strip()
    if "\n" in text or CLOSED_END.search(text) or any(ch.isdigit() for ch in text):
        return False
    items = _ITEM_SPLIT.split(text)
    return len(items) >= TAG_ITEMS and all(0 < len(_WORD.findall(i)) <= TAG_WORDS for i in items)


def is_frame_line(block: str) -> bool:
    """A caption with its credit, a comment form's, an app store's or a legal notice's line,
    an icon's label, a reporter's line, a site's bare name, a ticker's line, a link's
    headline printed twice."""
    text = block.strip()
    if "\n" in text or len(_WORD.findall(text)) > MAX_FORM_WORDS:
        return False
    if _printed_twice(text):
        return True
    if is_credited_caption(text):
        return True  # "... [Delil Souleiman/AFP]", not "(2014/2015)"
    if _ICON.match(text) or _REPORTER.match(text) or _SITE_NAME.match(text):
        return True
    if (ticker := _TICKER.match(text)) and ticker.group("name").isupper():
        return True
    return bool(_FORMS.search(fold(text)))


def _printed_twice(text: str) -> bool:
    """A line that opens with the same words twice over, and not a third time (``A headline
    here A headline here ...``): a link to another story, its picture's text then its own;
    no sentence does."""
    words = text.split()
    for size in range(TWICE_WORDS, len(words) // 2 + 1):
        head, rest = words[:size], words[2 * size : 3 * size]
        if words[size : 2 * size] == head and (not rest or rest != head[: len(rest)]):
            return True
    return False


def strip_foot(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """``blocks`` without the labels that follow the report's last sentence, and without a
    list of other stories' headlines there (see ``_headline_list``)."""
    end = _headline_list(blocks)
    while end > 1 and is_label(blocks[end - 1]):
        end -= 1
    return blocks[:end]


def _headline_list(blocks: tuple[str, ...]) -> int:
    """Where a list of other stories' headlines at the foot begins, or ``len(blocks)``.

    Three to twelve short lines with no sentence end after the report's last sentence (a
    section's label such as ``Güncel Haberleri`` among them) are such a list, labelled or
    not. A report's own list follows a line that introduces it (``...the following:``), and
    its subheadings are followed by its paragraphs, so neither ends a page this way. A
    longer run (a tour's dates, a shop's list) or lines with a link, an address or a
    copyright sign are the report's own, or a byline box: kept.
    """
    start = len(blocks)
    while start > 1 and _headline_like(blocks[start - 1]):
        start -= 1
    before = blocks[start - 1].strip() if start > 0 else ""
    listed = len(blocks) - start
    if not HEADLINE_LIST <= listed <= MAX_HEADLINE_LIST or before.endswith(":"):
        return len(blocks)
    return start if is_sentence(before) else len(blocks)


def _headline_like(block: str) -> bool:
    """One line of a few words to ``MAX_HEADLINE_WORDS``, no sentence end: a headline."""
    text = block.strip()
    words = len(_WORD.findall(text))
    if "\n" in text or words > MAX_HEADLINE_WORDS or _NOT_HEADLINE.search(text):
        return False
    return not SENTENCE_END.search(text)


#: A host's first label that names how a site serves its pages, not the site: ``www.``,
#: a mobile or AMP copy (``m.``, ``amp.``), a content network or image server (``cdnh.``).
_SERVING = re.compile(
    r"^(?:www\d?|m|mobile|amp|cdn\w{0,3}|static|img\d?|images?|archives?)\.(?=[^.]+\.)"
)


def site_of(url: str) -> str:
    """The host of a page's address without the label of how it is served (``www.``,
    ``m.``, ``cdnh.``, ``archive.``: the site's old pages); empty when there is none."""
    host = urlsplit(url).hostname or "" if "://" in url else ""
    return _SERVING.sub("", host)


def repeated_lines(pages: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, frozenset[str]]:
    """For each site (host), the folded lines that two or more of its stories hold and that
    are not report prose (``reportcore``): its frame. Captures of one story (sharing more
    than half of their prose) count as one, so that a page captured twice keeps its title.

    ``pages`` are (site, paragraphs) pairs; pages with no site are not compared.
    """
    stories: dict[str, list[tuple[set[str], set[str]]]] = defaultdict(list)
    for site, blocks in pages:
        if not site:
            continue
        at = set(read_lines(blocks).prose)
        prose = {fold(blocks[i]) for i in at}
        frame = {fold(b) for i, b in enumerate(blocks) if i not in at} - {""}
        same = next((s for s in stories[site] if _same_story(s[0], prose)), None)
        if same is None:
            stories[site].append((prose, frame))
        else:
            same[0].update(prose)
            same[1].update(frame)
    counts = {
        site: Counter(line for _, frame in told for line in frame) for site, told in stories.items()
    }
    return {
        site: frozenset(line for line, n in counted.items() if n >= 2)
        for site, counted in counts.items()
    }


def _same_story(one: set[str], other: set[str]) -> bool:
    shared = len(one & other)
    return shared > 0 and 2 * shared > min(len(one), len(other))
