"""Article ids and aliases: what front-matter says about an article's permanent addresses.

An article's **id** is short, lower-case and never changes; it makes the
identifier URL ``a/<id>/``. It is, in this order:

1. the front-matter's ``id:`` (4 to 16 lower-case letters or digits);
2. the id ``permalinks.lock`` recorded when the article (or one of its
   ``aliases``) was first published;
3. the first 8 hex digits of the capture it was imported from
   (``imported_from: 004_ea55edadd6f66c29.txt`` gives ``ea55edad``);
4. the first 8 hex digits of the SHA-256 of its slug;

in 3 and 4, two more digits at a time where another article has the id already.

Once published, the lock keeps it: renaming the slug (with ``aliases:``) keeps
the id, and so does moving every article (a new ``ARTICLE_URL``); a changed ``id:``
is refused.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping, Sequence

from archivist.config import ArticleUrls
from archivist.content.model import Article
from archivist.content.slugs import is_valid_slug
from archivist.errors import Problem

ID_PATTERN = re.compile(r"^[0-9a-z]{4,16}$")
_CAPTURE = re.compile(r"^\d+_([0-9a-f]{8,})\.txt$")
#: An old slug, or an old address ending in one (``articles/old-slug/``): the folders
#: an ARTICLE_URL may have (see :class:`~archivist.config.ArticleUrls`), then the slug.
_ALIAS = re.compile(r"^/?(?:[a-z0-9][a-z0-9_-]*/)*([^/]+)/?$")
#: The folder of the short addresses.
SHORT_FOLDER = "a/"


def short_url(article_id: str) -> str:
    return f"{SHORT_FOLDER}{article_id}/"


class Recorded:
    """The lock (URL -> id), read with the current ``ARTICLE_URL`` (``urls``): where it
    records an article published under each slug.

    Under any pattern an article's slug is the last part of its address (see
    :class:`~archivist.config.ArticleUrls`), so an article is found under the patterns
    the archive had before too; the short addresses (``a/<id>/``) hold no slug.
    """

    def __init__(self, lock: Mapping[str, str], urls: ArticleUrls) -> None:
        self.lock = lock
        self.urls = urls
        self._by_slug: dict[str, list[str]] = {}
        for url in sorted(lock):
            if not url.startswith(SHORT_FOLDER):
                self._by_slug.setdefault(url.rstrip("/").rpartition("/")[2], []).append(url)

    def addresses(self, slug: str) -> list[str]:
        """The recorded addresses of ``slug``: the current pattern's first, then the others."""
        return sorted(self._by_slug.get(slug, ()), key=lambda url: url != self.urls.of(slug))


def aliases(article: Article) -> tuple[str, ...] | Problem:
    """The slugs the article was published under before (``aliases:``), as slugs; an old
    address stands for its last part."""
    raw = article.extra.get("aliases")
    line = article.lines.get("aliases", 1)
    if raw is None:
        return ()
    values = [raw] if isinstance(raw, str) else raw
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        return Problem(article.path, line, "'aliases' must be a list of old slugs", _ALIAS_FIX)
    slugs = []
    for value in values:
        match = _ALIAS.match(value.strip())
        if not match or not is_valid_slug(match.group(1)):
            return Problem(article.path, line, f"alias '{value}' is not a slug", _ALIAS_FIX)
        slugs.append(match.group(1))
    if article.slug in slugs:
        return Problem(article.path, line, "an alias repeats the article's own slug", _ALIAS_FIX)
    return tuple(sorted(set(slugs)))


_ALIAS_FIX = "write 'aliases: [old-slug]' with the slugs it was published under"


def explicit_id(article: Article) -> str | Problem | None:
    """The front-matter ``id:``, checked; None when absent."""
    raw = article.extra.get("id")
    if raw is None:
        return None
    if not isinstance(raw, str) or not ID_PATTERN.match(raw.strip()):
        return Problem(
            article.path,
            article.lines.get("id", 1),
            f"id {raw!r} is not 4 to 16 lower-case letters or digits",
            "write e.g. 'id: ea55edad', or remove the line to keep the recorded id",
        )
    return raw.strip()


def derived_id(article: Article, taken: Collection[str] = ()) -> str:
    """The id of an article never published before: from its capture, else from its slug.

    Eight hex digits, or more where those are ``taken`` by another article: at 50,000
    articles two slugs share their first eight digits about one time in four.
    """
    digests = [hashlib.sha256(article.slug.encode("ascii")).hexdigest()[:16]]
    capture = article.extra.get("imported_from")
    if isinstance(capture, str):
        match = _CAPTURE.match(capture.strip())
        if match:
            digests.insert(0, match.group(1)[:16])
    candidates = [d[:n] for d in digests for n in range(8, len(d) + 1, 2)]
    return next((c for c in candidates if c not in taken), candidates[-1])


def article_ids(
    articles: Sequence[tuple[Article, tuple[str, ...]]], recorded: Recorded
) -> dict[str, str]:
    """Each article's id by slug, given its old slugs and the lock (see the module's
    docstring for the order).

    Ids from front-matter or the lock come first; the others are derived in slug order,
    each avoiding the ids already given, so the same articles always get the same ids.
    """
    ids = {article.slug: _given_id(article, old, recorded) for article, old in articles}
    taken = {given for given in ids.values() if given}
    for article, _ in sorted(articles, key=lambda pair: pair[0].slug):
        if not ids[article.slug]:
            ids[article.slug] = derived_id(article, taken)
            taken.add(ids[article.slug])
    return ids


def _given_id(article: Article, old_slugs: tuple[str, ...], recorded: Recorded) -> str:
    explicit = explicit_id(article)
    if isinstance(explicit, str):
        return explicit
    for slug in (article.slug, *old_slugs):
        addresses = recorded.addresses(slug)
        if addresses:  # the current pattern's first
            return recorded.lock[addresses[0]]
    return ""
