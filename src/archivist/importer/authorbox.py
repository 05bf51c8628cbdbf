"""An author's box under the report: where it begins, so that none of it reaches the body.

Sites set a box about the reporter or the editor below the report: the name (often with
the site and a role: ``Jane Doe Example News - Editor``), a heading that names the box
(``About the author``, ``Editör Hakkında``, ``عن الكاتب``, ``Derbarê nivîskar de``), then a
biography written as sentences, which no rule for labels catches. The box begins at its
heading, in the second half of the capture and after the report's first paragraph, or at
the name line right above the heading when that line is a label, not a sentence; the
report is over there.
"""

from __future__ import annotations

import re

from archivist.text.folding import fold

from .pageframe import is_label
from .reportcore import Reading

#: "About the author", in the four languages, folded, for a reporter, a writer, an editor.
_HEADING = re.compile(
    r"^(?:about the (?:author|writer|editor|reporter)|(?:yazar|editor|muhabir) hakkinda|"
    r"(?:نبذه )?عن (?:الكاتب|المحرر|المراسل)|derbare (?:niviskar|editor|rojnamevan) de)\s*:?$"
)


def author_box_start(reading: Reading) -> int:
    """Index where an author's box begins, or ``len(blocks)`` when there is none."""
    blocks = reading.blocks
    start = max(len(blocks) // 2, reading.first_prose + 1)
    for index in range(start, len(blocks)):
        if _HEADING.match(fold(blocks[index].strip())):
            named = index - 1 >= start and is_label(blocks[index - 1])
            return index - 1 if named else index
    return len(blocks)
