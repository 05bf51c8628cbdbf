"""Permalinks that never break: the lock of published URLs and what each URL serves now.

``permalinks.lock`` (in the content folder, committed) lists every URL the
archive has ever published, one ``URL ID`` line each, sorted. Every build plans
what each URL serves — an article, a redirect (a renamed article's old slug, its
address under an earlier ``ARTICLE_URL``, the identifier URL ``a/<id>/``) or a
"withdrawn" page — and refuses a plan that drops a locked URL or gives it to
another article. Article addresses come from one pattern,
:class:`~archivist.config.ArticleUrls`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from archivist.config import ArticleUrls
from archivist.content.model import Article
from archivist.errors import ContentError, Problem
from archivist.paths import write_atomically

from . import identifiers
from .citation import field_problems
from .identifiers import Recorded, short_url
from .lock_file import lock_lines, read_lock
from .withdrawals import Withdrawal, read_withdrawals

LOCK_NAME = "permalinks.lock"
LOCK_HEADER = (
    "# permalinks.lock: every URL this archive has published, and the id of its article.\n"
    "# Kept by 'archivist build' and 'archivist permalinks --update'; commit it with the\n"
    "# content and never remove a line (README, Permalinks: rename, withdraw).\n"
)
ARTICLE, ALIAS, SHORT, WITHDRAWN = "article", "alias", "short", "withdrawn"


@dataclass(frozen=True)
class Route:
    """What one URL serves: its article's page, a redirect to ``target``, or a withdrawn page."""

    url: str
    id: str
    kind: str
    target: str = ""
    withdrawal: Withdrawal | None = None
    #: The slug of the article the URL is an address of (a live or a withdrawn one).
    slug: str = ""
    #: The file that asks for this URL (an article, or withdrawn.yaml), for error messages.
    origin: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Plan:
    """Every URL the build will serve, checked against the lock."""

    routes: tuple[Route, ...]
    lock: Mapping[str, str]
    lock_path: Path

    @property
    def articles(self) -> Mapping[str, Route]:
        """Article slug -> the route of its page (its address and id), for the live ones."""
        return {r.slug: r for r in self.routes if r.kind == ARTICLE}

    @property
    def ids(self) -> Mapping[str, str]:
        """Article slug -> id, for the articles that are live."""
        return {slug: route.id for slug, route in self.articles.items()}

    @property
    def unlisted(self) -> frozenset[str]:
        """URLs that serve a redirect or a withdrawn notice, not a page of their own: not
        for search engines (their pages say noindex) nor the sitemap."""
        return frozenset(r.url for r in self.routes if r.kind in (ALIAS, SHORT, WITHDRAWN))

    @property
    def unrecorded(self) -> tuple[str, ...]:
        """URLs this build publishes that the lock does not list yet."""
        return tuple(r.url for r in self.routes if r.url not in self.lock)

    def locked_text(self) -> str:
        """The lock file with every URL of this plan added."""
        entries = {**self.lock, **{r.url: r.id for r in self.routes}}
        return LOCK_HEADER + "".join(f"{url} {entries[url]}\n" for url in sorted(entries))


def plan(
    articles: Sequence[Article],
    withdrawals: Iterable[Withdrawal],
    lock_path: Path,
    urls: ArticleUrls,
) -> Plan:
    """What every URL serves, articles at their ``urls``; raise :class:`ContentError` if a
    published URL would break."""
    lock = read_lock(lock_path)
    recorded = Recorded(lock, urls)
    routes, problems = _article_routes(articles, recorded)
    withdrawn, more = _withdrawn_routes(withdrawals, recorded, lock_path, routes)
    routes += withdrawn
    problems += more
    problems += _clashes(routes)
    problems += _broken(lock, {r.url: r for r in routes}, lock_path)
    if problems:
        raise ContentError(problems)
    return Plan(tuple(sorted(routes, key=lambda r: r.url)), lock, lock_path)


def _article_routes(
    articles: Sequence[Article], recorded: Recorded
) -> tuple[list[Route], list[Problem]]:
    routes: list[Route] = []
    problems: list[Problem] = []
    valid: list[tuple[Article, tuple[str, ...]]] = []
    for article in articles:
        old = identifiers.aliases(article)
        explicit = identifiers.explicit_id(article)
        for problem in (old, explicit):
            if isinstance(problem, Problem):
                problems.append(problem)
        if not isinstance(old, Problem) and not isinstance(explicit, Problem):
            valid.append((article, old))
    ids = identifiers.article_ids(valid, recorded)
    for article, old in valid:
        article_id, slug, origin = ids[article.slug], article.slug, article.path
        home = recorded.urls.of(slug)
        routes.append(Route(home, article_id, ARTICLE, slug=slug, origin=origin))
        short = short_url(article_id)
        routes.append(Route(short, article_id, SHORT, home, slug=slug, origin=origin))
        routes.extend(
            Route(url, article_id, ALIAS, home, slug=slug, origin=origin)
            for url in _earlier_addresses(article_id, (slug, *old), recorded)
            if url != home
        )
    return routes, problems


