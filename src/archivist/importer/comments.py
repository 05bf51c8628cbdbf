"""Reader comments at the foot of a page: where they begin, so that none reaches the body.

Comments are written as sentences, so the rules for labels do not catch them; their frame
does. A comment section begins, in the second half of a capture and after the report's
first line of prose (``reportcore.Reading.first_prose``: a byline over its date is above it), at:

- a heading that counts or names the comments: ``3 Comments``, ``Total Comments (0)``,
  ``التعليقات``, ``Yorumlar``, ``Şîrove``, ``2 thoughts on “...”``;
- a comment form's first line as the CMS ships it (WordPress's ``Leave a Reply``, in
  Turkish ``Bir cevap yazın``, ``Yorum yap``, in Arabic ``اترك تعليقاً``, ``اضف رد``, in
  Kurmanji ``Şîrove bike``; ``Add a comment``): the form and its labels
  follow it to the end; or its notice that the comments are closed (``Comments are
  closed.``, ``Yorumlar kapalı.``, ``التعليقات مغلقة.``, ``Şîrove girtî ne.``);
- a comment form's notice that no one has commented yet, alone in its sentence (``No
  comments yet.``, ``Be the first to comment!``, ``Henüz yorum yapılmamış. İlk yorumu ...``,
  ``لا توجد تعليقات بعد``, ``Hîn şîrove tune ne.``); a report's "no comment yet from the
  SDF" says from whom;
- a commenter's line: a name, a date or a time, and perhaps ``says``/``Reply``, and
  nothing of a sentence (``Jane Doe 12 May 2024 at 10:15 pm Reply``);
- a commenter's name with how long ago they wrote, and nothing else (``Jane Doe • 3 years
  ago``, ``أحمد العلي - منذ يومين``): a report never dates a line so;
- a commenter's name alone on its line, with the comment's time alone on the next one
  (``Jane Doe`` then ``3 days ago``, ``منذ يومين``, ``2 gün önce``, ``12 May 2024 10:15``):
  the frame a comment has when the capture holds no heading;
- a comment's buttons alone on their line (``Reply``, ``Like · Reply · 2y``, ``رد``,
  ``Beğen Yanıtla``, ``Bersiv``), which follow the comment they belong to: the section
  then begins at the commenter's name, when one stands at most three lines above them.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .pageframe import is_label
from .pubdate import find_dates
from .reportcore import Reading

_REPLY = r"(?:reply|replies|رد|الرد|yanitla|cevapla|cevap ver|bersiv|bersiv bide)"
_HEADING = re.compile(
    rf"^(?:{_REPLY}"
    r"|(?:total\s+)?(?:\d+\s+)?(?:comments?|responses?|تعليقات?|التعليقات|تعليق|yorumlar?|sirove)"
    r"(?:\s*\(\d+\))?\s*:?"
    r"|\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to)\b.*"
    r"|(?:leave|add|post|write) a (?:reply|comment)|bir (?:cevap|yorum) yazin|yorum (?:yap|ekle)"
    r"|(?:اترك|اضف|أضف) (?:تعليقا?|ردا?)|sirove (?:bike|binivise)"
    r"|(?:comments are closed|yorumlar (?:kapali|kapatildi)|التعليقات مغلقه|sirove girti ne)\.?)$"
)
#: No comment yet, and an invitation to write the first, folded, as a sentence of its own.
_NONE_YET = re.compile(
    r"^(?:(?:there are )?no comments(?: yet)?|be the first to (?:comment|leave a comment)"
    r"|henuz (?:hic )?yorum (?:yapilmamis|yok)|ilk yorumu (?:siz )?(?:yapin|yazin)"
    r"|ilk yorum yapan siz olun|(?:لا توجد|لا يوجد) (?:اي )?تعليقات(?: بعد)?|كن اول من يعلق"
    r"|(?:hin )?(?:ti )?sirove tune(?: ne)?)\s*(?:[.!]|$)"
)
#: How long ago a comment was written, as its frame says: "3 days ago", "a year ago",
#: "2y", "منذ 3 أيام", "منذ يومين", "2 gün önce", "berî 3 rojan", "3 roj berê".
_AGO = (
    r"(?:\d+|an?|one) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago"
    r"|\d+ ?(?:s|m|min|h|d|w|mo|y|yr)"
    r"|منذ (?:\d+ )?\w+"
    r"|\d+ (?:saniye|dakika|saat|gun|hafta|ay|yil) once"
    r"|beri \d+ \w+|\d+ \w+ bere"
)
_TIME = re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}\b|(?:^|\s)(?:{_AGO})$")
_SAYS = re.compile(rf"\b(?:says|wrote|yazdi|كتب)\s*:|(?:^|\s){_REPLY}$")
#: A comment's buttons: reply, like, report, share, in the four languages.
_BUTTON = (
    rf"{_REPLY}|like|likes|report|share|flag|اعجبني|اعجاب|ابلاغ|مشاركه|begen|sikayet et"
    r"|paylas|ecibandin|parve bike"
)
_BUTTONS = re.compile(rf"^(?:(?:{_BUTTON}|{_AGO}|\d+)(?:\s*[·•|›»]\s*|\s+|$))+$")
_NAME_AGO = re.compile(rf"^(?P<name>.+?)\s*[·•|,\-–—]?\s*(?:{_AGO})$")
_HAS_REPLY = re.compile(rf"(?:^|\s){_REPLY}(?:\s|$)")
_NOT_A_NAME = re.compile(r"\b(?:update|updated|editor s note|guncelleme|nukirin)\b|تحديث")
MAX_HEAD_WORDS = 12
MAX_NAME_WORDS = 4
NAME_BACK = 2  # lines of a comment's text between its commenter's name and its buttons
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def is_comment_head(block: str) -> bool:
    """A comment section's heading, its "no comments yet", a reply button, or a commenter's
    name-and-date line."""
    text = block.strip()
    folded = fold(text)
    if "\n" in text or not folded:
        return False
    if _HEADING.match(folded) or _NONE_YET.match(folded) or _named_ago(folded):
        return True
    if len(_WORD.findall(folded)) > MAX_HEAD_WORDS or text.endswith((".", "!", "?", "؟")):
        return False
    return _dated(text) and bool(_SAYS.search(folded))


def _dated(text: str) -> bool:
    return bool(find_dates(text)) or bool(_TIME.search(fold(text)))


def is_comment_time(block: str) -> bool:
    """A line that is a comment's time and nothing else: ``3 days ago``, ``منذ يومين``,
    ``12 May 2024 at 10:15 pm``."""
    text = block.strip()
    folded = fold(text)
    if "\n" in text or len(_WORD.findall(folded)) > MAX_HEAD_WORDS:
        return False
    if re.fullmatch(_AGO, folded):
        return True
    rest = folded
    for found in reversed(find_dates(text)):
        rest = rest[: found.start] + rest[found.end :]
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}\b|\b(?:at|am|pm|الساعة|saat|ص|م)\b", " ", rest)
    return rest != folded and not _WORD.search(rest)


def is_commenter(block: str) -> bool:
    """A name alone on its line (``Jane Doe``, ``Jane Doe says:``, ``أحمد العلي``): a label
    of at most four words, without digits or an update's word."""
    text = re.sub(r"\s*(?:says|wrote|yazdı|dedi ki|كتب|قال)\s*:?$", "", block.strip())
    words = _WORD.findall(text)
    return (
        is_label(text)
        and 1 <= len(words) <= MAX_NAME_WORDS
        and not _DIGIT.search(text)
        and not _NOT_A_NAME.search(fold(text))
        and not is_comment_time(text)
    )


