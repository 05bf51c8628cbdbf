"""Turn one capture into a draft article: every field, and what needs a human look."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from archivist.content.dates import PartialDate
from archivist.content.model import DRAFT
from archivist.content.slugs import slugify
from archivist.text.folding import fold

from .addresstitle import address_doubt, addressed_headline
from .boilerplate import captions, strip_furniture
from .capture import Capture
from .datelines import join_labels
from .duplicates import fingerprint
from .headdates import settle_date
from .headline import read_head
from .hostnames import named_like_host
from .language import identify, is_uncertain
from .pageframe import SHORT_WORDS, is_sentence, site_of
from .placehints import possible_places, unknown_places
from .placelines import below_report, in_other_headlines
from .placenames import PlaceIndex
from .plaintext import escape_markdown, markdown_heading
from .provenance import raw_digest, raw_file
from .provinces import kind_flags
from .sentences import SENTENCE_BREAK
from .sources import find_source, page_address
from .writer import FieldValue

MAX_SUMMARY = 500
_METHODS = {"text": "page text", "html": "saved HTML page", "markdown": "Markdown text"}
SUMMARY_SEARCH = 4
NO_DATE_NOTE = (
    "No publication date is stated near the title or in the page's metadata; dates in "
    "the text are dates of events. Add 'date:' if the publication date is known."
)


@dataclass(frozen=True)
class Draft:
    """A capture read into the content model's fields, not yet given a slug or a file."""

    capture: Capture
    title: str
    date: PartialDate | None
    date_note: str
    language: str
    source: str
    source_url: str
    source_note: str
    authors: tuple[str, ...]
    places: tuple[str, ...]
    summary: str
    body: tuple[str, ...]
    fingerprint: str
    flags: tuple[str, ...]
    original_source: str = ""  # the agency the text credits, when another site published it

    @property
    def slug_base(self) -> str:
        """The title as a slug; the capture's file name, then its fingerprint, if that is empty."""
        return (
            slugify(self.title)
            or slugify(self.capture.path.stem)
            or f"article-{self.fingerprint[:10]}"
        )

    @property
    def markdown_body(self) -> tuple[str, ...]:
        """The body as the article's Markdown: a text or HTML capture's words escaped so
        that they show as published, the lines a saved page marks as headings as ``##``
        headings; a Markdown capture's paragraphs as they are."""
        if self.capture.kind == "markdown":
            return self.body
        return tuple(
            markdown_heading(block) if block in self.capture.headings else escape_markdown(block)
            for block in self.body
        )

    def fields(self, slug: str) -> dict[str, FieldValue]:
        return {
            "title": self.title,
            "slug": slug,
            "date": self.date.iso if self.date else "",
            "date_note": self.date_note,
            "language": self.language,
            "source": self.source,
            "source_url": self.source_url,
            "source_note": self.source_note,
            "original_source": self.original_source,
            "authors": self.authors,
            "places": self.places,
            "summary": self.summary,
            "status": DRAFT,  # published by the curator, not by the import
            "imported_from": self.capture.path.name,
            "archived": archived_day(self.capture.captured_at),
            "capture_method": self.capture.method or _METHODS.get(self.capture.kind, ""),
            "capture_file": raw_file(self.capture),
            "raw_sha256": raw_digest(self.capture),
            "capture_sha256": self.fingerprint,
        }


def make_draft(
    capture: Capture,
    places: PlaceIndex | None,
    source_url: str = "",
    site_lines: frozenset[str] = frozenset(),
) -> Draft:
    """Read title, date, language, source, places and body from ``capture``; ``site_lines``
    are the labels (folded) the same site's other captures repeat."""
    meta = capture.meta
    blocks = strip_furniture(
        join_labels(capture.blocks), site_lines, by_place=capture.kind == "text"
    )
    # a text capture has no <title>: the line the page's address names stands in for it
    title = meta.title or addressed_headline(blocks, source_url or meta.url)
    head = read_head(blocks, title, meta.published, capture.headings)
    text = "\n".join((head.title, *head.body))
    language = identify(text)
    # a masthead's day, the site's day in its own language, a statement's signature
    head = settle_date(head, capture.blocks, language.code)
    flags = list(head.flags)
    authors = head.authors or _named(meta.author)
    if authors and not head.authors:
        flags.append("authors read from the page's metadata (trafilatura): check them")
    if is_uncertain(language):
        flags.append(f"language uncertain ({language.code or 'none'} {language.confidence:.2f})")
    # the publication's own name as the text writes it (Syria Direct of syriadirect.org)
    address = page_address(meta.url, source_url)
    publication = named_like_host(capture.blocks, address)
    found_places: tuple[str, ...] = ()
    if places is None:
        flags.append("places not matched (no gazetteer)")
    else:
        named = "\n".join((text, *captions(capture.blocks)))  # a caption names places too
        named = named.replace(publication, " ") if publication else named
        matches = places.find(named, language.code)
        found_places = tuple(match.place for match in matches)
        flags += [f"read “{m.written}” as {m.place}" for m in matches if m.approximate]
        flags += [
            f"place {m.place} read from “{m.written}”, {m.doubt}: is it the place?"
            for m in matches
            if m.doubt
        ]
        flags += kind_flags([(m.place, m.beside) for m in matches if m.kind_open])
        doubts = places.kinds.direction_regions(named)  # "northeastern Syria": the region?
        flags += [f"place {r}: does “{w}” name it?" for w, r in doubts if r not in found_places]
        flags += below_report(capture.blocks, found_places, places, language.code)
        flags += in_other_headlines(head.body, named, found_places, places, language.code)
        unknown = unknown_places(named, places, places.suggest)
        flags += [f"unknown place: {name}" for name in unknown]
        flags += _possible(possible_places(named, places, language.code), unknown)
    source = find_source(capture.blocks, meta.site_name, address, _place_test(places), publication)
    flags += [source.flag] if source.flag else []
    if head.title and fold(head.title) in _site_names(meta.site_name, source_url or meta.url):
        flags.append(f"title “{head.title}” is the site's name: write the headline")
    flags += address_doubt(head.title, capture.blocks, source_url or meta.url)
    summary = _summary(tuple(b for b in head.body if b not in capture.headings))
    if head.body and not summary:
        flags.append(_no_summary(head.body))
    if not head.body:
        flags.append("empty body")
    if capture.encoding != "utf-8":
        flags.append(f"decoded as {capture.encoding}; check the text")
    return Draft(
        capture=capture,
        title=head.title or capture.path.stem,
        date=head.date,
        date_note=_date_note(head.date, head.date_evidence, head.flags),
        language=language.code,
        source=source.source,
        source_url=source.source_url,
        source_note=source.note,
        authors=authors,
        places=found_places,
        summary=summary,
        body=head.body,
        fingerprint=fingerprint("\n\n".join(head.body)),
        flags=tuple(flags),
        original_source=source.original,
    )


