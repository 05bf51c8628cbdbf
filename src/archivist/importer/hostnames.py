"""The publication's own name, when the capture writes it, found by the page's address.

A page without a credit line, dateline or site name often still names its publication in
its text (``Al Majalla takes an exclusive tour``, ``ji bo Dengê Amerîka got``, ``Site
icon WBHM 90.3``). A capitalised name of one to four words whose letters are the main
label of the page's host (``majalla`` of ``en.majalla.com``, ``middleeasteye`` of
``acquiaprod.middleeasteye.net``), or that label without a leading article or a trailing
``news``, ``tv`` or ``media`` (``Al-Fassel`` of ``alfasselnews.com``), or that the label
shortens to its words' initials and its last word (``Asharq Al-Awsat`` of ``aawsat.com``), is
that publication: a better stand-in than the bare host, still flagged for a check. So is an
Arabic name alone on a short line whose consonants the label spells (``بلدي نيوز`` of
``baladi-news.com``, ``العالم - العراق`` of ``alalam.ir``). A word
that only capitalises the label (``Haberler`` of ``haberler.com``) says no more than the
host, which stays.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from archivist.text.folding import fold

_UPPER = "A-ZÇĞİÖŞÜÊÎÛ"
_WORD = rf"[{_UPPER}][\w’'.]*"
#: One to four capitalised words, joined by spaces or hyphens: "Al Majalla", "Al-Fassel".
_NAME = re.compile(rf"(?<![\w-]){_WORD}(?:[ -]{_WORD}){{0,3}}")
#: Labels under a country's domain that are no site's name: "co" of "bbc.co.uk".
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "ac", "edu"))
_ARTICLES = ("al", "el", "the")
_SUFFIXES = ("news", "tv", "media", "online")
MIN_LETTERS = 4


def host_label(url: str) -> str:
    """The main label of the address's host: ``majalla`` of ``https://en.majalla.com/x``."""
    labels = (urlsplit(url).hostname or "").casefold().split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return re.sub(r"[^a-z0-9]", "", labels[-1]) if labels else ""


def named_like_host(blocks: tuple[str, ...], url: str) -> str:
    """The first name in ``blocks`` that spells the main label of ``url``'s host, or ""."""
    label = host_label(url)
    if len(label) < MIN_LETTERS:
        return ""
    forms = {label, *(label.removesuffix(s) for s in _SUFFIXES if label.endswith(s))}
    for block in blocks:
        for match in _NAME.finditer(block):
            for name in _leading_names(match.group()):
                letters = re.sub(r"[^a-z0-9]", "", fold(name))
                bare = next((letters[len(a) :] for a in _ARTICLES if letters.startswith(a)), "")
                if name == name.capitalize() and letters == label:
                    continue  # "Haberler" of haberler.com: the host says no less
                if letters in forms or (bare and bare in forms) or _shortened(name) in forms:
                    return name
    return ""


def _leading_names(run: str) -> list[str]:
    """The names a run of capitalised words may start with, longest first, each without a
    possessive or a final stop: ``Syria Direct`` in ``Syria Direct’s Noura``."""
    cuts = [m.start() for m in re.finditer(r"[ -]", run)] + [len(run)]
    names = (re.sub(r"(?:[’']s)?\.?$", "", run[:cut]) for cut in reversed(cuts))
    return [name for name in names if name]


def _shortened(name: str) -> str:
    """A name as a host may shorten it: the initials of its words but the last, which is
    whole, articles left out (``aawsat`` of ``Asharq Al-Awsat``, ``nytimes`` of ``New York
    Times``); "" for a name of one word."""
    words = [re.sub(r"[^a-z0-9]", "", fold(word)) for word in re.split(r"[ -]", name)]
    words = [word for word in words if word and word not in _ARTICLES]
    return "".join(word[0] for word in words[:-1]) + words[-1] if len(words) > 1 else ""


#: Arabic letters as the consonants a Latin host spells them with; long vowels, hamza and
#: ʿayn are not written (``العالم`` ~ ``alalam``, ``بلدي نيوز`` ~ ``baladinews``).
_ARABIC_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("اأإآىءئؤعويةـ", ""),
        **{"ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d"},
        **{"ر": "r", "ز": "s", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d"},
        **{"غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h"},
    }
)
_LATIN_SOUNDS = (("sh", "s"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("q", "k"))
_SEGMENT = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}")
MAX_NAME_LINE = 4  # words of a line that may be the site's name ("العالم - العراق")
MIN_SOUNDS = 3


def _latin_sounds(label: str) -> str:
    for pair, sound in _LATIN_SOUNDS:
        label = label.replace(pair, sound)
    return re.sub(r"[aeiouyw0-9]", "", label.replace("z", "s"))


def arabic_named_like_host(blocks: tuple[str, ...], url: str) -> str:
    """The first short line's Arabic name (``بلدي نيوز``, ``العالم`` of ``العالم - العراق``)
    whose consonants are those of the host's main label, or ""."""
    sounds = _latin_sounds(host_label(url))
    if len(sounds) < MIN_SOUNDS:
        return ""
    for block in blocks:
        if len(block.split()) > MAX_NAME_LINE:
            continue
        for match in _SEGMENT.finditer(block):
            if match.group().translate(_ARABIC_SOUNDS).replace(" ", "") == sounds:
                return match.group()
    return ""
