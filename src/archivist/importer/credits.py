"""Whether a credit's words can name a publication, and the name they give.

A credit names a publication when it holds three letters or more and is not a picture's
label (``Image copyright``), "all rights reserved", the agencies in general (``وكالات``,
``Agencies``), a reference code (``MP/FNA14010730000694``) or the start of a sentence a
capture cut off (``وتابع ...``). A name written with its initials after it (``Islamic
Republic News Agency - IRNA``) is the name without them.
"""

from __future__ import annotations

import re

from .boilerplate import RIGHTS_RESERVED
from .captions import PICTURE

#: Letters run into a long number: a credit's reference code (``MP/FNA14010730000694``).
_CODE = re.compile(r"[^\W\d_]\d{4,}|\d{4,}[^\W\d_]")
#: Not a publication: a picture's label ("Image copyright"), or a sentence's opening verb
#: ("وتابع ...", "and he went on") where a capture was cut off.
_NOT_A_NAME = re.compile(
    rf"^(?:{PICTURE}|video|فيديو|copyright|{RIGHTS_RESERVED})\b|"
    r"^[وف]?(?:تابع|أضاف|اضاف|قال|أكد|اكد|أوضح|اوضح|أشار|اشار|لفت|ختم)\b",
    re.IGNORECASE,
)
#: "Agencies", "وكالات": a credit to the wires in general names no publication.
GENERIC = re.compile(
    r"^(?:(?:news |the )?agencies|wires?|وكالات|الوكالات|وكالات الانباء|ajanslar|ajans|"
    r"ajans(?:ên)? nûçeyan)$",
    re.IGNORECASE,
)
#: A name and its initials: "Islamic Republic News Agency - IRNA", "... (IRNA)".
_INITIALLED = re.compile(r"^(?P<name>.+?)\s*(?:[-–—]\s*|\()(?P<initials>[A-Z]{2,6})\)?$")
MIN_NAME_LETTERS = 3


def is_name(text: str) -> bool:
    """Whether a credit can name a publication: three letters or more, not a picture's
    label, not "all rights reserved", not a reference code, not the start of a sentence (a
    fragment left where a capture was cut)."""
    letters = sum(ch.isalpha() for ch in text)
    bare = text.strip("( )")
    return (
        letters >= MIN_NAME_LETTERS
        and not _NOT_A_NAME.match(bare)
        and not GENERIC.match(bare)
        and not _CODE.search(bare)
    )


def without_initials(name: str) -> str:
    """``name`` without the initials written after it: "Islamic Republic News Agency - IRNA"
    is the Islamic Republic News Agency."""
    found = _INITIALLED.match(name)
    if found is None:
        return name
    initials = "".join(word[0] for word in found.group("name").split() if word[0].isupper())
    return found.group("name") if initials == found.group("initials") else name