def _named_ago(folded: str) -> bool:
    """``jane doe • 3 years ago``: a commenter's name, then how long ago, folded."""
    found = _NAME_AGO.match(folded)
    return found is not None and is_commenter(found.group("name"))


def _is_buttons(block: str) -> bool:
    folded = fold(block.strip())
    return bool(_HAS_REPLY.search(folded)) and bool(_BUTTONS.match(folded))


def _starts_comment(blocks: tuple[str, ...], index: int) -> bool:
    """A commenter's name with the comment's time on the next line, and text after."""
    return (
        index + 2 < len(blocks)
        and is_commenter(blocks[index])
        and is_comment_time(blocks[index + 1])
    )


def comments_start(reading: Reading) -> int:
    """Index where the reader comments begin, or ``len(blocks)`` when there are none."""
    blocks = reading.blocks
    start = max(len(blocks) // 2, reading.first_prose + 1)  # a byline and its date are above
    for index in range(start, len(blocks)):
        if _starts_comment(blocks, index):
            return index
        if _is_buttons(blocks[index]):
            names = (j for j in range(index - 1, index - 2 - NAME_BACK, -1) if j >= start)
            named = (j for j in names if is_commenter(blocks[j]) or _named_ago(fold(blocks[j])))
            return next(named, index)
        if is_comment_head(blocks[index]):
            return index
    return len(blocks)
