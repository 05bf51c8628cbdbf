"""Who published a capture: credit lines, disclaimers, signatures, page metadata.

Searched in this order; the first that names a publication wins:
1. a credit line or disclaimer (``This article was translated and edited by The Syrian
   Observer``, ``Originally published by ...``, ``Source: ...``, ``المصدر: ...``, ``Kaynak:``,
   ``Çavkanî:``, ``© 2024 ...``);
2. an agency dateline at the top (``Raqqa / ANHA``, ``الحسكة/ هاوار - ...``);
3. a credit at the foot: a name of one to three words alone after the report's last
   sentence (``Reuters``, ``ANHA``, ``(NRT Digital Media)``: a site's credit to its own
   newsroom, without its brackets), flagged for a check; never a line of hashtags, nor
   the last item of a menu (``Video``, then ``Yenile``);
4. the page's ``og:site_name``;
5. a news agency named as the one spoken to (``Speaking to ANF, ...``), when the page's
   address is that agency's; another site that credits it is the publication (its host
   stands in, flagged), and the credited agency is its ``original_source``.
Never a publication: a label before a foot credit (``Article: NRT`` gives ``NRT``), a
comment form's label (``Leave a Comment``), the agencies in general (``وكالات``,
``Agencies``), a site's section path (``HABER / DÜNYA``), language switch (``Language /
العربية``) or a picture's credit (``PHOTO/REUTERS``, a photographer's ``Adam Schreck/AP``:
the wire credits the picture, not the report); a site's name before its news section
(``World Bulletin / News Desk``) is the publication. A place is never one
either: ``Ugarit Post (Deir ez-Zor) –`` names the site before the
place in brackets, and a name the gazetteer knows as a place is not taken as a source.
A signature line such as ``T/ Satt.`` names a person, not a publication: it goes into
``source_note`` and stays in the body. A place, a dash and a reporter's name at the foot
(``Hasakah - Omar Khalil``) names no publication either: the note says so. ``source_url``
comes from the command line, else from the page's canonical link or ``og:url``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from archivist.text.folding import fold

from .boilerplate import RIGHTS_RESERVED, is_furniture
from .captions import PICTURE, names_photographer
from .credits import GENERIC, is_name, without_initials
from .hostnames import arabic_named_like_host
from .language import names_a_language
from .pageboxes import SOURCE_LINE, TRAILER_MARKERS
from .pageframe import is_frame_line, is_label, is_sentence, site_of
from .sentences import cut_off

_NAME = r"(?P<name>(?:[Tt]he )?[A-Z][\w&'’-]*(?: (?:of |for |and )?[A-Z][\w&'’-]*){0,5})"
_CREDITS = (
    re.compile(rf"\b(?:translated|edited)(?: and (?:translated|edited))? by {_NAME}"),
    re.compile(rf"\b(?:originally|first) (?:published|appeared) (?:by|in|on) {_NAME}"),
    re.compile(rf"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?{_NAME}", re.I),
    SOURCE_LINE,
    re.compile(rf"^{_NAME}\s*(?:©|\(c\)|copyright)", re.IGNORECASE),
    # "Tüm Hakları Saklıdır © 2013 Ada Haber": the name after the sign
    re.compile(rf"(?i:{RIGHTS_RESERVED})\W*(?:©|\(c\))\s*(?:\d{{4}}\s*)?{_NAME}"),
)
#: "Raqqa / ANHA", "الحسكة/ هاوار - ...": a place, a slash, the agency, then a dash or the end.
_AGENCY_DATELINE = re.compile(
    r"^(?:\w+[ -]?){1,3}\s*/\s*(?P<name>\w[\w ]{1,20}?)\s*(?:[-–—]|$)", re.MULTILINE
)
#: "ERBIL (Kurdistan 24) –", "أربيل (كوردستان 24)-", "Hewlêr (Rûdaw)-": the agency in brackets.
_PAREN_DATELINE = re.compile(r"^[^\n()]{2,40}?\((?P<name>[^()\n]{2,30})\)\s*[-–—:]")
_SPOKEN_TO = re.compile(r"\b(?:[Ss]peaking to|told|[Aa]ccording to) (?P<name>[A-Z]{2,6})\b")
_SIGNATURE = re.compile(r"^[A-ZÇŞÎÊÛ]{1,3}\s*/\s*\S[^\n]{0,30}$")
#: "Hasakah - Omar Khalil": a place, a dash and a name of two words or more, signing the
#: report at its foot (an agency after the place is one word: "Erbil - Rudaw").
_PLACE_SIGNED = re.compile(r"^(?P<place>[^-–—]{2,30}?)\s*[-–—]\s*\S+(?:\s+\S+)+$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_HASHTAG = re.compile(r"(?:^|\s)#\w")
#: The news section of a site, after its name and a slash: "World Bulletin / News Desk",
#: "فرات بوست / أخبار" (the site's path, not a place and its agency).
_SECTION = re.compile(
    r"^(?:(?:the )?news(?: desk)?|desk|أخبار|الأخبار|اخبار|haber(?:ler)?|nûçe(?:yan)?)$",
    re.IGNORECASE,
)
#: A word for a picture: "PHOTO/REUTERS" is a picture's credit, not a place and its agency.
_PICTURE_WORD = re.compile(rf"\b(?:{PICTURE})\b", re.IGNORECASE)
#: A label before a credit at the foot: "Article: NRT", "Via: AFP", "Haber: AA".
_CREDIT_LABEL = re.compile(
    r"^(?:article|story|report|news|via|credits?|courtesy|haber|nûçe|خبر|الخبر)\s*:\s*",
    re.IGNORECASE,
)
HEAD_BLOCKS = 8
MAX_CREDIT_WORDS = 3
FOOT_BLOCKS = 4


@dataclass(frozen=True)
class SourceInfo:
    source: str = ""
    source_url: str = ""
    note: str = ""
    flag: str = ""  # what the review table says when the source is a guess or missing
    original: str = ""  # an agency the text credits, when another site published it


def find_source(
    blocks: tuple[str, ...],
    site_name: str = "",
    url: str = "",
    is_place: Callable[[str], bool] = lambda _: False,
    named: str = "",
) -> SourceInfo:
    """The publication, its address ``url`` (:func:`page_address`) and how they were
    established; ``is_place`` tells a gazetteer's place name, which is never a publication;
    ``named`` is the name the text gives the address's own site
    (:func:`~.hostnames.named_like_host`), read once by the draft."""
    notes: list[str] = []
    signature = _signature_note(blocks, is_place)
    notes += [signature] if signature else []
    source, how = _credited(blocks)
    if not source or is_place(source):
        source, how = _agency_dateline(blocks, is_place)
    flag = original = cut = ""
    if not source or is_place(source):
        source, how = _foot_credit(blocks, is_place)
        cut, source = (source, "") if cut_off(source, blocks) else ("", source)
        flag = "source read from a credit at the page's foot; check it" if source else ""
    if (not source or is_place(source)) and site_name:
        source, how = site_name, "named by the page's site name (og:site_name or <title>)"
    if not source or is_place(source):
        source, how = _spoken_to(blocks)
        flag = "source read from the text; check it" if source else ""
        if source and url and not _host_of(source, url):
            original, source = source, ""
            notes.append(f"The text credits {original} (written as original_source).")
    if is_place(source):
        source = ""
    if not source and url:
        source, how, flag = _host(url, cut, named or arabic_named_like_host(blocks, url))
    if not source:
        notes.insert(0, "No credit line, dateline, site name or agency was recognised.")
        return SourceInfo("", url, " ".join(notes), "no source found; add 'source:'", original)
    notes.insert(0, f"Source {how}.")
    return SourceInfo(source, url, " ".join(notes), flag, original)


def page_address(page_url: str, given_url: str = "") -> str:
    """The address the report is cited by: the one given on the command line, else the
    page's own (its canonical link or ``og:url``) when it is a web address, else ""."""
    return given_url or (page_url if _URL.match(page_url) else "")


