"""The report's core, the longest run of its own prose, and the furniture that lies outside it.

A news page sets its report in one place: paragraphs that are sentences, long, in the
report's script. Menus, labels, share rows, tag lines, lists of other stories, comment
forms and credits sit around them. Each line of a page's text has a kind
(:mod:`archivist.importer.linekinds`) and is scored by it, in the spirit of body-text
extraction (where words score and tags cost): **prose** and a paragraph **cut** off score
their number of words; a **short sentence** scores nothing (the core may end on it, not
break on it); any **other** line costs its number of words (three at least), so that a
subheading or a caption inside the report costs less than the paragraphs around it.

The core is the run of lines with the highest total (Kadane's maximum segment), widened
over the short sentences next to it. Outside it, a line is furniture unless it is prose,
or:

- above the core, within ``HEAD_FIELDS`` lines of it, a short sentence or one of the
  head's fields (a headline, a dateline, a byline: ``is_field``); a site's menu lies
  further up;
- below the core, a short sentence (a report's last short paragraph stays), a label
  between two sentences that stay (a subheading, a date in a timeline), or the list a
  line ending in ``:`` introduces.

Below the core three or more short sentences in a row are a list of other stories'
headlines written with full stops, and go, as do three or more bulleted short lines in a
row that no sentence ending in ``:`` introduces (``- Another headline``); and once the
furniture there outweighs what stays by ``FOOT_GAP`` words, the report is over: the prose
after it (a box of other stories with their teasers, reader comments) goes too. A cut
paragraph stays only inside the core, and only as its last prose: one with prose after it
is a teaser (of another story, of the report's own lede, a photo's caption cut by the
page), not a paywall's cut. Bulleted lines that open the core before its first paragraph
are a summary box (a site's generated key points, whole sentences) or a ticker, not the
report.

The lines are read once (:func:`read_lines`): the report's script, each line's kind and the
core, in one frozen :class:`Reading` that every rule asking about the report's run takes
(``outside_core`` here, ``straylabels``, ``readerlines``, the comments' and tags' start, a
site's repeated lines, and the draft's question of a place named below the report).

Only a page's whole text needs this (a browser's copy, a text store's page): a saved
page's main text has been chosen by trafilatura already, and its lists and short lines
are the report's (``boilerplate.strip_furniture`` is told which it has).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .linekinds import Kind, kinds_of, report_script
from .plaintext import BULLET
from .pubdate import find_dates
from .sentences import SENTENCE_BREAK
from .wordstems import stems

MIN_COST = 3
HEAD_FIELDS = 8  # the head's fields lie this close above the core
LIST_RUN = 3  # this many short sentences in a row below the core are a list
LIST_WORDS = 15
HEADLINE_WORDS = 4  # a line without a stop this long may be a headline in a list
LABEL_WORDS = 6
FOOT_GAP = 20  # words of furniture below the core after which the report never resumes
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Reading:
    """One reading of a capture's lines: the script its report is written in, each line's
    kind in it, and the report's core (``core``: empty when the capture has no prose)."""

    blocks: tuple[str, ...]
    script: str
    kinds: tuple[Kind, ...]
    core: range

    @property
    def prose(self) -> tuple[int, ...]:
        """The indices of the lines of prose, in order."""
        return tuple(i for i, kind in enumerate(self.kinds) if kind is Kind.PROSE)

    @property
    def first_prose(self) -> int:
        """The index of the report's first line of prose, or ``len(blocks)``: the head is
        above."""
        return next(iter(self.prose), len(self.blocks))


def read_lines(blocks: tuple[str, ...]) -> Reading:
    """The one reading of ``blocks`` that every rule about the report's run shares."""
    script = report_script(blocks)
    kinds = kinds_of(blocks, script)
    return Reading(blocks, script, kinds, _core(blocks, kinds))


def _core(blocks: tuple[str, ...], kinds: tuple[Kind, ...]) -> range:
    """The report's core: the indices of the run of lines with the highest score, widened
    over the short sentences beside it; empty when the capture has no prose."""
    best, start, stop = 0, 0, 0
    total, first = 0, 0
    for index, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if total <= 0:
            total, first = 0, index
        total += _score(block, kind)
        if total > best:
            best, start, stop = total, first, index + 1
    if best == 0:
        return range(0)
    while start > 0 and kinds[start - 1] is Kind.SHORT:
        start -= 1
    while stop < len(blocks) and kinds[stop] is Kind.SHORT:
        stop += 1
    return range(start, _before_list(blocks, kinds, start, stop))


