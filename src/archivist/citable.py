"""Everything the site shows and writes to make each article citable, computed once.

Joins the permalink plan (ids, lock) with the citation formats: per article, the
meta tags, JSON-LD, formatted references and the files ``cite.bib``,
``cite.ris`` and ``cite.json`` written next to its page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import citation_formats, citation_meta
from .citation import Citation, PlaceRef, PlaceResolver, SiteInfo, citation
from .config import ArchiveConfig
from .gazetteer import Gazetteer
from .model import Article
from .permalinks import Plan, plan_content
from .references import Reference, references

#: File name -> (format name, media type) of the citation files next to each article.
CITE_FILES = {
    "cite.bib": ("BibTeX", "application/x-bibtex"),
    "cite.ris": ("RIS", "application/x-research-info-systems"),
    "cite.json": ("CSL-JSON", "application/vnd.citationstyles.csl+json"),
}


@dataclass(frozen=True)
class ArticleCitation:
    """What the templates show for one article, and the files written beside it."""

    citation: Citation
    meta: tuple[tuple[str, str], ...]
    json_ld: str
    references: tuple[Reference, ...]
    files: Mapping[str, str]


def site_info(settings: Mapping[str, Any]) -> SiteInfo:
    """The archive's name and address: ``ARCHIVE["public_url"]``, else an absolute SITEURL."""
    config = ArchiveConfig.from_settings(settings)
    siteurl = str(settings.get("SITEURL", ""))
    public = config.public_url or (siteurl if siteurl.startswith(("http://", "https://")) else "")
    return SiteInfo(str(settings.get("SITENAME", "")), public.rstrip("/"))


def place_resolver(gazetteer: Gazetteer) -> PlaceResolver:
    """Names as written -> the gazetteer's name and coordinates (None when it does not know it)."""

    def resolve(written: str) -> PlaceRef | None:
        place = gazetteer.resolve(written)
        if place is None:
            return None
        return PlaceRef(place.name, written, place.lat, place.lon)

    return resolve


def article_citation(c: Citation) -> ArticleCitation:
    files = {
        "cite.bib": citation_formats.bibtex(c),
        "cite.ris": citation_formats.ris(c),
        "cite.json": citation_formats.csl_json(c),
    }
    meta = (*citation_meta.highwire(c), *citation_meta.dublin_core(c))
    return ArticleCitation(c, meta, citation_meta.json_ld(c), references(c), files)


def citable_articles(
    content_dir: Path,
    articles: Sequence[Article],
    site: SiteInfo,
    resolve: PlaceResolver | None = None,
) -> tuple[Plan, dict[str, ArticleCitation]]:
    """The permalink plan and each article's citation data, by slug."""
    plan = plan_content(content_dir, articles)
    ids = plan.ids
    cites = {a.slug: article_citation(citation(a, ids[a.slug], site, resolve)) for a in articles}
    return plan, cites