def _host(url: str, cut: str, named: str) -> tuple[str, str, str]:
    """The ``named`` name the text gives the address's site, or else the address's host,
    standing in for the publication, how, and the flag saying so (naming the ``cut`` off line
    at the foot that is no credit, when there is one)."""
    if named:
        how = f"named in the text as the address's site ({urlsplit(url).hostname})"
        return named, how, f"source “{named}” read from the text, as the address's site; check it"
    host = site_of(url)
    how = "taken from the page's address, as no credit line, dateline or site name was found"
    if cut:
        return (
            host,
            how,
            f"source is the address's host (the last line “{cut}” looks cut off); write its name",
        )
    return host, how, "source is the address's host; write the publication's name"


def _credited(blocks: tuple[str, ...]) -> tuple[str, str]:
    for block in reversed(blocks):
        for pattern in _CREDITS:
            match = pattern.search(block.strip())
            if match and is_name(match.group("name")):
                name = without_initials(match.group("name").strip().rstrip("."))
                return name, f"named in a credit line (“{_clip(block.strip())}”)"
    return "", ""


def _agency_dateline(blocks: tuple[str, ...], is_place: Callable[[str], bool]) -> tuple[str, str]:
    for block in blocks[:HEAD_BLOCKS]:
        text = block.strip()
        match = _AGENCY_DATELINE.match(text) or _PAREN_DATELINE.match(text)
        if not match:
            continue
        line = _clip(text.split("\n")[0], 40)
        name = match.group("name").strip()
        if match.re is _AGENCY_DATELINE:
            head, _, tail = (part.strip() for part in text.partition("/"))
            if _SECTION.match(name) and is_name(head):
                if not is_place(head):  # "World Bulletin / News Desk": the site and its section
                    return head, f"named in the site's path (“{line}”)"
                continue
            if _site_path(head, tail, name, is_place):
                continue
        if GENERIC.match(name):
            continue
        if is_place(name) and match.re is _PAREN_DATELINE:
            name = text[: match.start("name")].rstrip(" (")  # "Site (Place) –"
            name = name if is_name(name) else ""
        if name and not is_place(name):
            return name, f"named in the agency dateline (“{line}”)"
    return "", ""


