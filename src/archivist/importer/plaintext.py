"""Text stays text: captured words are written so that they show exactly as published.

A text or HTML capture holds plain text, but an article's body is Markdown with HTML
allowed. Written as it is, ``# 5 killed`` would become a heading (without the paragraph
anchor every paragraph gets), ``*two*`` emphasis, a literal ``<b>`` markup that bolds the
rest of the article, and ``&lt;script&gt;`` a tag the sanitiser removes with its words.
:func:`escape_markdown` makes every such character literal; :func:`strip_controls` takes
out the control characters that an escape in a page (``&#27;``, ``\\x1b``) can produce,
which no article may hold and no terminal should be sent. :data:`BULLET` is a list's bullet
in front of a line as plain text writes it (``•``, ``▪``, ``►``, ``*``, ``-``), one notion
for every rule that reads a line without it.
"""

from __future__ import annotations

import re

#: C0 controls but tab and line feed, DEL, C1 controls; carriage returns become line feeds.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # carriage returns too
#: The characters plain text sets before a list's item.
BULLETS = "•·*▪►‣◦-"
#: A list's bullet and the space after it, at a line's start.
BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s+")
#: Characters that start Markdown inline syntax anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]])")


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and line feed stay)."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def escape_markdown(block: str) -> str:
    """A paragraph of plain text as Markdown that renders to exactly that text."""
    return "\n".join(_escape_line(line) for line in block.split("\n"))


def _escape_line(line: str) -> str:
    line = line.lstrip()  # four leading spaces would make a code block
    line = re.sub(r"[ \t]{2,}$", " ", line)  # two trailing spaces would make a line break
    line = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    line = _INLINE.sub(r"\\\1", line)
    line = re.sub(r"^(\d{1,9})([.)])", r"\1\\\2", line)  # "1. " would start a list
    if line.startswith("&gt;"):
        return line  # an entity cannot start a quote
    if line.startswith("="):
        return "&#61;" + line[1:]  # a setext underline; "=" has no backslash escape
    return re.sub(r"^([#+-])", r"\\\1", line)  # a heading, a list item, a rule


def markdown_heading(line: str) -> str:
    """A one-line heading of plain text as a Markdown ``##`` heading that renders to exactly
    that text: escaped, and its closing ``#`` kept (Markdown drops a heading's last ``#``s)."""
    escaped = _escape_line(line)
    return "## " + re.sub(r"#+$", lambda m: "\\#" * len(m.group(0)), escaped)


def show_controls(text: str) -> str:
    """``text`` with each control character shown as an escape (``\\x1b``), for a terminal."""
    return _SHOWN.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)
