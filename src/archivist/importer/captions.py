"""A photo's caption and its credit, however a page sets them: one detector for the body's
furniture (``boilerplate``) and for the headline (a caption is never the title).

- **A credit on a line of its own**: ``Photo: AFP``, ``(photo credit: X / REUTERS)``,
  ``Alice Martins for The Washington Post``, ``Omar Haj/AFP via Getty``, and a
  photographer's name and the agency's, in one word after a bare slash (``Murad
  Sezer/Reuters``; "World Bulletin / News Desk" is a site and its section).
- **A caption with its credit after it**: ``[Name/AFP]``, ``(Name | AFP via Getty
  Images)``, ``... in Kirkuk. [Getty]``, ``[Wêne ji ...]`` ("photo from ..."), ``... Oct. 21 / AP``,
  ``... in 2019. © 2019 Jane Doe``, ``... Photo by Jane Doe/UPI | License Photo``.
- **A caption beside its credit**: the short sentence next to a credit that names the
  photographer (the line before it, or after it when the line before is not a sentence),
  or the line just above a bracketed credit, when it is not a sentence itself.
- **A caption credited in brackets above the report**: one short sentence and an
  agency's name in brackets (``... by the coalition. (AP)``), before any other sentence
  and with the report's prose below it. A report credits its agency after its last
  sentence, not above its first.
- **A caption that names its picture** first, credit or not: ``An image grab from X
  shows ...``, ``Map of the attacks ...``.
- **A caption the page repeats** with its credit attached (or behind a ``camera icon``):
  the bare copy goes too, and so does a copy cut off mid-word (a teaser of it).

``PICTURE_WORDS`` are the words for a picture in the four languages, written as pages do
and as :func:`~archivist.text.folding.fold` writes them; ``PICTURE`` is their pattern, for
every rule that must know a picture's label (the frame's credit labels, the sources: a
picture's label is never a publication).
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .plaintext import BULLET
from .pubdate import MONTHS
from .sentences import CLOSED_END, CREDIT_IN_BRACKETS

# fmt: off
PICTURE_WORDS = (
    "photo", "image", "picture", "foto", "fotoğraf", "resim", "wêne", "صورة", "الصورة", "فوتو",
)
# fmt: on
#: A word for a picture, as written or folded, longest first (``fotoğraf`` before ``foto``).
PICTURE = "|".join(sorted({w for word in PICTURE_WORDS for w in (word, fold(word))}, key=len)[::-1])
_PLURAL = "s|lar|ler"  # English's and Turkish's plural ending after a picture's word
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
#: A credit's label on its own line: "Photo: AFP", "Image credit: X", "(Photo by X)",
#: "Video: X", "Credits: X", "(الصورة: ...)", and in the plural: "Images: X", "Fotoğraflar: AA".
_CREDIT_LABEL = re.compile(
    rf"^\(?(?:(?:{PICTURE}|video|cover)(?:{_PLURAL})?\s*(?:credits?|courtesy|source|by)?|"
    r"credits?|courtesy)"
    rf"\s*[:/]|^\(?(?:{PICTURE})\s+by\b|^\((?:{PICTURE})\b",
    re.IGNORECASE,
)
_FOR_CREDIT = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} for [Tt]he(?: [A-Z][\w'’-]+){1,4}$|"
    r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}\s*/\s*[A-Z]{2,}\b[^.!?]*$|"  # "Omar Haj/AFP via X"
    r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}/[A-Z][a-z]+$"  # "Murad Sezer/Reuters"
)
#: A photo credit in brackets at the end of a caption: a slash, a bar or "via" inside.
_BRACKETED = re.compile(
    r"[\[(](?P<who>[^\[\]()]{2,80})(?:/|\||\bvia\b)(?P<agency>[^\[\]()]{1,60})[\])]\s*$"
)
#: A caption's credit in brackets that names the picture: "[Wêne ji Navenda ... hatiye
#: wergirtin]" ("photo taken from ..."), "(Photo: ANHA)", "[الصورة: ...]".
_PICTURE_CREDIT = re.compile(rf"[\[(](?:{PICTURE})\b[^\[\]()]{{1,100}}[\])]\s*$", re.IGNORECASE)
#: A credit alone in square brackets after a caption's last sentence: "... in Kirkuk. [Getty]".
#: A report's sentence credits its agency in round brackets ("... kaydedildi. (İLKHA)").
_SQUARE_CREDIT = re.compile(r"(?<=[.!?؟…])['\"”’»)]*\s*\[[^\W\d_][^\[\]\d\n]{1,40}\]\s*$")
#: A picture's label and its credit after a caption's last sentence, no brackets: "... in
#: northern Iraq. Photo: ARA News", "... on Friday. Photo courtesy of Raqqa 24.", "... Photo
#: Credits: X".
_LABELLED_CREDIT = re.compile(
    rf"(?<=[.!?؟…])['\"”’»)]*\s+(?:{PICTURE})(?:(?:\s+credits?)?\s*:|\s+courtesy\s+of\b|\s+by\b)\s*"
    r"[^\W\d_][^.!?؟\n]{1,40}\.?$",
    re.IGNORECASE,
)
#: A caption that opens by naming its picture, credit or not: "An image grab from X shows
#: ...", "A picture taken on ...", "Map of the attacks ...", "صورة أرشيفية ...".
_NAMES_PICTURE = re.compile(
    rf"^(?:an?\s+|the\s+)?(?:(?:{PICTURE})s?\s+(?:grab|taken|released|provided|shows?|showing)"
    r"|maps?\s+(?:of|showing)|infographic)\b|^(?:ال)?صورة (?:أرشيفية|تظهر|تُظهر)",
    re.IGNORECASE,
)
#: A photographer's copyright after a caption's last sentence: "... in 2019. © 2019 Jane
#: Doe". The sign ends no report's paragraph, however long the caption runs.
_COPYRIGHT_CREDIT = re.compile(
    r"(?<=[.!?؟…])['\"”’»)]*\s+©\s*(?:\d{4}\s+)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$"
)
LONG_CAPTION_WORDS = 60
#: A link to license or buy the photo after its credit: "... Photo by Jane Doe/UPI |
#: License Photo", "... Photo: AFP | Buy Photo". A report's paragraph never ends so, however
#: long the caption runs (up to ``LICENSED_CAPTION_WORDS``).
_LICENCE_LINK = re.compile(
    rf"\s*[|·•]\s*(?:licen[cs]e|buy|purchase|order)(?:\s+this)?\s+(?:{PICTURE})s?\s*$",
    re.IGNORECASE,
)
LICENSED_CAPTION_WORDS = 100
#: A caption credited after a slash, no brackets: "... in Kirkuk, Friday, Oct. 21 / AP".
_SLASH_CREDIT = re.compile(r"\s/\s*[A-Z]{2,10}$")
_NAME_CREDIT = re.compile(rf"\s{CREDIT_IN_BRACKETS}$")  # "... (Reuters)", "... (رويترز)"
_STOPPED_CREDIT = re.compile(rf"\.\s*{CREDIT_IN_BRACKETS}$")  # "... the coalition. (AP)"
REPORT_WORDS = 12  # a sentence this long after a caption is the report's
MIN_SLASHED_WORDS = 8  # "Raqqa / ANHA" is a dateline, not a caption
MAX_CAPTION_WORDS = 40
_ICON = re.compile(r"^camera icon\s*", re.IGNORECASE)  # "camera icon<caption>"
_ENDS = CLOSED_END  # a sentence closed on its line (``sentences``)
SHORT_CAPTION_WORDS = 30
BARE_CAPTION_WORDS = 20  # a caption without its stop, before its credit in brackets
_DIGIT = re.compile(r"\d")
#: A caption's date at its end, after a comma: ", 21 December 2024", ", 21 Aralık 2024".
_DATE_LAST = re.compile(r",\s*\d{1,2}\.?\s+(?P<month>[^\W\d_]+)\.?\s+\d{4}$")
CUT_COPY = 40  # a line this long that starts another one is a copy of it, cut


def is_credit_line(block: str) -> bool:
    """A photo's credit on a line of its own."""
    text = block.strip()
    return bool(_CREDIT_LABEL.match(text) or _FOR_CREDIT.match(text))


