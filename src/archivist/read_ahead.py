"""Read, render and count the words of every article on every core, before the build asks.

The first steps of a build are per article and independent: parse the front-matter,
render the body, count the words related reports compare. Done in the build's own
order they keep one core busy; here the articles are dealt to one forked worker
per core, and what the workers computed fills the build's memos
(:mod:`archivist.memo`), where the check, Pelican's reader and related reports
find it. Files already in the build cache cost only a read and a digest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .content import read_article
from .memo import MEMOS
from .model import Article
from .parallel import map_shares
from .related import count_words
from .render import body_html


def read_ahead(paths: Sequence[Path], default_language: str, workers: int | None = None) -> None:
    """Fill the memos for every article at ``paths``; problems wait for the check to report."""
    shares = map_shares(paths, _reader(default_language), workers)
    for computed in shares[1:]:  # the parent's share is in its memos already
        for name, entries in computed.items():
            MEMOS[name].remember(entries)


def _reader(default_language: str) -> Callable[[Sequence[Path]], dict[str, dict[bytes, Any]]]:
    def read_share(share: Sequence[Path]) -> dict[str, dict[bytes, Any]]:
        for memo in MEMOS.values():  # in a worker: forget what the parent had computed
            memo.take_computed()
        for path in share:
            article = read_article(path, default_language)
            if isinstance(article, Article):
                body_html(article.body)
                count_words(article)
        return {name: memo.take_computed() for name, memo in MEMOS.items()}

    return read_share
