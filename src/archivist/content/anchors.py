"""Passage anchors: ``id="p1"``, ``id="p2"``... on every paragraph of a sanitised body,
and ``id="s1"``, ``id="s2"``... on every heading.

Runs on the output of the sanitiser (our own markup, added after it), so a
citation can point at the exact passage: ``articles/<slug>/#p3``. Each
paragraph and heading also gets an empty link to itself with an accessible name;
the theme shows it as a pilcrow on hover and focus. Numbering follows document
order, paragraphs and headings each on their own, so it is the same on every build
of the same text, and a typo corrected elsewhere moves no anchor.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser

#: Ids the anchors own; the body may not reuse them.
_OWNED_ID = re.compile(r"^[ps]\d+$")
#: The elements that get an anchor, and the letter of their ids.
_ANCHORED = {"p": "p", "h2": "s", "h3": "s", "h4": "s", "h5": "s", "h6": "s"}
_NAMES = {"p": "Paragraph", "s": "Section"}
#: A paragraph that is a report's own subheading, as text captures keep it: plain text of
#: one to eight words, no closing punctuation ("Assassinations"), with text after it.
#: Guessed only in a body without headings: where the body marks its headings (a saved
#: page's, imported as ``##``), a short line is what the page made it, a paragraph.
_SUBHEAD = re.compile(
    r'<p id="p(\d+)">([^<>\n]{1,80}?)(?=<a class="para-link" [^>]*></a></p>\s*<p )'
)
_WORDS = re.compile(r"\S+")
_CLOSING = tuple(".!?:;,،؛؟…\"”'»)]-。！？۔")
#: A tweet's or a quotation's credit ("— Name (@name) date"), a bare address: never headings.
_OPENING = ("—", "–", "-", "http://", "https://")


class _Anchorer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.counts = {"p": 0, "s": 0}
        #: The anchors of the elements open, innermost last.
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        letter = _ANCHORED.get(tag)
        if letter is not None:
            self.counts[letter] += 1
            anchor = f"{letter}{self.counts[letter]}"
            self.open.append(anchor)
            kept = [(k, v) for k, v in attrs if k != "id"]
            self.out.append(_tag(tag, [("id", anchor), *kept]))
            return
        if any(k == "id" and v and _OWNED_ID.match(v) for k, v in attrs):
            self.out.append(_tag(tag, [(k, v) for k, v in attrs if k != "id"]))
            return
        self.out.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _ANCHORED and self.open:
            anchor = self.open.pop()
            name = f"{_NAMES[anchor[0]]} {anchor[1:]}"
            self.out.append(f'<a class="para-link" href="#{anchor}" aria-label="{name}"></a>')
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")


def _tag(name: str, attrs: list[tuple[str, str | None]]) -> str:
    parts = "".join(
        f" {key}" if value is None else f' {key}="{escape(value, quote=True)}"'
        for key, value in attrs
    )
    return f"<{name}{parts}>"


def anchor_paragraphs(html: str) -> str:
    """Number every paragraph and heading of sanitised HTML; give each a link to itself."""
    parser = _Anchorer()
    parser.feed(html)
    parser.close()
    anchored = "".join(parser.out)
    return anchored if parser.counts["s"] else _SUBHEAD.sub(_mark_subheading, anchored)


def _mark_subheading(match: re.Match[str]) -> str:
    """A subheading keeps its paragraph number (citations count it) and is a heading to
    assistive technology and the eye; the first paragraph is never one."""
    number, text = match.group(1), match.group(2)
    words = len(_WORDS.findall(text))
    line = text.strip()
    if number == "1" or not 1 <= words <= 8 or line.endswith(_CLOSING):
        return match.group(0)
    if line.startswith(_OPENING):
        return match.group(0)
    return f'<p id="p{number}" class="subhead" role="heading" aria-level="2">{text}'
