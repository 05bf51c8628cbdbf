"""Find active content in HTML, parsed as a browser parses it (html5lib, the HTML5 algorithm).

Active: a <script> that is not one of the site's own files, any ``on*`` attribute,
a javascript:/vbscript:/data: URL in any URL attribute (after the browser's own
entity decoding and whitespace stripping), embedding elements (iframe, object,
embed, ...), inline SVG/MathML, <style>, <base>, meta refresh, and style
attributes that load URLs or run expressions.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

import html5lib

URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "data",
        "poster",
        "background",
        "srcset",
        "cite",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "manifest",
        "codebase",
        "ping",
        "icon",
        "srcdoc",
    }
)
EMBEDDING = frozenset(
    {"iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "style", "base"}
)
#: The site's own drawings (archivist.pages.svgmap and .timeline): an inline <svg> of
#: this class is allowed as the child of a frame of this class, nowhere else; everything
#: inside it is checked like any other element.
OWN_DRAWINGS = {"map-frame": "map-svg", "timeline-frame": "timeline-svg"}
#: SVG that can change a link or embed markup: never in a drawing of ours.
SVG_ACTIVE = frozenset(
    {"animate", "set", "animatemotion", "animatetransform", "foreignobject", "use", "image"}
)
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f]+")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_ACTIVE_CSS = ("url(", "expression(", "javascript:", "behavior:", "-moz-binding", "@import")


def findings(html: str) -> list[str]:
    """Every piece of active content in ``html``; empty when the page is inert."""
    root = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    found: list[str] = []
    drawings = {
        child
        for parent in root.iter()
        for child in parent
        if child.get("class") == OWN_DRAWINGS.get(parent.get("class") or "", "")
        and isinstance(child.tag, str)
        and child.tag.endswith("svg")
    }
    for element in root.iter():
        if isinstance(element.tag, str):
            found.extend(_element_findings(element, element in drawings))
    return found


def _element_findings(element: Element, own_drawing: bool = False) -> list[str]:
    tag = element.tag.rsplit("}", 1)[-1].lower()
    embedding = tag in EMBEDDING and not own_drawing
    found = [f"<{tag}> element"] if embedding or tag in SVG_ACTIVE else []
    if tag == "script" and not _inert_script(element):
        found.append(f"<script src={element.get('src')!r}> with {element.text!r}")
    if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
        target = (element.get("content") or "").partition("=")[2].strip()
        if not _same_site(target):
            found.append(f"<meta http-equiv=refresh> to {target!r}")
    for key, value in element.attrib.items():
        name = key.rsplit("}", 1)[-1].lower() if isinstance(key, str) else str(key)
        if _active_attribute(name, value):
            found.append(f"<{tag} {name}={value!r}>")
    return found


def _active_attribute(name: str, value: str) -> bool:
    if name.startswith("on"):
        return True
    if name in URL_ATTRIBUTES:
        candidates = value.split(",") if name == "srcset" else [value]
        return name == "srcdoc" or any(_bad_url(c) for c in candidates)
    if name == "style":
        css = _CSS_COMMENT.sub("", _CSS_ESCAPE.sub(lambda m: chr(int(m[1], 16)), value))
        css = _IGNORED_IN_URLS.sub("", css).lower()
        return any(marker in css for marker in _ACTIVE_CSS)
    return False


def _bad_url(url: str) -> bool:
    return _IGNORED_IN_URLS.sub("", url).lower().startswith(BAD_SCHEMES)


def _inert_script(element: Element) -> bool:
    """One of the site's own script files, or a JSON data block (JSON-LD, the scripts'
    words): data the browser never executes."""
    if (element.get("type") or "").lower() in ("application/ld+json", "application/json"):
        return element.get("src") is None
    return _own_script(element.get("src")) and not (element.text or "").strip()


def _same_site(url: str) -> bool:
    """A relative path inside the site (our redirect pages), not a scheme or another host."""
    return re.fullmatch(r"(\.\./|\./)*[A-Za-z0-9._~/%-]*", url) is not None and bool(url)


def _own_script(src: str | None) -> bool:
    """The site's own scripts: a relative path to one of its .js files (theme/js/, search/)."""
    return re.fullmatch(r"(\.\./|\./)*([a-z0-9-]+/)*[a-z0-9.-]+\.js", src or "") is not None