def names_photographer(block: str) -> bool:
    """A credit line that names who took a photo, which its caption sits next to."""
    return bool(_FOR_CREDIT.match(block.strip()))


def ends_with_credit(text: str) -> bool:
    """A line ending with a name in brackets, an agency's or a photographer's, as a photo's
    caption may (``Syrian Democratic Forces fighters in Raqqa (Reuters)``), and a report's
    sentence after its stop (``... kaydedildi. (İLKHA)``); not ``(2014/2015)``."""
    return _NAME_CREDIT.search(text.strip()) is not None


def credit_start(text: str) -> int:
    """Where a caption's bracketed credit begins (``(photo credit: X)``, ``[Name/AFP]``,
    ``(Name/for The Post)``, ``[Wêne ji ...]``, ``. Photo: ARA News``), or -1 when the line
    ends with none."""
    bracket = text.rindex("(") if "(" in text else -1
    if bracket >= 0 and is_credit_line(text[bracket:]):
        return bracket
    if bracket >= 0 and text.endswith(")") and names_photographer(text[bracket + 1 : -1]):
        return bracket  # "... in Syria. (Alice Martins for The Washington Post)"
    found = _PICTURE_CREDIT.search(text) or _SQUARE_CREDIT.search(text)
    if picture := found or _LABELLED_CREDIT.search(text):
        return picture.start()
    credit = _BRACKETED.search(text)
    if credit and all(_LETTER.search(credit.group(g)) for g in ("who", "agency")):
        return credit.start()
    return -1


