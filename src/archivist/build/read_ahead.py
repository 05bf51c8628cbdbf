"""Read, render and count the words of every article on every core, before the build asks.

The first steps of a build are per article and independent: parse the front-matter,
render the body, count the words related reports compare. Done in the build's own
order they keep one core busy; here the articles are dealt to one forked worker
per core, and what the workers computed fills the build's memos
(:mod:`archivist.build.memo`), where the check, Pelican's reader and related reports
find it; the check takes each file's reading as the workers read it. Files already in
the build cache cost only a read and a digest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from archivist.content.articles import reading_key, remembered_reading
from archivist.content.model import Article
from archivist.content.render import article_html
from archivist.errors import Problem
from archivist.pages.key_terms import count_words

from .memo import MEMOS
from .parallel import map_shares

#: What each share of the work hands back: the memos' entries it computed, and each
#: file's reading by the key it is remembered by (or the problems of a file not read).
Share = tuple[dict[str, dict[bytes, Any]], dict[Path, bytes | list[Problem]]]


def read_ahead(
    paths: Sequence[Path], default_language: str, workers: int | None = None
) -> dict[Path, Article | list[Problem]]:
    """Fill the memos for every article at ``paths``, and give each file's reading (the
    article, or its problems): the check takes them instead of reading every file again,
    and reports the problems."""
    shares = map_shares(paths, _reader(default_language), workers)
    for computed, _ in shares[1:]:  # the parent's share is in its memos already
        for name, entries in computed.items():
            MEMOS[name].remember(entries)
    return {
        path: remembered_reading(key) if isinstance(key, bytes) else key
        for _, keys in shares
        for path, key in keys.items()
    }


def _reader(default_language: str) -> Callable[[Sequence[Path]], Share]:
    def read_share(share: Sequence[Path]) -> Share:
        for memo in MEMOS.values():  # in a worker: forget what the parent had computed
            memo.take_computed()
        keys = {path: reading_key(path, default_language) for path in share}
        for key in keys.values():
            article = remembered_reading(key) if isinstance(key, bytes) else None
            if isinstance(article, Article):
                article_html(article)
                count_words(article)
        return {name: memo.take_computed() for name, memo in MEMOS.items()}, keys

    return read_share
