"""The English stemmer of lunr.js 2.3.9, ported line for line.

lunr.py ships its own Porter stemmer, which differs from lunr.js's: it turns a
final ``y`` after a vowel into ``i`` (``monday`` -> ``mondai``), so an index
built in Python would not find ``Monday`` or ``Turkey`` in the browser. This is
lunr.js's ``lunr.stemmer`` with the same regular expressions in the same order;
``tests/vectors/pipeline.json`` holds the two to the same output.
"""

from __future__ import annotations

import re

_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}
_c = "[^aeiou]"  # consonant
_v = "[aeiouy]"  # vowel
_C = _c + "[^aeiouy]*"  # consonant sequence
_V = _v + "[aeiou]*"  # vowel sequence
_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)  # [C]VC... is m>0
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")  # [C]VC[V] is m=1
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)  # [C]VCVC... is m>1
_S_V = re.compile("^(" + _C + ")?" + _v)  # vowel in stem
_1A = re.compile(r"^(.+?)(ss|i)es$")
_1A2 = re.compile(r"^(.+?)([^s])s$")
_1B = re.compile(r"^(.+?)eed$")
_1B2 = re.compile(r"^(.+?)(ed|ing)$")
_1B_2_AT = re.compile(r"(at|bl|iz)$")
_1B_2_DOUBLE = re.compile(r"([^aeiouylsz])\1$")
_CVC = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_1C = re.compile(r"^(.+?[^aeiou])y$")
_2 = re.compile(r"^(.+?)(" + "|".join(_STEP2) + ")$")
_3 = re.compile(r"^(.+?)(" + "|".join(_STEP3) + ")$")
_4 = re.compile(
    r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_4B = re.compile(r"^(.+?)(s|t)(ion)$")
_5 = re.compile(r"^(.+?)e$")
_5_LL = re.compile(r"ll$")


def stem(word: str) -> str:
    """Stem ``word`` exactly as lunr.js 2.3.9's ``lunr.stemmer`` does."""
    if len(word) < 3:
        return word
    first = word[0]
    w = "Y" + word[1:] if first == "y" else word
    w = _step1(w)
    w = _step2_3_4(w)
    w = _step5(w)
    return "y" + w[1:] if first == "y" else w


def _step1(w: str) -> str:
    if _1A.search(w):
        w = _1A.sub(r"\1\2", w, count=1)
    elif _1A2.search(w):
        w = _1A2.sub(r"\1\2", w, count=1)
    match = _1B.search(w)
    if match:
        if _MGR0.search(match.group(1)):
            w = w[:-1]
    else:
        match = _1B2.search(w)
        if match and _S_V.search(match.group(1)):
            w = match.group(1)
            if _1B_2_AT.search(w):
                w = w + "e"
            elif _1B_2_DOUBLE.search(w):
                w = w[:-1]
            elif _CVC.search(w):
                w = w + "e"
    match = _1C.search(w)
    if match:
        w = match.group(1) + "i"
    return w


def _step2_3_4(w: str) -> str:
    match = _2.search(w)
    if match and _MGR0.search(match.group(1)):
        w = match.group(1) + _STEP2[match.group(2)]
    match = _3.search(w)
    if match and _MGR0.search(match.group(1)):
        w = match.group(1) + _STEP3[match.group(2)]
    match = _4.search(w)
    if match:
        if _MGR1.search(match.group(1)):
            w = match.group(1)
    else:
        match = _4B.search(w)
        if match and _MGR1.search(match.group(1) + match.group(2)):
            w = match.group(1) + match.group(2)
    return w


def _step5(w: str) -> str:
    match = _5.search(w)
    if match:
        base = match.group(1)
        if _MGR1.search(base) or (_MEQ1.search(base) and not _CVC.search(base)):
            w = base
    if _5_LL.search(w) and _MGR1.search(w):
        w = w[:-1]
    return w
