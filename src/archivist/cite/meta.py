"""Citation data inside each article page: Highwire Press and Dublin Core meta tags, JSON-LD.

Zotero, Google Scholar and other reference managers read the ``citation_*``
tags; search engines and linked-data tools read the schema.org JSON-LD.
Both come from the same :class:`~archivist.cite.citation.Citation`.

Zotero's Embedded Metadata translator decides the item type: ``citation_journal_title``
would make every report a journal article, so the publication is given as ``DC.source``
(Zotero's *Publication*), ``DC.type`` says "News Item" and ``z.itemType``, Zotero's own
tag, says *Newspaper Article*; a press release or statement is a *Report* whose
*Institution* is the source (``DC.publisher``) and *Report Type* the ``DC.type``
(:mod:`archivist.cite.item_types`). ``DC.coverage`` is what Zotero reads as *Loc. in Archive*
(the short id); with ``z.itemType`` present, Zotero keeps ``DC.description`` as *Extra*,
where the credited original source goes, as the RIS note words it. Not as ``Original
Publisher: ...``: Zotero would pass that on as CSL ``original-publisher``, which APA
prints as "(Original work published <agency>)". No tag sets *Archive*.
An unknown value is left out, never written as a placeholder, and no author is
invented: the outlet is the publication, not a person.
"""

from __future__ import annotations

import json
from typing import Any

from archivist.content.dates import PartialDate

from .citation import Citation, PlaceRef


def _slashed(date: PartialDate) -> str:
    """Highwire dates: ``YYYY/MM/DD``, or ``YYYY/MM`` or ``YYYY`` when only that is known."""
    return date.iso.replace("-", "/")


def highwire(c: Citation) -> list[tuple[str, str]]:
    """``citation_*`` (name, content) pairs, in a stable order; unknown values are left out."""
    tags = [("citation_title", c.title)]
    tags += [("citation_author", name) for name in c.authors]
    if c.date:
        tags += [
            ("citation_publication_date", _slashed(c.date)),
            # Zotero takes the last date tag as written: ISO, as a partial date stays partial
            ("citation_date", c.date.iso),
        ]
    if c.source and not c.kind.is_news:  # the issuer of a press release or statement
        tags.append(("citation_technical_report_institution", c.source))
    tags.append(("citation_language", c.language))
    if c.permalink:
        tags += [("citation_public_url", c.permalink), ("citation_fulltext_html_url", c.permalink)]
    tags += [("citation_archive_name", c.site.name), ("citation_id", c.id)]
    if c.tags:
        tags.append(("citation_keywords", "; ".join(c.tags)))
    if c.summary:
        tags.append(("citation_abstract", c.summary))
    return tags


def dublin_core(c: Citation) -> list[tuple[str, str]]:
    """What Dublin Core adds: the kind of item, the publication it comes from (its name,
    when known), and the collection it is in."""
    tags = [("DC.title", c.title), ("DC.type", c.kind.dc_type), ("DC.language", c.language)]
    tags += [("DC.creator", name) for name in c.authors]
    if c.date:
        tags.append(("DC.date", c.date.iso))
    if c.source:  # Zotero's Publication of a news report, its Institution for a report
        tags.append(("DC.source" if c.kind.is_news else "DC.publisher", c.source))
    if c.credit:
        tags.append(("DC.description", c.credit))
    tags += [("DC.relation.isPartOf", c.site.name), ("DC.coverage", c.id)]
    if c.permalink:
        tags.append(("DC.identifier", c.permalink))
    return [*tags, ("z.itemType", c.kind.zotero)]


