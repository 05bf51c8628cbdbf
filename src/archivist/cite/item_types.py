"""What kind of item a report is (front-matter ``type:``), as each citation format names it.

A news report (the default) is a newspaper article everywhere. A press release or a
statement is issued by an organisation, not printed in a publication: every format
calls it a report of that genre, issued by the source.

======================  ==========================  ==========================
``type:``               Zotero, CSL                 BibTeX, RIS, schema.org
======================  ==========================  ==========================
``news`` (default)      newspaperArticle,           ``@article`` (newspaper),
                        article-newspaper           NEWS, NewsArticle
``press-release``       report "Press release",     ``@report``, RPRT, Report
                        report "Press release"
``statement``           report "Statement",         ``@report``, RPRT, Report
                        report "Statement"
======================  ==========================  ==========================

RIS has a ``PRESS`` type, but Zotero's RIS import does not know it (it would save a
journal article); ``RPRT`` with the genre in ``M3`` is Zotero's report and report type.
"""

from __future__ import annotations

from dataclasses import dataclass

from archivist.content.model import Article
from archivist.errors import Problem


@dataclass(frozen=True)
class ItemType:
    #: The front-matter value.
    name: str
    #: Zotero's item type (``z.itemType``).
    zotero: str
    #: Dublin Core ``DC.type``: what Zotero keeps as the report type, so the genre.
    dc_type: str
    #: The CSL type, and its ``genre`` ("" for news).
    csl: str
    genre: str
    bibtex: str
    ris: str
    schema: str

    @property
    def is_news(self) -> bool:
        """Whether the source is a publication the report appeared in (else its issuer)."""
        return self.csl == "article-newspaper"


NEWS = ItemType(
    "news",
    "newspaperArticle",
    "News Item",
    "article-newspaper",
    "",
    "article",
    "NEWS",
    "NewsArticle",
)
TYPES = {
    t.name: t
    for t in (
        NEWS,
        ItemType(
            "press-release", "report", "Press release", "report", "Press release", "report",
            "RPRT", "Report",
        ),
        ItemType(
            "statement", "report", "Statement", "report", "Statement", "report", "RPRT", "Report"
        ),
    )
}  # fmt: skip


def item_type(article: Article) -> ItemType | Problem:
    """The front-matter's ``type:`` (default ``news``), checked."""
    raw = article.extra.get("type")
    if raw is None or raw == "":
        return NEWS
    if isinstance(raw, str) and raw in TYPES:
        return TYPES[raw]
    return Problem(
        article.path,
        article.lines.get("type", 1),
        f"'type' is not valid: {raw!r}",
        f"write one of {', '.join(TYPES)} (or leave it out for news)",
    )