def is_credited_caption(block: str) -> bool:
    """A caption with its credit after it, on one line: ``... [Delil Souleiman/AFP]``,
    ``... Friday, Oct. 21 / AP``, ``... © 2019 Jane Doe``; not ``(2014/2015)`` nor ``Raqqa
    / ANHA``."""
    text = block.strip()
    words = len(_WORD.findall(text))
    if "\n" not in text and _COPYRIGHT_CREDIT.search(text):
        return words <= LONG_CAPTION_WORDS
    if "\n" not in text and (link := _LICENCE_LINK.search(text)):
        return words <= LICENSED_CAPTION_WORDS and credit_start(text[: link.start()]) >= 0
    if "\n" in text or words > MAX_CAPTION_WORDS:
        return False
    slashed = _SLASH_CREDIT.search(text) is not None and words >= MIN_SLASHED_WORDS
    return credit_start(text) >= 0 or slashed


def caption_lines(blocks: tuple[str, ...]) -> frozenset[int]:
    """The indices of the photos' captions and credits among ``blocks``."""
    found = _repeated(blocks) | _credited_above_report(blocks)
    for index, block in enumerate(blocks):
        if is_credited_caption(block) or _unstopped_credited(block) or _names_picture(block):
            found.add(index)
        if not is_credit_line(block):
            continue
        found.add(index)
        before, after = index - 1, index + 1
        if names_photographer(block):  # "Photo: ANF" sits under photos without captions too
            if before >= 0 and _short_sentence(blocks[before]):
                found.add(before)
            elif after < len(blocks) and _short_sentence(blocks[after]):
                found.add(after)
        elif block.lstrip().startswith("(") and before >= 0 and _bare_caption(blocks[before]):
            found.add(before)  # "<caption>" then "(photo credit: X / REUTERS)"
    return frozenset(found)


def _repeated(blocks: tuple[str, ...]) -> set[int]:
    """A line the page also shows with a bracketed photo credit after it: "<caption>
    (photo credit: X / REUTERS)", then "<caption>" alone, or its start cut mid-word."""
    credited = set()
    for block in blocks:
        text = block.strip()
        if (start := credit_start(text)) >= 0:
            credited.add(fold(text[:start]))
        elif icon := _ICON.match(text):
            credited.add(fold(text[icon.end() :]))
    credited -= {""}
    return {i for i, block in enumerate(blocks) if repeats(fold(block), credited)}


def repeats(line: str, lines: set[str]) -> bool:
    """``line`` is one of ``lines`` (folded), or a copy of one cut off (``CUT_COPY``
    characters or more that start it): a teaser, a description cut by the page."""
    cut = len(line) >= CUT_COPY and any(other.startswith(line) for other in lines)
    return line in lines or cut


def _credited_above_report(blocks: tuple[str, ...]) -> set[int]:
    """The first sentences of a capture, each one short sentence closed by a full stop and
    a name in brackets (``... by the coalition. (AP)``, perhaps twice over), when the
    report's prose follows them: a photo's caption over the report."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        text = block.strip()
        if _STOPPED_CREDIT.search(text) and _short_sentence(text[: text.rindex("(")]):
            found.add(index)
        elif _ENDS.search(text):
            return found if len(text.split()) >= REPORT_WORDS and found else set()
    return set()


def _unstopped_credited(block: str) -> bool:
    """A short line that is no sentence, with a name in brackets after it: a photo's caption
    and its agency (``Fighters of the SDF in Raqqa (Reuters)``). A report's sentence credits
    its agency after its stop; a headline may name a place's other name in brackets, and
    runs longer. A line with a number may be a dateline (``12:21 (Jerusalem time)``); a
    list's item or a subheading may end with an aside or an abbreviation in brackets; a
    caption's own date just before the name (``..., 21 December 2024 (Reuters)``) is no
    dateline."""
    text = block.strip()
    if not ends_with_credit(text) or BULLET.match(text):
        return False
    caption, name = text[: text.rindex("(")], text[text.rindex("(") + 1 :]
    dated = _DATE_LAST.search(caption.rstrip())
    if dated and fold(dated.group("month")) in MONTHS:
        caption = caption[: dated.start()]
    if _DIGIT.search(caption):
        return False
    named = not name[:1].islower()  # "(and better)", "(eFA)": an aside, an abbreviation
    return named and _bare_caption(caption) and len(caption.split()) <= BARE_CAPTION_WORDS


def _names_picture(block: str) -> bool:
    """A short line that opens by naming the picture it is under: a caption, even without
    a credit (``An image grab from Rudaw shows ...``, ``Map of the attacks in June.``)."""
    text = block.strip()
    short = "\n" not in text and len(text.split()) <= SHORT_CAPTION_WORDS
    return short and _NAMES_PICTURE.match(text) is not None


def _short_sentence(block: str) -> bool:
    """One short sentence: a photo's caption, not a paragraph of the report."""
    text = block.strip()
    return (
        "\n" not in text and bool(_ENDS.search(text)) and len(text.split()) <= SHORT_CAPTION_WORDS
    )


def _bare_caption(block: str) -> bool:
    """One short line that is not a sentence: a caption without its stop."""
    text = block.strip()
    words = len(text.split())
    return "\n" not in text and not _ENDS.search(text) and 0 < words <= SHORT_CAPTION_WORDS
