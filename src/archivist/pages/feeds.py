"""Atom feeds of the archive, of a tag and of a place; and the site's ``sitemap.xml``.

Feeds list the newest dated articles (at most :data:`FEED_SIZE`), with the
first day a partial date can mean as their date (``2019-10`` is 2019-10-01).
Articles with no date are left out of feeds: Atom requires a date, and
inventing one would mislead a reader; they are listed on ``dates/undated/``.
Output is deterministic: an entry's id is a ``tag:`` URI made from its
permalink, and a feed's ``updated`` is its newest article's date, never the
time of the build.

Each interface has its feeds in its folder (``feeds/`` at the root, ``ar/feeds/`` for
Arabic), titled in its language, their entries linking to its pages; an entry's id is
its report's permalink in every interface, since it is the same report.

Links are absolute when the site has an address (``SITEURL``, set by
``publishconf.py``); otherwise relative to the feed's own location, so the
feeds of a build opened from a folder point at its pages.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape

from feedgenerator import Atom1Feed

from archivist.content.model import Article

#: Entries per feed: the newest; the listing pages hold every article.
FEED_SIZE = 100
#: The date of a feed with no dated article (Atom requires one): the Unix epoch.
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
ID_AUTHORITY = "tag:archivist,2024:"
#: The feeds' folder in each interface's folder.
FEEDS = "feeds/"


class _Atom(Atom1Feed):  # type: ignore[misc]
    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        """An entry as feedgenerator writes it, but its summary declared as the plain text
        it is: feedgenerator says ``type="html"``, and a reader would run ``<script>``."""
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})

    def latest_post_date(self) -> dt.datetime:
        dates = [item["updateddate"] for item in self.items]
        return max(dates, default=EPOCH)


def site_url_of(settings: Mapping[str, Any]) -> str:
    """The site's address for the links of feeds and the sitemap: "" when the build's
    links are relative (``RELATIVE_URLS``), else ``SITEURL``."""
    return "" if settings["RELATIVE_URLS"] else str(settings["SITEURL"])


def link_base(site_url: str, path: str) -> str:
    """Prefix for site-root-relative URLs, seen from the file at ``path``."""
    if site_url:
        return site_url.rstrip("/") + "/"
    return "../" * path.count("/")


def _published(article: Article) -> dt.datetime:
    assert article.date is not None
    return dt.datetime.combine(article.date.first_day(), dt.time(), dt.UTC)


def newest(articles: Sequence[Article]) -> list[Article]:
    """What a feed of ``articles`` holds: the first :data:`FEED_SIZE` dated ones (in
    archive order, the newest)."""
    return list(islice((article for article in articles if article.date is not None), FEED_SIZE))


def atom_feed(
    title: str,
    path: str,
    page_url: str,
    articles: Sequence[tuple[Article, str]],
    site_url: str = "",
) -> str:
    """The Atom document for ``articles`` (each with its site-relative URL, its permalink),
    to be written at ``path``: ``feeds/all.atom.xml``, or ``ar/feeds/all.atom.xml`` for
    the interface in ``ar/``, whose entries link to its pages.

    ``page_url`` is the site-relative URL of the HTML page the feed follows.
    """
    home = path[: path.index(FEEDS)]  # the interface's folder: "" or "ar/"
    base = link_base(site_url, path)
    feed = _Atom(
        title=title,
        link=base + page_url,
        description="",
        feed_url=base + path,
        feed_guid=ID_AUTHORITY + path,
    )
    dated = ((article, url) for article, url in articles if article.date is not None)
    for article, url in islice(dated, FEED_SIZE):  # the newest, as :func:`newest` picks them
        published = _published(article)
        extra: dict[str, Any] = {"author_name": ", ".join(article.authors) or None}
        feed.add_item(
            title=article.title,
            link=base + home + url,
            description=article.summary or None,
            unique_id=ID_AUTHORITY + url,
            pubdate=published,
            updateddate=published,
            categories=list(article.tags),
            **extra,
        )
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue() + "\n"


def sitemap(paths: Sequence[str], site_url: str = "") -> str:
    """``sitemap.xml`` listing ``paths`` (site-relative URLs of pages), sorted.

    The sitemap protocol wants absolute URLs: publish with ``SITEURL`` set. Without
    one, ``<loc>`` holds paths relative to the sitemap, which is at the site root.
    """
    base = site_url.rstrip("/") + "/" if site_url else ""
    urls = sorted({base + path if base else path or "./" for path in paths})
    locs = "".join(f"  <url><loc>{escape(url)}</loc></url>\n" for url in urls)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + locs + "</urlset>\n"
    )