def _possible(names: list[str], reported: list[str]) -> list[str]:
    """One flag naming the places the report may name that the gazetteer lacks, but for
    those already reported as unknown."""
    names = [name for name in names if not any(r.startswith(name) for r in reported)]
    if not names:
        return []
    if len(names) == 1:
        return [f"possible place not in the gazetteer: {names[0]} (add it to gazetteer.yaml)"]
    return [
        f"possible places not in the gazetteer: {', '.join(names)} (add them to gazetteer.yaml)"
    ]


def archived_day(captured_at: str) -> str:
    """The day a web archive made the capture: its ``WARC-Date`` (UTC) as ``YYYY-MM-DD``,
    what citations show as the date archived; "" when there is none or it is unreadable."""
    try:
        return PartialDate.parse(captured_at[:10]).iso if captured_at else ""
    except ValueError:
        return ""


def _named(authors: str) -> tuple[str, ...]:
    """The names in a page's metadata, as trafilatura gives them: ``A; B``."""
    return tuple(name.strip() for name in authors.split(";") if name.strip())


def _date_note(date: PartialDate | None, evidence: str, flags: tuple[str, ...]) -> str:
    if date is not None:
        return f"Read at import from “{evidence}”; check it."
    ambiguous = next((flag for flag in flags if flag.startswith("ambiguous date")), "")
    if ambiguous:
        return f"Left out at import: {ambiguous}. Add 'date:' once it is settled."
    return NO_DATE_NOTE


def _summary(body: tuple[str, ...]) -> str:
    """The report's first paragraph that is a sentence of some length (never a caption,
    a counter or a credit line); when it is too long, its first sentences that fit."""
    for block in body[:SUMMARY_SEARCH]:
        text = re.sub(r"\s+", " ", block.strip())
        if is_sentence(text) and len(text.split()) > SHORT_WORDS:
            return first_sentences(text, MAX_SUMMARY)
    return ""


def _no_summary(body: tuple[str, ...]) -> str:
    if any(is_sentence(block) for block in body[:SUMMARY_SEARCH]):
        return f"no summary: the report's first sentence is over {MAX_SUMMARY} characters"
    return "no summary: no paragraph of the report reads as a sentence"


#: A sentence ends at a closed stop before a space (``sentences.SENTENCE_BREAK``), unless
#: the full stop ends an initial or an abbreviation: "U.S.", "Gen.", "Dr.".
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|St|No|Jan|Feb|Aug|Sept?|Oct|"
    r"Nov|Dec|Prof|Rev|vs|etc))\.$"
)


def first_sentences(text: str, limit: int) -> str:
    """``text`` when it is at most ``limit`` characters long; otherwise its first sentences
    that fit, or "" when even the first sentence does not."""
    if len(text) <= limit:
        return text
    end = 0
    for found in SENTENCE_BREAK.finditer(text, 0, limit + 1):
        if found.end() <= limit and not _ABBREVIATION.search(text[: found.end()]):
            end = found.end()
    return text[:end]


def _site_names(site_name: str, url: str) -> set[str]:
    """The site's name and its address's host, folded: what a title must not be."""
    host = site_of(url)
    names = {fold(site_name), fold(host), fold(host.rsplit(".", 1)[0])}
    return {name for name in names if name}


def _place_test(places: PlaceIndex | None) -> Callable[[str], bool]:
    """Whether a whole name is a place the gazetteer knows (never a publication)."""

    def is_place(name: str) -> bool:
        key = fold(name.strip())
        return places is not None and any(fold(m.written) == key for m in places.find(name))

    return is_place
