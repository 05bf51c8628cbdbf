"""Article bodies: Markdown to HTML, sanitised on an allow-list."""

from __future__ import annotations

import markdown
import nh3

from archivist.reuse.memo import Memo

from .anchors import anchor_paragraphs
from .model import Article

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "a",
        "em",
        "strong",
        "b",
        "i",
        "blockquote",
        "ul",
        "ol",
        "li",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "code",
        "pre",
        "hr",
        "sub",
        "sup",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "abbr",
        "q",
        "cite",
        "span",
        "img",
        "figure",
        "figcaption",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "abbr": {"title"},
    "*": {"lang", "dir", "id"},
}


def body_html(markdown_text: str) -> str:
    """Render an article body; only allow-listed tags, attributes and URL schemes survive.

    Every paragraph then gets its anchor (``id="p1"``...; see :mod:`archivist.content.anchors`).
    """
    return _render(markdown_text)


def article_html(article: Article, bodies: Memo[str] | None = None) -> str:
    """:func:`body_html` of the article's body. ``bodies``: the memo a build keeps rendered
    bodies in (the body's digest kept on the article); a body rendered before, in this
    build or a cached one, is not rendered again. None: render afresh."""
    if bodies is None:
        return _render(article.body)
    return bodies.of_record(article, _body, _render)


def _body(article: Article) -> str:
    return article.body


def _render(markdown_text: str) -> str:
    html = markdown.markdown(markdown_text, output_format="html")
    clean = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return anchor_paragraphs(clean)
