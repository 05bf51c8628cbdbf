"""The drafts preview: where ``archivist build --drafts`` shows the curator the drafts.

A draft (``status: draft``) is not published: no index page, search file, feed,
sitemap entry, citation file or permalink names it, and the lock never records it.
Built with ``--drafts`` (``make serve``), each draft is also shown at
``drafts/<slug>/``, and the drafts are listed at ``drafts/``: pages a search engine is
told not to index, found only by a curator who knows the address.
"""

from __future__ import annotations

from collections.abc import Iterable

from archivist.content.model import Article

#: The drafts' listing; each draft's page is in a folder of its own under it.
DRAFTS_URL = "drafts/"
#: A draft's address, as a pattern of its slug.
DRAFT_URL = DRAFTS_URL + "{slug}/"


def draft_url(draft: Article) -> str:
    """The address of ``draft``'s preview page."""
    return DRAFT_URL.format(slug=draft.slug)


def preview_urls(drafts: Iterable[Article]) -> frozenset[str]:
    """The addresses of the preview of ``drafts``: the listing's and each draft's (never
    in the sitemap)."""
    return frozenset({DRAFTS_URL, *(draft_url(d) for d in drafts)})


def listed_drafts(drafts: Iterable[Article]) -> tuple[tuple[Article, str], ...]:
    """The drafts' listing: each draft and its address, in the order given (the archive's:
    :attr:`~archivist.content.model.Archive.drafts`)."""
    return tuple((d, draft_url(d)) for d in drafts)
