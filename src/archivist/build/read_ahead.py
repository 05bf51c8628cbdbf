"""Read, render and count the words of every article on every core, before the build asks.

The first steps of a build are per article and independent: parse the front-matter,
render the body, count the words related reports compare. Done in the build's own
order they keep one core busy; here the articles are dealt to one forked worker
per core, and what the workers computed fills the build's memos
(:class:`~archivist.build.cache.Store`), where the check, Pelican's reader and related reports
find it; the check takes each file's reading as the workers read it. Files already in
the build cache cost only a read and a digest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from archivist.content.articles import FileReading, reading_key
from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.errors import Problem
from archivist.pages.key_terms import count_words

from .cache import Store
from .parallel import map_shares

#: What each share of the work hands back: the memos' entries it computed, and each
#: file's reading by the key it is remembered by (or the problems of a file not read).
Share = tuple[dict[str, dict[bytes, Any]], dict[Path, bytes | list[Problem]]]


def read_ahead(
    paths: Sequence[Path], default_language: str, store: Store, workers: int | None = None
) -> dict[Path, FileReading]:
    """Fill the ``store``'s memos for every article at ``paths``, and give each file's
    reading (the article, or its problems): the check takes them instead of reading every
    file again, and reports the problems."""
    shares = map_shares(paths, _reader(default_language, store), workers)
    for computed, _ in shares[1:]:  # the parent's share is in its memos already
        store.remember(computed)
    return {
        path: store.readings.by_key(key) if isinstance(key, bytes) else key
        for _, keys in shares
        for path, key in keys.items()
    }


def _reader(default_language: str, store: Store) -> Callable[[Sequence[Path]], Share]:
    def read_share(share: Sequence[Path]) -> Share:
        store.take_computed()  # in a worker: forget what the parent had computed
        keys = {path: reading_key(path, default_language, store.readings) for path in share}
        for key in keys.values():
            article = store.readings.by_key(key) if isinstance(key, bytes) else None
            if isinstance(article, Article):
                article_html(article, store.bodies)
                count_words(article, store.words)
        return store.take_computed(), keys

    return read_share
