"""Extract an article's text and metadata from a saved HTML page (lxml's HTML parser).

What is dropped before reading any text: scripts, styles, forms, buttons, frames, media,
navigation, page headers and footers, asides, and every element whose class or id marks
it as furniture (share buttons, breadcrumbs, related articles, newsletters, comments...).
The article is the first ``<article>``, ``[itemprop=articleBody]`` or ``<main>``, else
the element holding the most paragraph text; each block element in it becomes one
paragraph of plain text (links keep their words; ``javascript:`` links carry nothing).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

# fmt: off
DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav",
    "aside", "footer", "dialog", "audio", "video", "picture", "img", "map",
)
BLOCK_TAGS = frozenset((
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
    "dd", "dt", "td",
))
CONTAINER_TAGS = frozenset((
    "div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tbody", "tr",
    "figure",
))
# fmt: on
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|breadcrumbs?|newsletter|subscribe|"
    r"comments?|cookie|menu|navbar|nav|sidebar|widget|advert|ads|promo|tags|tag-list|"
    r"back-to-top|to-top|scroll-top|print|popup|modal|footer|header-nav|more-news|"
    r"read-more|most-read|trending|cat|post-cat|category|categories|kicker|tagcloud)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


@dataclass(frozen=True)
class PageMeta:
    """What the page's head (and article header) says about the article."""

    title: str = ""
    published: str = ""  # as written, e.g. 2024-05-09T05:44:00+03:00
    url: str = ""
    site_name: str = ""
    language: str = ""
    author: str = ""  # as the page's metadata names them, "; " between (trafilatura's form)


def extract_page(html: str) -> tuple[tuple[str, ...], PageMeta]:
    """The article's paragraphs and the page's metadata."""
    if not html.strip():
        return (), PageMeta()
    root = lxml.html.document_fromstring(html)
    meta = _meta(root)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(element)
    for element in list(root.iter(*DROP_TAGS)):
        _remove(element)
    for element in list(root.iter("header")):
        if not _inside(element, "article"):
            _remove(element)
    for element in list(root.iter()):
        if isinstance(element.tag, str) and _is_furniture(element):
            _remove(element)
    blocks = tuple(text for text in _blocks(_main(root)) if text)
    return blocks, meta


def page_lines(html: str) -> tuple[str, ...]:
    """Every line of text the page shows, in order, one block a line, furniture and all:
    what a browser's copy of the whole page holds (scripts and styles are not text)."""
    if not html.strip():
        return ()
    root = lxml.html.document_fromstring(html)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(element)
    for element in list(root.iter("script", "style", "noscript", "template", "svg")):
        _remove(element)
    body = root.find("body")
    return tuple(text for text in _blocks(root if body is None else body) if text)


def _meta(root: Any) -> PageMeta:
    def first(*xpaths: str) -> str:
        for xpath in xpaths:
            for value in root.xpath(xpath):
                text = _SPACE.sub(" ", str(value)).strip()
                if text:
                    return text
        return ""

    title_tag = first("//title/text()")
    # without og:site_name, "Headline | Site" in <title> names the site by convention
    site_name = first("//meta[@property='og:site_name']/@content") or (
        title_tag.rsplit(" | ", 1)[1].strip() if " | " in title_tag else ""
    )
    return PageMeta(
        title=_headline(root, first, site_name),
        published=first(
            "//meta[@property='article:published_time']/@content",
            "//meta[@property='og:article:published_time']/@content",
            "//meta[@itemprop='datePublished']/@content",
            "//meta[@name='pubdate' or @name='publishdate' or @name='date']/@content",
            "//meta[@name='DC.date.issued' or @name='dcterms.issued']/@content",
            "//time[@itemprop='datePublished']/@datetime",
            "//time[@pubdate]/@datetime",
        )
        or _json_ld_date(root),
        url=first("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
        site_name=site_name,
        language=first("/html/@lang"),
    )


def _headline(root: Any, first: Callable[..., str], site_name: str) -> str:
    """The article's ``<h1>``, else ``og:title``, else ``<title>`` without the site's name."""
    for xpath in ("//*[@itemprop='articleBody']//h1", "//article//h1", "//main//h1", "//h1"):
        found = [text for text in (_text(h) for h in root.xpath(xpath)) if text]
        if found:
            return found[0]
    title = first("//meta[@property='og:title']/@content", "//title/text()")
    if site_name:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            title = title.removesuffix(separator + site_name).removeprefix(site_name + separator)
    return title


def _json_ld_date(root: Any) -> str:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return str(item["datePublished"]).strip()
    return ""


def _main(root: Any) -> Any:
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main"):
        found = root.xpath(xpath)
        if found:
            return found[0]
    body = root.find("body")
    candidates = [body if body is not None else root, *root.iter("div", "section")]
    best = max(candidates, key=_paragraph_weight)
    # the paragraphs' container rarely holds the headline and dateline: take its parent
    parent = best.getparent()
    return best if parent is None or parent.tag in ("body", "html") else parent


def _paragraph_weight(element: Any) -> int:
    return sum(len(_text(p)) for p in element.findall("p"))


def _blocks(element: Any) -> Iterator[str]:
    """One text per block element, in document order; inline runs between blocks too."""
    if not _is_blockish(element) or element.tag in BLOCK_TAGS:
        yield from _text(element).split("\n")
        return
    run: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and _is_blockish(child):
            yield from _flush(run)
            run = []
            yield from _blocks(child)
        elif isinstance(child.tag, str):
            run.append(_raw_text(child))
        run.append(child.tail or "")
    yield from _flush(run)


def _flush(run: list[str]) -> Iterator[str]:
    for line in "".join(run).split("\n"):
        text = _SPACE.sub(" ", line).strip()
        if text:
            yield text


def _is_blockish(element: Any) -> bool:
    return any(
        isinstance(node.tag, str) and (node.tag in BLOCK_TAGS or node.tag in CONTAINER_TAGS)
        for node in element.iter()
    )


def _text(element: Any) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in _raw_text(element).split("\n"))
    return "\n".join(line for line in lines if line)


def _raw_text(element: Any) -> str:
    """The element's words, with ``<br>`` as a line break."""
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
        br.tag = "span"  # counted once even if the text is read again
    return str(element.text_content())


def _is_furniture(element: Any) -> bool:
    if element.tag in ("html", "body", "article", "main"):
        return False
    if str(element.get("href", "")).strip().lower().startswith("javascript:"):
        return True
    marks = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    return bool(_FURNITURE.search(marks.strip()))


def _inside(element: Any, tag: str) -> bool:
    return any(parent.tag == tag for parent in element.iterancestors())


def _remove(element: Any) -> None:
    """Remove an element but keep its tail text (the words after it)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
