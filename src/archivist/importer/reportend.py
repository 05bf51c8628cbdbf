"""Where a report ends in its capture, for the review of the places it names.

A capture may run on past the report into the page's frame: share buttons, other
stories' headlines and teasers. Read on the capture's own lines (what the furniture rules
leave does not matter), from the body's first line on, the report is taken to end at a
run of :data:`FRAME_RUN` lines or more that are no sentences (``PAYLAŞIN``, ``•``,
``Hakkında haber news24``) before more sentences, when the report above it has more
sentences than the lines below (a standfirst over the page's labels is no report). A
place named only below is likely the frame's (``Türkiye`` in another story's headline),
and the review asks about it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .pageframe import is_sentence

FRAME_RUN = 3


def report_end(blocks: Sequence[str], first: str = "") -> int:
    """The index of the first of ``blocks`` past the report that begins at the block
    holding ``first`` (the body's first paragraph; the first block if not found), or
    ``len(blocks)`` when the report runs to the end."""
    start = next((i for i, block in enumerate(blocks) if first and first in block), 0)
    sentences = [is_sentence(block) for block in blocks]
    run = 0
    for index in range(start, len(blocks)):
        if not sentences[index]:
            run += 1
            continue
        above = sum(sentences[start:index])
        if run >= FRAME_RUN and above > sum(sentences[index:]):
            return index - run
        run = 0
    return len(blocks)
