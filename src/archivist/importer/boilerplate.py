"""Recognise site furniture in a capture's paragraphs: menus, share buttons, back-to-top links,
copyright and newsletter lines, file-name-only lines, and trailing related-article lists.

Every test works on the folded text (``archivist.text.folding.fold``), so ``Back to Top``,
``back to top`` and ``BACK-TO-TOP`` are one line, and ``اظهر المزيد`` matches ``أظهر المزيد``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from archivist.text.folding import fold

from .captions import CUT_COPY, caption_lines, is_credit_line, is_credited_caption, repeats
from .comments import comments_start
from .headfields import is_head_field, title_like
from .linekinds import Kind
from .pageboxes import TRAILER_MARKERS, author_box_start, list_items, source_line_start
from .pageframe import is_frame_line, strip_end_mark, strip_foot
from .plaintext import BULLET
from .readerlines import reader_lines
from .reportcore import Reading, outside_core, read_lines
from .sentences import CLOSED_END
from .straylabels import stray_labels
from .viewcounts import is_view_count
from .wordstems import stems

#: Whole lines that are never part of an article (folded).
# fmt: off
FURNITURE_LINES = frozenset(
    fold(line)
    for line in (
        # English
        "JustPaste.it", "Search", "Menu", "Home", "Main menu", "Skip to content",
        "Skip to main content", "Share", "Share this", "Share this article", "Share it",
        "Share on Facebook", "Share on Twitter", "Tweet", "Facebook", "Twitter", "WhatsApp",
        "Telegram", "Email", "Print", "Copy link", "Back to top", "Go to top", "Top", "Read more",
        "Show more", "Load more", "Previous article", "Next article", "Advertisement", "Ad", "Ads",
        "Sponsored", "Subscribe",
        "Close", "Open menu", "Toggle navigation", "Loading...", "Comments", "Helpful keywords",
        # Arabic
        "اظهر المزيد", "زر الذهاب إلى الأعلى", "الذهاب إلى الأعلى", "إلى الأعلى", "بحث",
        "القائمة", "الرئيسية", "شارك", "مشاركة", "شارك المقال", "طباعة", "اقرأ المزيد",
        "المقال السابق", "المقال التالي", "إغلاق",
        # Turkish
        "Ara", "Paylaş", "Yazdır", "Ana Sayfa", "Anasayfa", "Devamını oku", "Başa dön",
        "Yukarı çık",
        # Kurmanji
        "Lêgerîn", "Parve bike", "Çap bike", "Destpêk", "Zêdetir bixwîne", "Vegere jor",
    )
)
# fmt: on
_FILE_NAME = re.compile(
    r"^[\w.\-() ]{1,120}\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif|heic|pdf|mp4|mp3|webm)$",
    re.IGNORECASE,
)
#: "All rights reserved" in the four languages: a copyright line's words, never a name.
RIGHTS_RESERVED = r"all rights reserved|جميع الحقوق محفوظة|tüm hakları saklıdır|hemû maf parastî ne"
_COPYRIGHT = re.compile(
    rf"(?:^©|^\(c\)|^copyright\b|{RIGHTS_RESERVED}|"
    r"subscribe to our newsletter|sign up for our newsletter|"
    r"اشترك في النشرة|bültenimize abone)",
    re.IGNORECASE,
)
#: "Read also: <another headline>", "Read: <headline>", "Tags: a, b": a link or tag list
#: inside the article.
_INLINE_LINKS = re.compile(
    r"^(?:read|read also|read more|see also|related|also read|tags|keywords|"
    r"اقرا|اقرا ايضا|اقرا المزيد|الكلمات الدلالية|وسوم|"
    r"oku|ayrica bakiniz|ilgili haber|etiketler|bixwine|bi ser de bixwine|etiket)\s*:"
)
#: "Related news <another headline>", "أخبار ذات علاقة <headline>": a label that opens a line
#: and a headline after it, no colon, no sentence end: a link to another page, never a title.
_RELATED_LEAD = re.compile(
    r"^(?:related(?: news| articles?| posts?| stories| coverage)?|read also|also read|"
    r"see also|(?:اخبار|مقالات|مواضيع) ذات (?:علاقه|صله)|اقرا ايضا|ilgili haberler?|"
    r"(?:nuceyen |nuce yen )?tekildar|bi ser de bixwine)\b"
)
#: Share buttons written out: a share verb and the networks' names (folded).
_SHARE_WORDS = re.compile(r"\b(?:share|شارك|مشاركه|paylas|parve)\b")
_NETWORKS = re.compile(
    r"\b(?:e-?mail|facebook|twitter|whatsapp|telegram|linkedin|فيسبوك|فيس بوك|تويتر|واتساب|"
    r"تيليجرام|تلغرام|بريد)\b"
)
_ENDS = CLOSED_END  # a sentence closed on its line (``sentences``)
#: A relative time ("3 hours ago"), an advert's label, a view counter, a machine-translation
#: notice: the page's frame, in four languages (folded: "ساعة" is "ساعه").
_AGO = "|".join(
    fold(w) for w in ("ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "ايام")
)
_FRAME = re.compile(
    rf"^(?:منذ \d+ (?:{_AGO})$|"
    r"\d+ (?:seconds?|minutes?|hours?|days?) ago$|\d+ (?:saniye|dakika|saat|gun) once$|"
    r"beri \d+ (?:deqe|saet|roj)\w*$|"
    r"\d{1,3}(?:[,. ]\d{3})*$|"  # a bare count (with its word: ``viewcounts``)
    r"powered by\b|.{0,30}\b(?:advertise?ment|advertisment|reklam|اعلان)\b.{0,30}$|"
    # a date's label with its date gone: "Updated:", "Güncelleme:", "آخر تحديث:"
    r"(?:(?:last )?updated|published|posted|guncelleme|guncellenme|yayinlanma|yayin tarihi|"
    r"(?:اخر )?تحديث|تاريخ النشر|نشر في|nukirin|wesandin)\s*:?$)",
    re.IGNORECASE,
)
#: "<headline> ile ilgili etiketler <tags>": a tag list named after the story it tags.
_TAG_LIST = re.compile(r"\b(?:ilgili etiketler|related tags|الوسوم المرتبطه)\b")
#: A tag list ends a report: news pages put a story's tags under its last paragraph, so
#: what follows one (a box of other stories, a video's headline) is not the report.
_TAGS = re.compile(
    r"^(?:tags|keywords|etiketler|etiket|الكلمات الدلالية|وسوم|الوسوم)\s*:|"
    r"\b(?:ilgili etiketler|related tags|الوسوم المرتبطه)\b"
)
_HASHTAGS = re.compile(r"^#\w+(?:[\s,]+#\w+)*$")  # "#Syria #ISIS", a site's tag line
_BREADCRUMB = re.compile(r"^(?:home|الرئيسية|ana ?sayfa|destpêk)\s*[>»/›|]", re.IGNORECASE)
_SHORT = 120
MAX_BYLINE_NAME = 4
_DUPLICATE = 300  # a paragraph this short that repeats an earlier one is dropped
DESCRIPTION_COPIES = 3  # a paragraph written this often after the report is the page's
SUMMARY_REACH = 8  # a summary repeated under the headline opens a paragraph this close below


def is_furniture(block: str) -> bool:
    """True for one paragraph that only a web page's frame could have put there."""
    text = block.strip()
    folded = fold(text)
    if not any(ch.isalnum() for ch in folded):
        return True  # white space, separators, an icon's lone mark ("?", "•")
    if folded in FURNITURE_LINES or folded.rstrip(":.… ") in FURNITURE_LINES:
        return True
    if "\n" not in text and (_FILE_NAME.match(text) or _HASHTAGS.match(text)):
        return True
    if len(text) <= 2 * _SHORT and (_COPYRIGHT.search(text) or _TAG_LIST.search(folded)):
        return True
    if len(text) <= _SHORT and (
        _INLINE_LINKS.match(folded) or _FRAME.match(folded) or is_credit_line(text)
    ):
        return True  # "Read also: ...", "3 hours ago", "Photo: AFP", "الصورة: ..."
    return (
        bool(_BREADCRUMB.match(text))
        or is_view_count(text)  # "• 981 kez görüntülendi.", "Viewed 3,517 times"
        or _capital_byline(text)
        or _shares(folded)
        or _related_link(text, folded)
    )


