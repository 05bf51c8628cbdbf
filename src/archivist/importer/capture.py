"""Read one capture file into text blocks: decoded, split into paragraphs, nothing dropped yet."""

from __future__ import annotations

import re
import stat
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path

from charset_normalizer import from_bytes

from archivist.content import frontmatter
from archivist.errors import Problem

from .htmlpage import PageMeta, extract_page
from .libextract import fill_meta, main_text
from .plaintext import strip_controls

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
MAX_CAPTURE_BYTES = 20 * 1024 * 1024
WRAP_WIDTH = 100
WRAPPED_LINES = 3  # a paragraph of three lines or more under WRAP_WIDTH is wrapped
WRAPPED_BLOCKS = 2
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]{2,30})""", re.IGNORECASE)


@dataclass(frozen=True)
class Capture:
    """A capture as read: its paragraphs in order, plus what an HTML page's head says."""

    path: Path
    kind: str  # "text", "markdown" or "html"
    blocks: tuple[str, ...]
    meta: PageMeta = field(default_factory=PageMeta)
    encoding: str = "utf-8"
    captured_at: str = ""  # when a web archive captured the page (its WARC-Date)
    method: str = ""  # how it was captured, when known ("web archive record")
    raw: bytes = b""  # the bytes as captured, kept beside the report (see provenance)
    raw_kind: str = ""  # what ``raw`` is, when not a ``kind`` file: "warc", a WARC record
    headings: frozenset[str] = frozenset()  # the blocks a saved page marks as headings


def read_capture(path: Path) -> Capture | Problem:
    """Read and decode ``path``; a :class:`Problem` says why it could not be read."""
    data = _read_bytes(path)
    if isinstance(data, Problem):
        return data
    decoded = decode(data)
    if decoded is None:
        return Problem(
            path,
            None,
            "cannot be decoded as text (no character encoding fits)",
            "save it as UTF-8 text and import it again",
        )
    text, encoding = decoded
    capture = replace(_parse(path, text, encoding), raw=data)
    if not capture.blocks:
        return Problem(path, None, "has no text", "check that it is the capture you meant")
    return capture


def _read_bytes(path: Path) -> bytes | Problem:
    """The bytes of a regular file of at most 20 MiB; links and devices are refused."""
    if path.is_symlink():
        return Problem(path, None, "is a symbolic link", "import the file it points to instead")
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Problem(path, None, "is not a regular file", "import a saved page or text")
        if info.st_size > MAX_CAPTURE_BYTES:
            return Problem(path, None, "is larger than 20 MiB", "split it or import it by hand")
        return path.read_bytes()
    except OSError as error:
        return Problem(path, None, f"cannot be read ({error.strerror})", "check its permissions")


def _parse(path: Path, text: str, encoding: str) -> Capture:
    """The capture's paragraphs and metadata, without control characters (an escape in a
    page, ``&#27;``, gives one only once parsed)."""
    capture = _parse_kind(path, text, encoding)
    blocks = tuple(b for b in (strip_controls(b).strip("\n") for b in capture.blocks) if b.strip())
    meta = PageMeta(*(strip_controls(value) for value in astuple(capture.meta)))
    headings = frozenset(strip_controls(h).strip("\n") for h in capture.headings)
    return replace(capture, blocks=blocks, meta=meta, headings=headings)


def _parse_kind(path: Path, text: str, encoding: str) -> Capture:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_capture(path, text, encoding)
    if suffix in MARKDOWN_SUFFIXES:
        body, meta = _front_matter(text, path)
        return Capture(path, "markdown", markdown_blocks(body), meta, encoding)
    return Capture(path, "text", text_blocks(text), encoding=encoding)


def html_capture(path: Path, html: str, encoding: str = "utf-8") -> Capture:
    """A saved page: trafilatura's main text, with the dateline under the headline put
    back (see :func:`~.libextract.main_text`), the lines it marks as headings, and the
    page's metadata, gaps filled by htmldate and trafilatura."""
    blocks, meta = extract_page(html)
    if not html.strip():
        return Capture(path, "html", blocks, meta, encoding)
    main = main_text(html, blocks)
    return Capture(
        path, "html", main.blocks, fill_meta(html, meta), encoding, headings=main.headings
    )


def _front_matter(text: str, path: Path) -> tuple[str, PageMeta]:
    """A Markdown capture's own front-matter, if it has one: its title, date and address."""
    parsed = frontmatter.parse(text, path) if frontmatter.split(text) else None
    if not isinstance(parsed, frontmatter.FrontMatter):
        return text, PageMeta()
    values = {k: f.value for k, f in parsed.fields.items() if isinstance(f.value, str)}
    meta = PageMeta(
        title=values.get("title", ""),
        published=values.get("date", ""),
        url=values.get("source_url", ""),
        site_name=values.get("source", ""),
    )
    return parsed.body, meta


def decode(data: bytes) -> tuple[str, str] | None:
    """Text and encoding name: UTF-8 (with or without BOM), else the charset an HTML page
    declares, else a detected one; None for binary data or text no encoding fits."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # binary data, not a text capture
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best), str(best.encoding)


def text_blocks(text: str) -> tuple[str, ...]:
    """A copied page: every line is a paragraph (page copies keep one paragraph per line).

    A hard-wrapped text (an e-mail, a wire copy at 72 columns) keeps its paragraphs
    between blank lines instead, their lines together, as Markdown does.
    """
    if is_hard_wrapped(text):
        return markdown_blocks(text)
    return tuple(line for line in _lines(text) if line.strip())


def is_hard_wrapped(text: str) -> bool:
    """True when most paragraphs are runs of lines cut at one width (<= 100 columns)."""
    lines = [line.rstrip() for line in _lines(text)]
    if not lines or max(len(line) for line in lines) > WRAP_WIDTH:
        return False
    blocks = [b.split("\n") for b in markdown_blocks(text)]
    wrapped = [b for b in blocks if len(b) >= WRAPPED_LINES]
    return len(wrapped) >= WRAPPED_BLOCKS and len(wrapped) * 2 >= len(blocks)


def markdown_blocks(text: str) -> tuple[str, ...]:
    """Markdown: paragraphs are separated by blank lines; a paragraph's lines stay together."""
    blocks: list[str] = []
    current: list[str] = []
    for line in [*_lines(text), ""]:
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    return tuple(blocks)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