def _before_list(blocks: tuple[str, ...], kinds: tuple[Kind, ...], start: int, stop: int) -> int:
    """Where the core ends when its last lines are a label and short sentences under it,
    ``LIST_RUN`` or more with the list's lines below the core: other stories' headlines
    written with full stops, which score enough to join the core, not the report's (its
    paragraphs are longer, or fewer)."""
    first = stop
    while first > start and _short(blocks[first - 1], kinds[first - 1]):
        first -= 1
    last = stop
    while last < len(blocks) and _listed(blocks[last], kinds[last]):
        last += 1
    labelled = first - 1 > start and kinds[first - 1] is Kind.OTHER
    sentences = sum(kinds[i] is not Kind.OTHER for i in range(first, last))
    return first - 1 if labelled and first < stop and sentences >= LIST_RUN else stop


def _short(block: str, kind: Kind) -> bool:
    """A sentence of at most ``LIST_WORDS`` words: a line a list of headlines may hold."""
    return kind in (Kind.PROSE, Kind.SHORT) and len(_WORD.findall(block)) <= LIST_WORDS


def _score(block: str, kind: Kind) -> int:
    words = len(_WORD.findall(block))
    if kind in (Kind.PROSE, Kind.CUT):
        return words
    return 0 if kind is Kind.SHORT else -max(words, MIN_COST)


def outside_core(reading: Reading, is_field: Callable[[str], bool]) -> frozenset[int]:
    """The indices of the lines outside the report's core that are furniture (see the
    module's docstring); ``is_field`` tells a line the head may hold."""
    blocks, kinds, span = reading.blocks, reading.kinds, reading.core
    if not span:
        return frozenset()
    kept = [kind in (Kind.PROSE, Kind.SHORT) for kind in kinds]
    # a list of key points between the headline and the report keeps neither from the other
    above = range(max(span.start - HEAD_FIELDS, 0), span.start)
    listed = sum(bool(BULLET.match(blocks[i])) for i in above)
    fields = range(span.start - HEAD_FIELDS - listed, span.start)
    head = {
        i
        for i in range(span.start)
        if kinds[i] is not Kind.PROSE and not (i in fields and (kept[i] or is_field(blocks[i])))
    }
    foot = _lists(blocks, span.stop, kinds) | _teasers(blocks, kinds) | _summary_box(blocks, span)
    foot |= _link_list(blocks, span.stop) | _links_inside(blocks, kinds, span)
    listed = _introduces(blocks[span.stop - 1])
    balance = 0
    for index in range(span.stop, len(blocks)):
        if listed and kinds[index] is Kind.OTHER:
            continue  # the report's own list, up to its next sentence
        balance += _score(blocks[index], kinds[index])
        if balance < -FOOT_GAP:  # the report does not resume after so much furniture
            return frozenset(head | foot | set(range(index, len(blocks))))
        listed = kept[index] and _introduces(blocks[index])
        if not kept[index] and not _between(blocks, index, kept, foot):
            foot.add(index)
    return frozenset(head | foot)


def _teasers(blocks: tuple[str, ...], kinds: tuple[Kind, ...]) -> set[int]:
    """The paragraphs cut off with ``...`` that have prose after them: teasers; not the
    report's own standfirst (:func:`_standfirst`)."""
    last = max((i for i, kind in enumerate(kinds) if kind is Kind.PROSE), default=-1)
    cut = {i for i in range(last) if kinds[i] is Kind.CUT}
    if not cut:  # most captures: no report's words to read
        return cut
    first = min(cut)
    report = stems(
        "\n".join(b for b, kind in zip(blocks, kinds, strict=True) if kind is Kind.PROSE)
    )
    return cut - {first} if _standfirst(blocks[first], blocks[first + 1 :], report) else cut


