"""The full-text search index, a serialised lunr index for lunr.js in the browser.

Pure: documents in, a serialised lunr index (a dict) out, testable without a build;
:mod:`archivist.search.lunr_writer` writes it (exactly what lunr.py's Builder would, faster).
:mod:`archivist.search.files` cuts it into the term shards and document store the site
serves. Documents get short numeric refs (their position in the archive's order); text
goes through :mod:`archivist.text.textpipeline`, whose functions the serialised index names,
so lunr.js searches with the same steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from itertools import chain
from typing import Any

from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.places.placenames import PlaceName
from archivist.reuse.memo import Memo
from archivist.text import textpipeline
from archivist.text.folding import fold

from . import lunr_writer

#: Searchable fields and their boosts; ``field:term`` queries name these.
FIELDS = (("title", 3), ("tags", 2), ("places", 2), ("body", 1))


@dataclass(frozen=True)
class PlaceRef:
    """A place an article names: its facet key (the gazetteer id; "" for a name the
    gazetteer does not know, which is searched but is no facet), its label and every
    name to index."""

    key: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class SearchDocument:
    """One article as the search index and the result list see it."""

    url: str
    title: str
    date: str
    source: str
    language: str
    tags: tuple[str, ...]
    places: tuple[str, ...]
    place_refs: tuple[PlaceRef, ...]
    summary: str
    body: str


def place_refs(names: Iterable[PlaceName]) -> tuple[PlaceRef, ...]:
    """The resolved place names of an article, each place once: a known place brings all
    its names; an unknown name only itself, and no facet key."""
    refs: dict[tuple[bool, str], PlaceRef] = {}
    for named in names:
        place, written = named.place, named.written
        if place is None:
            refs.setdefault((False, fold(written)), PlaceRef("", written, (written,)))
        else:
            spellings = tuple(dict.fromkeys((written, place.name, *place.all_names)))
            refs.setdefault((True, place.id), PlaceRef(place.id, place.name, spellings))
    return tuple(refs.values())


#: A :class:`PlaceRef` as plain values: key, label, names.
PlainRef = tuple[str, str, tuple[str, ...]]
#: An article as plain values, for the search worker: url, title, date, source, language,
#: tags, places as written and as resolved, summary and the body as HTML (see
#: :func:`plain_fields`).
PlainFields = tuple[
    str, str, str, str, str, tuple[str, ...], tuple[str, ...], tuple[PlainRef, ...], str, str
]


def plain_fields(
    article: Article, url: str, places: Sequence[PlaceName], bodies: Memo[str] | None = None
) -> PlainFields:
    """What the index needs of ``article``, published at ``url`` and naming ``places`` (as
    resolved), as text and tuples of text (its body rendered, or taken from ``bodies``).

    Plain, so that ``marshal`` can hand it to another process: ``pickle`` would keep a
    UTF-8 copy of every non-ASCII text it writes inside the text, for good (measured:
    16 MB kept for a thousand articles of 16 KB).
    """
    return (
        url,
        article.title,
        article.date.iso if article.date else "",
        article.source,
        article.language,
        article.tags,
        article.places,
        tuple((ref.key, ref.label, ref.names) for ref in place_refs(places)),
        article.summary,
        article_html(article, bodies),
    )


def document_of(fields: PlainFields) -> SearchDocument:
    """The search document of an article's :func:`plain_fields`."""
    url, title, date, source, language, tags, places, refs, summary, html = fields
    return SearchDocument(
        url=url,
        title=title,
        date=date,
        source=source,
        language=language,
        tags=tags,
        places=places,
        place_refs=tuple(PlaceRef(*ref) for ref in refs),
        summary=summary,
        body=plain_text(html),
    )


def search_document(article: Article, url: str, places: Sequence[PlaceName]) -> SearchDocument:
    """The article, published at ``url`` and naming ``places`` (as resolved), as the index
    sees it."""
    return document_of(plain_fields(article, url, places))


def build_index(documents: Iterable[SearchDocument]) -> str:
    """The monolithic serialised lunr index (JSON text) of ``documents``; refs are "0", "1", ..."""
    terms = TermCounter()
    return lunr_writer.serialised_index(
        FIELDS, map(terms.of, documents), textpipeline.LABELS, sort_key=utf16_key
    )


def field_texts(document: SearchDocument) -> dict[str, str]:
    """The text of each of :data:`FIELDS` of ``document``."""
    return {
        "title": document.title,
        "tags": " ; ".join(document.tags),
        "places": " ; ".join(n for p in document.place_refs for n in p.names),
        # The source's name too, so that a report is found by who published it.
        "body": f"{document.summary}\n{document.body}\n{document.source}",
    }


class TermCounter(dict[str, tuple[str, ...]]):
    """Counts the terms of each field of a document, as lunr.py's Builder gets them.

    lunr.py's tokenizer lower-cases each white-space-separated piece it is given, then
    the pipeline (:func:`archivist.text.textpipeline.terms`) splits it into words, drops stop
    words and stems. Pieces repeat (Zipf), so each is run once.
    """

    def __missing__(self, piece: str) -> tuple[str, ...]:
        self[piece] = found = tuple(textpipeline.terms(piece.lower()))
        return found

    def of(self, document: SearchDocument) -> list[Counter[str]]:
        """How often each term occurs in each field, in order of first appearance."""
        texts = field_texts(document)
        return [self._counts(texts[name]) for name, _ in FIELDS]

    def _counts(self, text: str) -> Counter[str]:
        return Counter(chain.from_iterable(map(self.__getitem__, text.split())))


def utf16_key(text: str) -> bytes:
    """Sort key giving JavaScript's string order."""
    return text.encode("utf-16-be", "surrogatepass")


def store_record(document: SearchDocument) -> dict[str, Any]:
    """What the result list shows of a document, and what its facets count; ``text``, the
    whole body, and ``names``, every name of its places, go to a file of its own (see
    :mod:`archivist.search.files`)."""
    return {
        "url": document.url,
        "title": document.title,
        "date": document.date,
        "source": document.source,
        "language": document.language,
        "tags": list(document.tags),
        "places": list(document.places),
        "summary": document.summary,
        "text": document.body,
        "names": " ".join(n for p in document.place_refs for n in p.names),
    }


def facet_table(documents: Sequence[SearchDocument]) -> dict[str, Any]:
    """Facet values of every document, small enough to filter and count a whole result set.

    ``values`` lists each facet's distinct values (gazetteer places as ``[id, label]``; a
    name the gazetteer does not know is none); ``docs``
    holds per document ``[date, language, source, [tags], [places]]`` as positions in them.
    """
    tags = sorted({t for d in documents for t in d.tags})
    places = sorted({(p.key, p.label) for d in documents for p in d.place_refs if p.key})
    languages = sorted({d.language for d in documents})
    sources = sorted({d.source for d in documents if d.source})
    position = {
        "tag": {v: i for i, v in enumerate(tags)},
        "place": {key: i for i, (key, _) in enumerate(places)},
        "language": {v: i for i, v in enumerate(languages)},
        "source": {v: i for i, v in enumerate(sources)},
    }
    docs = [
        [
            d.date,
            position["language"][d.language],
            position["source"].get(d.source, -1),
            [position["tag"][t] for t in d.tags],
            sorted({position["place"][p.key] for p in d.place_refs if p.key}),
        ]
        for d in documents
    ]
    values = {
        "tag": tags,
        "place": [list(p) for p in places],
        "language": languages,
        "source": sources,
    }
    return {"values": values, "docs": docs}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" ")


def plain_text(html: str) -> str:
    """The text of an HTML fragment, white space collapsed."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())