def json_ld_data(c: Citation) -> dict[str, Any]:
    """schema.org: the archived copy, a news article in the archive, based on the original.

    The page is the archive's copy (``url``, ``dateCreated`` when it was captured); the
    report it copies is its ``isBasedOn``: the original's address, publisher and date,
    the copy as its ``archivedAt``, and the report it credits as its own ``isBasedOn``.
    An imported report is also based on its raw capture, which the site publishes: a
    ``MediaObject`` with its ``sha256`` (see :func:`_capture`).
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": [c.kind.schema, "ArchiveComponent"],
        "headline": c.title,
        "name": c.title,
        "inLanguage": c.language,
        "identifier": c.id,
        "isPartOf": {"@type": "Collection", "name": c.site.name},
        "holdingArchive": {"@type": "ArchiveOrganization", "name": c.site.name},
    }
    if c.site.public_url:
        data["isPartOf"]["url"] = c.site.absolute("")
    if c.permalink:
        data["@id"] = data["url"] = c.permalink
    if c.kind.genre:
        data["genre"] = c.kind.genre
    if c.date:
        data["datePublished"] = c.date.iso
    if c.archived:
        data["dateCreated"] = c.archived.iso
    if c.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in c.authors]
    if c.source:
        data["publisher"] = _organization(c.source)
    based_on = [found for found in (_original(c), _capture(c)) if found]
    if based_on:
        data["isBasedOn"] = based_on[0] if len(based_on) == 1 else based_on
    return data | _about(c)


def _capture(c: Citation) -> dict[str, Any]:
    """The raw capture the page's text was taken from, byte for byte as published beside
    it: the evidence a reader checks the report against, by its SHA-256.

    ``isBasedOn`` ("a resource from which this work is derived") says what the page is to
    the capture; ``MediaObject`` is schema.org's type for a file with a ``sha256``,
    ``contentUrl`` and ``encodingFormat`` (``application/warc`` for a web-archive record);
    its ``dateCreated`` is when the capture was made.
    """
    if c.capture is None:
        return {}
    data: dict[str, Any] = {
        "@type": "MediaObject",
        "name": c.capture.path,
        "sha256": c.capture.sha256,
    }
    if c.capture.encoding_format:
        data["encodingFormat"] = c.capture.encoding_format
    if c.site.public_url:
        data["contentUrl"] = c.site.absolute(c.capture.path)
    if c.archived:
        data["dateCreated"] = c.archived.iso
    return data


def _about(c: Citation) -> dict[str, Any]:
    """What the report is about: its summary, tags and places."""
    data: dict[str, Any] = {}
    if c.summary:
        data["description"] = c.summary
    if c.tags:
        data["keywords"] = list(c.tags)
    if c.places:
        data["contentLocation"] = _places(c.places)
    return data


def _organization(name: str) -> dict[str, str]:
    return {"@type": "Organization", "name": name}


def _original(c: Citation) -> dict[str, Any]:
    """The report as first published, when anything is known of it beyond this copy."""
    if not (c.source_url or c.original_source):
        return {}
    original: dict[str, Any] = {"@type": c.kind.schema, "headline": c.title}
    if c.source_url:
        original["url"] = c.source_url
    if c.source:
        original["publisher"] = _organization(c.source)
    if c.date:
        original["datePublished"] = c.date.iso
    if c.permalink:
        original["archivedAt"] = c.permalink
    if c.original_source:
        original["isBasedOn"] = {
            "@type": "CreativeWork",
            "publisher": _organization(c.original_source),
        }
    return original


def _places(places: tuple[PlaceRef, ...]) -> list[dict[str, Any]]:
    """Each place once, with every other name the article wrote it under."""
    first: dict[str, PlaceRef] = {}
    written: dict[str, list[str]] = {}
    for place in places:
        first.setdefault(place.name, place)
        names = written.setdefault(place.name, [])
        if place.written != place.name and place.written not in names:
            names.append(place.written)
    return [_place(first[name], written[name]) for name in first]


def _place(place: PlaceRef, other_names: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Place", "name": place.name}
    if other_names:
        data["alternateName"] = other_names[0] if len(other_names) == 1 else other_names
    if place.lat is not None and place.lon is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}
    return data


def json_ld(c: Citation) -> str:
    """The JSON-LD text, safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no ``</script>`` or
    ``<!--`` can appear in it, and the text is still the same JSON.
    """
    text = json.dumps(json_ld_data(c), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