def _capital_byline(text: str) -> bool:
    """A reporter's name and the place they write from, in capitals, apart from the report
    (``JANE DOE / HASEKE``); one word before the slash (``HASEKE / ANHA``) is a dateline."""
    name, slash, place = text.partition("/")
    words = name.split() + place.split()
    shaped = 2 <= len(name.split()) <= MAX_BYLINE_NAME and 1 <= len(place.split()) <= 2
    return bool(slash) and shaped and all(w.isalpha() and w.isupper() for w in words)


def _shares(folded: str) -> bool:
    """A row of share buttons: "share this page via Email, via Facebook, via Twitter"."""
    networks = len(_NETWORKS.findall(folded))
    return len(folded) <= 2 * _SHORT and networks >= 2 and bool(_SHARE_WORDS.search(folded))


def _related_link(text: str, folded: str) -> bool:
    """ "Related news <headline>": a link to another page (a list's heading alone is left
    to the foot's rules and the report's core)."""
    lead = len(text) <= _SHORT and _RELATED_LEAD.match(folded) and not _ENDS.search(text)
    return bool(lead) and folded.rstrip(": ") not in TRAILER_MARKERS


def tags_end(reading: Reading) -> int:
    """Index of a tag list in the second half of the capture, after the report's first
    line of prose, or ``len(blocks)``: the report ends there."""
    blocks = reading.blocks
    start = max(len(blocks) // 2, reading.first_prose + 1)
    return next(
        (i for i in range(start, len(blocks)) if _TAGS.search(fold(blocks[i])[: 2 * _SHORT])),
        len(blocks),
    )


def description_copies(reading: Reading) -> frozenset[int]:
    """The copies of a paragraph the page writes ``DESCRIPTION_COPIES`` times or more, with
    no other prose after its first copy, and the copies of it cut off: the page's
    description (its meta, its share text) under the report. A report's lede that a summary
    repeats has the report's prose after it, and stays."""
    keys = [fold(block) for block in reading.blocks]
    for key, count in Counter(keys).items():
        if not key or count < DESCRIPTION_COPIES:
            continue
        after = range(keys.index(key), len(keys))
        copies = frozenset(i for i in after if repeats(keys[i], {key}))
        if all(reading.kinds[i] is not Kind.PROSE for i in after if i not in copies):
            return copies
    return frozenset()


def summary_copies(blocks: tuple[str, ...]) -> frozenset[int]:
    """The sentences that a longer paragraph at most ``SUMMARY_REACH`` lines below opens
    with, word for word: a summary the page sets under its headline, then the report's first
    paragraph that holds it. The longer one stays, and the summary's words with it; a
    headline, no sentence, stays above the line that repeats it. A teaser that runs one of
    those paragraphs and the start of the next together, cut, goes too (:func:`_runs_on`)."""
    keys = [fold(block) for block in blocks]
    found: set[int] = set()
    for index, key in enumerate(keys):
        if len(key) < CUT_COPY:
            continue
        later = keys[index + 1 : index + 2 + SUMMARY_REACH]
        sentence = _ENDS.search(blocks[index].strip()) is not None
        opens = any(paragraph.startswith(key + " ") for paragraph in later[:SUMMARY_REACH])
        if (sentence and opens) or _runs_on(key, later):
            found.add(index)
    return frozenset(found)


def _runs_on(key: str, later: list[str]) -> bool:
    """Whether ``key`` is one of the ``later`` paragraphs and the start of the next, run
    together and cut: a teaser of the report's opening, set above it."""
    return any(
        key.startswith(first + " ") and second.startswith(key[len(first) + 1 :])
        for first, second in itertools.pairwise(later)
        if first
    )


def other_headlines(reading: Reading) -> frozenset[int]:
    """Headlines of other stories above the report: headline-shaped lines, after the first
    (the report's own, which the head's rules read), that share no telling word with the
    report (``wordstems.stems``); not a list's items (key points)."""
    blocks, kinds, core = reading.blocks, reading.kinds, reading.core
    told = stems("\n".join(blocks[i] for i in core))  # as straylabels reads the report
    heads = [
        i
        for i in range(core.start if core else 0)
        if title_like(blocks[i]) and not BULLET.match(blocks[i])  # a list's item is no headline
    ]
    return frozenset(
        i for i in heads[1:] if kinds[i] is not Kind.PROSE and not stems(blocks[i]) & told
    )


def captions(blocks: tuple[str, ...]) -> tuple[str, ...]:
    """The photo captions that ``strip_furniture`` removes, without their credits: they
    still name the report's places."""
    found = caption_lines(blocks)
    credited = (is_credit_line, is_credited_caption)  # their places are a photo's, not the report's
    return tuple(blocks[i] for i in sorted(found) if not any(test(blocks[i]) for test in credited))


def strip_furniture(
    blocks: tuple[str, ...], site_lines: frozenset[str] = frozenset(), by_place: bool = True
) -> tuple[str, ...]:
    """The paragraphs without furniture lines, without the lines the same site's other
    stories repeat (``site_lines``, folded; see ``pageframe.repeated_lines``) but for
    a headline above the report's first sentence, and without reader comments, a trailing
    list or labels at the foot; a paragraph keeps its sentence without an agency's end
    mark. ``by_place``: also without the lines outside the report's core that are not its
    prose (see ``reportcore``), for a page's whole text; not for a saved page's main text,
    which trafilatura has chosen already."""
    seen: set[str] = set()
    kept: list[str] = []
    blocks = tuple(marked for block in blocks if (marked := strip_end_mark(block)))
    whole = read_lines(blocks)
    ends = (comments_start(whole), tags_end(whole), author_box_start(whole))
    blocks = blocks[: min(*ends, source_line_start(whole))]
    dropped = caption_lines(blocks) | description_copies(whole) | summary_copies(blocks)
    dropped |= list_items(blocks, TRAILER_MARKERS)
    for index, block in enumerate(blocks):
        key = fold(block)
        if is_furniture(block) or is_frame_line(block) or index in dropped:
            continue
        if key in site_lines and not is_head_field(block):
            continue  # the site's frame (a headline is left for the head's rules, below)
        if len(block) <= _DUPLICATE and key in seen:
            continue  # a caption or label the page repeats is furniture the second time
        seen.add(key)
        kept.append(block)
    if by_place:
        lines = read_lines(tuple(kept))
        outside = outside_core(lines, is_head_field) | stray_labels(lines) | reader_lines(lines)
        outside |= other_headlines(lines)
        kept = [block for index, block in enumerate(kept) if index not in outside]
    # a headline the site repeats (another page's link to this one) stays in this page's head
    head = read_lines(tuple(kept)).first_prose
    kept = [b for i, b in enumerate(kept) if i < head or fold(b) not in site_lines]
    return strip_foot(tuple(kept))
