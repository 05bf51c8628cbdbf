"""Citation data inside each article page: Highwire Press and Dublin Core meta tags, JSON-LD.

Zotero, Google Scholar and other reference managers read the ``citation_*``
tags; search engines and linked-data tools read the schema.org JSON-LD.
Both come from the same :class:`~archivist.cite.citation.Citation`.
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
            ("citation_date", _slashed(c.date)),
        ]
    tags.append(("citation_journal_title", c.source_label))
    if c.source:
        tags.append(("citation_publisher", c.source))
    tags.append(("citation_language", c.language))
    if c.permalink:
        tags += [("citation_public_url", c.permalink), ("citation_fulltext_html_url", c.permalink)]
    tags += [("citation_archive_name", c.site.name), ("citation_id", c.id)]
    if c.tags:
        tags.append(("citation_keywords", "; ".join(c.tags)))
    return tags


def dublin_core(c: Citation) -> list[tuple[str, str]]:
    """What Dublin Core adds: the original it was copied from, and the collection it is in."""
    tags = [("DC.title", c.title), ("DC.type", "Text"), ("DC.language", c.language)]
    tags += [("DC.creator", name) for name in c.authors]
    if c.date:
        tags.append(("DC.date", c.date.iso))
    tags.append(("DC.source", c.source_url or c.source_label))
    tags.append(("DC.relation.isPartOf", c.site.name))
    if c.permalink:
        tags.append(("DC.identifier", c.permalink))
    return tags


def json_ld_data(c: Citation) -> dict[str, Any]:
    """schema.org: a news article that is also a component of the archive."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": ["NewsArticle", "ArchiveComponent"],
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
    if c.date:
        data["datePublished"] = c.date.iso
    if c.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in c.authors]
    if c.source:
        data["publisher"] = {"@type": "Organization", "name": c.source}
    if c.source_url:
        data["sameAs"] = c.source_url
    if c.summary:
        data["description"] = c.summary
    if c.tags:
        data["keywords"] = list(c.tags)
    if c.places:
        data["contentLocation"] = [_place(p) for p in c.places]
    return data


def _place(place: PlaceRef) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Place", "name": place.name}
    if place.written != place.name:
        data["alternateName"] = place.written
    if place.lat is not None and place.lon is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon}
    return data


def json_ld(c: Citation) -> str:
    """The JSON-LD text, safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so no ``</script>`` or
    ``<!--`` can appear in it, and the text is still the same JSON.
    """
    text = json.dumps(json_ld_data(c), ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