def _earlier_addresses(article_id: str, slugs: Sequence[str], recorded: Recorded) -> list[str]:
    """The addresses that redirect to the page of the article ``article_id``: of its old
    slugs (``slugs`` after the first, from ``aliases:``) under the current pattern, and of
    all its slugs wherever the lock recorded them for it (under an earlier pattern)."""
    old = [recorded.urls.of(slug) for slug in slugs[1:]]
    moved = [
        url
        for slug in slugs
        for url in recorded.addresses(slug)
        if recorded.lock[url] == article_id
    ]
    return list(dict.fromkeys([*old, *moved]))


def _withdrawn_routes(
    withdrawals: Iterable[Withdrawal], recorded: Recorded, lock_path: Path, live: list[Route]
) -> tuple[list[Route], list[Problem]]:
    """A withdrawn page at the article's URL (the current pattern's if it was published
    there, else the one it was); its other locked URLs redirect there."""
    claimed = {r.url for r in live}
    lock = recorded.lock
    listing = lock_path.with_name("withdrawn.yaml")
    routes: list[Route] = []
    problems: list[Problem] = []
    for entry in withdrawals:
        published = recorded.addresses(entry.slug)
        if not published:
            problems.append(
                Problem(
                    listing,
                    entry.line,
                    f"'{entry.slug}' was never published "
                    f"({recorded.urls.of(entry.slug)} is not in {LOCK_NAME})",
                    "remove the entry, or check the slug",
                )
            )
            continue
        home, slug = published[0], entry.slug
        article_id = lock[home]
        routes.append(
            Route(home, article_id, WITHDRAWN, withdrawal=entry, slug=slug, origin=listing)
        )
        routes.extend(
            Route(url, article_id, ALIAS, home, slug=slug)
            for url, owner in sorted(lock.items())
            if owner == article_id and url != home and url not in claimed
        )
        if short_url(article_id) not in lock and short_url(article_id) not in claimed:
            routes.append(Route(short_url(article_id), article_id, SHORT, home, slug=slug))
    return routes, problems


def _clashes(routes: Sequence[Route]) -> list[Problem]:
    seen: dict[str, Route] = {}
    problems = []
    for route in routes:
        other = seen.setdefault(route.url, route)
        if other is not route:
            problems.append(
                Problem(
                    route.origin or Path(route.url),
                    None,
                    f"{route.url} is claimed twice: as {_who(other)} and as {_who(route)}",
                    "give each article its own slug, aliases and id",
                )
            )
    return problems


def _who(route: Route) -> str:
    where = f" ({route.origin.name})" if route.origin else ""
    return f"the {route.kind} URL of article id {route.id}{where}"


def _broken(lock: Mapping[str, str], routes: Mapping[str, Route], lock_path: Path) -> list[Problem]:
    """Locked URLs this build would drop or give to another article."""
    problems = []
    lines = lock_lines(lock_path)
    for url, article_id in sorted(lock.items()):
        route = routes.get(url)
        if route is None:
            message = f"{url} (article id {article_id}) was published but nothing serves it now"
            fix = (
                "if the article was renamed, list its old slug under 'aliases:' in its "
                "front-matter; if it was deleted, withdraw it in withdrawn.yaml with a reason"
            )
        elif route.id != article_id:
            message = (
                f"{url} was published for article id {article_id}, now id {route.id} claims it"
            )
            fix = "a published URL is never reused: choose another slug (or restore the id)"
        else:
            continue
        problems.append(Problem(lock_path, lines.get(url), message, fix))
    return problems


def write_lock(plan: Plan) -> bool:
    """Add this plan's new URLs to the lock file; True if the file changed."""
    text = plan.locked_text()
    path = plan.lock_path
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    write_atomically(path, text)
    return True


def plan_content(content_dir: Path, articles: Sequence[Article], urls: ArticleUrls) -> Plan:
    """The plan for a content folder: its articles (at their ``urls``), its
    ``withdrawn.yaml`` and its lock.

    Also reports the problems of the front-matter keys that citations read.
    """
    problems = [p for a in articles for p in field_problems(a)]
    try:
        result = plan(articles, read_withdrawals(content_dir), content_dir / LOCK_NAME, urls)
    except ContentError as error:
        raise ContentError([*problems, *error.problems]) from None
    if problems:
        raise ContentError(problems)
    return result


def require_recorded(plan: Plan) -> None:
    """For locked builds (CI): every URL must already be in the lock."""
    missing = plan.unrecorded
    if missing:
        shown = ", ".join(missing[:3]) + (", ..." if len(missing) > 3 else "")
        raise ContentError(
            [
                Problem(
                    plan.lock_path,
                    None,
                    f"{len(missing)} URL(s) are not recorded yet ({shown})",
                    "run 'archivist permalinks --update' and commit the lock file",
                )
            ]
        )
