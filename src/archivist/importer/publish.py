"""``archivist publish FILE...``: a curator's word that a reviewed draft may be published.

Publishing takes the ``status: draft`` line out of the article's front-matter and changes
nothing else; the next build then writes its page and records its address in the lock,
where the slug is frozen. Until then, fixing a wrong title fixes the slug too.
"""

from __future__ import annotations

import re
from pathlib import Path

from archivist.errors import Problem
from archivist.paths import write_atomically

_STATUS = re.compile(r"^status:[ \t]*draft[ \t]*\n", re.MULTILINE)


def publish(path: Path) -> Problem | None:
    """Take ``status: draft`` out of the article at ``path``; a problem if it cannot be."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        return Problem(path, None, f"cannot be read ({reason})", "check the path")
    head, separator, rest = text.partition("\n---\n")
    found = _STATUS.search(head + "\n") if text.startswith("---\n") and separator else None
    if found is None:
        return Problem(path, None, "is not a draft (no 'status: draft' line)", "nothing to do")
    published = head[: found.start()] + head[found.end() :] + separator + rest
    write_atomically(path, published)  # all or nothing: never a half-written article
    return None