def _standfirst(block: str, after: tuple[str, ...], report: set[str]) -> bool:
    """A site's summary under its headline, cut off with ``...``: whole sentences before
    the cut, most of its telling words the report's (``wordstems``), and not the report's
    opening again (a copy of its lede, cut). Another story's teaser is one sentence cut,
    or tells of other things; a photo's caption, cut, dates its photo (``on 3 March 2019``)."""
    text = block.strip()
    opening = SENTENCE_BREAK.split(text, maxsplit=1)[0]
    if len(opening) == len(text) or find_dates(opening):
        return False
    if any(line.strip().startswith(opening) for line in after):
        return False
    own = stems(text)
    return 2 * len(own & report) >= len(own)


def _summary_box(blocks: tuple[str, ...], span: range) -> set[int]:
    """The bulleted lines (``LIST_RUN`` or more) that open the core before the report's
    first paragraph: a summary box, key points, a ticker. A report opens with a paragraph;
    its own list follows a sentence that introduces it."""
    first = next((i for i in span if not BULLET.match(blocks[i])), span.stop)
    box = set(range(span.start, first))
    return box if len(box) >= LIST_RUN and first < span.stop else set()


def _link_list(blocks: tuple[str, ...], start: int) -> set[int]:
    """The bulleted short lines below the core, ``LIST_RUN`` or more in a row, that no line
    ending in ``:`` introduces: a list of links to other stories (``- Another headline``),
    with a stop or without. The report's own list follows a sentence that introduces it."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(start, len(blocks) + 1):
        if index < len(blocks) and _linked(blocks[index]):
            run.append(index)
            continue
        introduced = bool(run) and _introduces(blocks[run[0] - 1])
        found |= set(run) if len(run) >= LIST_RUN and not introduced else set()
        run = []
    return found


def _links_inside(blocks: tuple[str, ...], kinds: tuple[Kind, ...], span: range) -> set[int]:
    """Two or more bulleted headlines (no stop, ``HEADLINE_WORDS`` words or more) between
    two paragraphs of the report, that no sentence ending in ``:`` introduces: links to
    other stories set inside it (``- Another headline``)."""
    found: set[int] = set()
    run: list[int] = []
    for index in span:
        if kinds[index] is Kind.OTHER and _linked(blocks[index]):
            run.append(index)
            continue
        headlines = all(len(_WORD.findall(blocks[i])) >= HEADLINE_WORDS for i in run)
        between = bool(run) and kinds[run[0] - 1] is Kind.PROSE and kinds[index] is Kind.PROSE
        if len(run) >= 2 and headlines and between and not _introduces(blocks[run[0] - 1]):
            found |= set(run)
        run = []
    return found


def _linked(block: str) -> bool:
    """A bulleted line of at most ``LIST_WORDS`` words: a line a list of links holds."""
    return bool(BULLET.match(block)) and len(_WORD.findall(block)) <= LIST_WORDS


def _introduces(block: str) -> bool:
    """A sentence that introduces a list: "... the following:"."""
    return block.rstrip().endswith(":")


def _between(blocks: tuple[str, ...], index: int, kept: list[bool], dropped: set[int]) -> bool:
    """A label of a few words after a line that stays and before a sentence that stays:
    a subheading or a timeline's date, which a report's last short paragraphs may have."""
    after = index + 1
    return (
        len(_WORD.findall(blocks[index])) <= LABEL_WORDS
        and kept[index - 1]
        and index - 1 not in dropped
        and after < len(blocks)
        and kept[after]
        and after not in dropped
    )


def _lists(blocks: tuple[str, ...], start: int, kinds: tuple[Kind, ...]) -> set[int]:
    """Runs of short lines from ``start`` on that hold ``LIST_RUN`` or more short sentences:
    lists of other stories' headlines, written with a full stop or ``!``, some perhaps with
    none (a headline of ``HEADLINE_WORDS`` words or more without a stop stays in the run).
    A report's own timeline sets a date between its sentences, shorter than a headline."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(start, len(blocks) + 1):
        if index < len(blocks) and _listed(blocks[index], kinds[index]):
            run.append(index)
            continue
        sentences = sum(kinds[i] is not Kind.OTHER for i in run)
        found |= set(run) if sentences >= LIST_RUN else set()
        run = []
    return found


def _listed(block: str, kind: Kind) -> bool:
    """A short sentence, or a headline without a stop: a line a list of headlines holds."""
    words = len(_WORD.findall(block))
    return _short(block, kind) or (kind is Kind.OTHER and HEADLINE_WORDS <= words <= LIST_WORDS)
