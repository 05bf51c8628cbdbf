"""Reading built pages in tests with the standard library's HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser


class Page(HTMLParser):
    """Start tags with their attributes, the text of each <h1>, and the article's paragraphs."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.h1: list[str] = []
        self.body_paragraphs: list[str] = []
        self._open: list[str] = []
        self._in_body = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "div" and attributes.get("class") == "article-body":
            self._in_body = 1
        elif self._in_body and tag == "div":
            self._in_body += 1
        if tag == "h1":
            self.h1.append("")
        if tag == "p" and self._in_body:
            self.body_paragraphs.append("")
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._in_body:
            self._in_body -= 1
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if "h1" in self._open:
            self.h1[-1] += data
        if self._in_body and "p" in self._open:
            self.body_paragraphs[-1] += data

    def has(self, tag: str, **attributes: str) -> bool:
        return any(
            t == tag and all(a.get(k) == v for k, v in attributes.items()) for t, a in self.tags
        )
