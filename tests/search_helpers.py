"""Search documents as a build makes them: each article at its address, its places resolved."""

from __future__ import annotations

from pathlib import Path

from archivist.config import ArticleUrls
from archivist.content.articles import load_archive
from archivist.content.model import Article
from archivist.places.gazetteer import load_gazetteer
from archivist.places.placenames import place_names
from archivist.search.index import PlainFields, SearchDocument, plain_fields, search_document
from conftest import ROOT

GAZETTEER = load_gazetteer(ROOT / "gazetteer.yaml")
#: Where the project's settings publish articles.
URLS = ArticleUrls("articles/")


def document(article: Article) -> SearchDocument:
    return search_document(article, URLS.of(article.slug), place_names(article, GAZETTEER))


def plain_fields_of(article: Article) -> PlainFields:
    return plain_fields(article, URLS.of(article.slug), place_names(article, GAZETTEER))


def documents_of(content: Path) -> list[SearchDocument]:
    """The search documents of the articles in ``content``, in the archive's order."""
    return [document(article) for article in load_archive(content).articles]