def _signature_note(blocks: tuple[str, ...], is_place: Callable[[str], bool]) -> str:
    """What the source's note says of a signature among the last lines: a person's
    (``T/ Satt.``), kept in the body, or a place's and a reporter's, or ""."""
    last = [block.strip() for block in reversed(blocks[-3:])]
    if signed := next((line for line in last if _SIGNATURE.match(line)), ""):
        return f"The capture is signed “{signed}” (kept as the body's last paragraph)."
    if signed := next((line for line in last if _signed_from(line, is_place)), ""):
        return f"The capture is signed “{signed}”: a place and a reporter, no publication."
    return ""


def _signed_from(line: str, is_place: Callable[[str], bool]) -> bool:
    """A reporter's signature at the foot: a place the gazetteer knows, a dash and a name
    of two words or more (``الحسكة - سامر أحمد``), which names no publication."""
    found = _PLACE_SIGNED.match(line)
    return found is not None and is_place(found.group("place").strip())


def _site_path(head: str, tail: str, name: str, is_place: Callable[[str], bool]) -> bool:
    """A line of the site's frame that looks like "place / agency" (``head / tail``, naming
    ``name``) without a place first: its section path in capitals (``HABER / DÜNYA``, "News
    / World"), its language switch (``Language / اللغة العربية``) or a picture's credit
    (``PHOTO/REUTERS``, ``Adam Schreck/AP``). ``RAQQA / ANHA`` names a place first."""
    if _PICTURE_WORD.search(head):
        return True  # "PHOTO/REUTERS": a picture's credit
    if is_place(head):
        return False
    if names_photographer(f"{head}/{tail}"):
        return True  # "Adam Schreck/AP": the photographer's and the agency's names
    breadcrumb = tail == name and head.isupper() and name.isupper()
    return breadcrumb or names_a_language(name)


def _host_of(name: str, url: str) -> bool:
    """Whether the page's address is the named agency's own (``ANF`` at anfenglish.com)."""
    host = site_of(url).casefold()
    letters = re.sub(r"\W", "", name.casefold())
    return bool(letters) and letters in re.sub(r"\W", "", host)


def _foot_credit(blocks: tuple[str, ...], is_place: Callable[[str], bool]) -> tuple[str, str]:
    """A name alone after the report's last sentence, past the page's share buttons; not a
    place and a reporter's name (``Hasakah - Omar Khalil``)."""
    for index in range(len(blocks) - 1, max(len(blocks) - FOOT_BLOCKS, 0) - 1, -1):
        text = blocks[index].strip()
        if is_furniture(text) or fold(text).rstrip(": ") in TRAILER_MARKERS:
            continue  # a share button, a list's heading ("Other news")
        if is_frame_line(text):
            continue  # a comment form's label ("Leave a Comment"), a caption
        text = _CREDIT_LABEL.sub("", text)
        words = re.findall(r"\w+", text)
        credit = is_label(text) and len(words) <= MAX_CREDIT_WORDS and not text.isdigit()
        if (
            credit
            and is_name(text)
            and not _HASHTAG.search(text)
            and any(is_sentence(b) for b in blocks[:index])
            and not _signed_from(text, is_place)
            and not _menu_item(blocks[:index])
        ):
            name = text.removeprefix("(").removesuffix(")").strip() if text[:1] == "(" else text
            return name, f"named in a credit at the page's foot (“{_clip(text)}”)"
        return "", ""
    return "", ""


def _menu_item(before: tuple[str, ...]) -> bool:
    """Whether a name at the foot is the last of a menu's items (``Ana Sayfa``, ``Video``,
    ``Yenile``: "refresh"): the line before it is a short label too, where a credit
    follows the report's last sentence."""
    previous = next((b.strip() for b in reversed(before) if b.strip()), "")
    words = len(re.findall(r"\w+", previous))
    return is_label(previous) and 0 < words <= MAX_CREDIT_WORDS and not is_furniture(previous)


def _spoken_to(blocks: tuple[str, ...]) -> tuple[str, str]:
    for block in blocks:
        match = _SPOKEN_TO.search(block)
        if match:
            return match.group("name"), f"named in the text (“{_clip(match.group(0))}”); check it"
    return "", ""


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
