"""Read one capture file into text blocks: decoded, split into paragraphs, nothing dropped yet."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import Problem
from .htmlpage import PageMeta, extract_page

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES
MAX_CAPTURE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Capture:
    """A capture as read: its paragraphs in order, plus what an HTML page's head says."""

    path: Path
    kind: str  # "text", "markdown" or "html"
    blocks: tuple[str, ...]
    meta: PageMeta = field(default_factory=PageMeta)
    encoding: str = "utf-8"


def read_capture(path: Path) -> Capture | Problem:
    """Read and decode ``path``; a :class:`Problem` says why it could not be read."""
    try:
        if path.stat().st_size > MAX_CAPTURE_BYTES:
            return Problem(path, None, "is larger than 20 MiB", "split it or import it by hand")
        data = path.read_bytes()
    except OSError as error:
        return Problem(path, None, f"cannot be read ({error.strerror})", "check its permissions")
    decoded = decode(data)
    if decoded is None:
        return Problem(
            path,
            None,
            "cannot be decoded as text (no character encoding fits)",
            "save it as UTF-8 text and import it again",
        )
    text, encoding = decoded
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        blocks, meta = extract_page(text)
        return Capture(path, "html", blocks, meta, encoding)
    if suffix in MARKDOWN_SUFFIXES:
        return Capture(path, "markdown", markdown_blocks(text), encoding=encoding)
    return Capture(path, "text", text_blocks(text), encoding=encoding)


def decode(data: bytes) -> tuple[str, str] | None:
    """Text and encoding name: UTF-8 (with or without BOM) first, else a detected charset."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # binary data, not a text capture
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best), str(best.encoding)


def text_blocks(text: str) -> tuple[str, ...]:
    """A copied page: every line is a paragraph (page copies keep one paragraph per line)."""
    return tuple(line for line in _lines(text) if line.strip())


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
