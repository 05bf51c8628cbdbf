"""Read and validate the articles in ``content/`` into the model, reporting every problem."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from archivist.errors import ContentError, Problem, one_line
from archivist.reuse.memo import Memo

from . import frontmatter
from .dates import PartialDate
from .fields import Fields, language_code, web_address
from .files import article_files, read_text
from .model import DRAFT, KNOWN_KEYS, Archive, Article
from .slugs import RESERVED_NAMES, is_valid_slug, slugify

#: Keys Pelican would obey to change where or how a page is written; refused in content.
STEERING_KEYS = frozenset(
    {"save_as", "url", "template", "status", "category", "lang", "translation", "modified"}
)


#: What reading one file gives: the article, or its problems.
FileReading = Article | list[Problem]


def read_article(
    path: Path, default_language: str = "en", readings: Memo[FileReading] | None = None
) -> Article | list[Problem]:
    """Read one article file; return the article, or every problem found in it.

    ``readings``: the memo a build keeps readings in (none: read afresh).
    """
    memo = Memo[FileReading]("readings") if readings is None else readings
    found = reading_key(path, default_language, memo)
    return found if isinstance(found, list) else memo.by_key(found)


def reading_key(
    path: Path, default_language: str, readings: Memo[FileReading]
) -> bytes | list[Problem]:
    """Read one article file into ``readings``: the key its reading (the article, or its
    problems) is kept by (see :meth:`~archivist.reuse.memo.Memo.by_key`), or the problems
    of a file that could not be read. A file read before, in this build or a cached one,
    is not parsed again."""
    text = read_text(path)
    if isinstance(text, Problem):
        return [text]
    key, _ = readings.get_keyed(
        f"{path}\0{default_language}\0{text}", lambda _: _reading(path, text, default_language)
    )
    return key


def _reading(path: Path, text: str, default_language: str) -> Article | list[Problem]:
    parsed = frontmatter.parse(text, path)
    if isinstance(parsed, Problem):
        return [parsed]
    found = _article(path, parsed, default_language)
    control = frontmatter.CONTROL.search(parsed.body)
    if control is None:
        return found
    problem = Problem(
        path,
        parsed.body_line + parsed.body.count("\n", 0, control.start()),
        f"the text holds a control character ({one_line(control.group())})",
        "delete it; only printable text belongs in an article",
    )
    return [*found, problem] if isinstance(found, list) else [problem]


def _article(
    path: Path, parsed: frontmatter.FrontMatter, default_language: str
) -> Article | list[Problem]:
    fields = Fields(path, parsed.fields)
    for key in sorted(STEERING_KEYS & parsed.fields.keys()):
        if key == "status" and parsed.fields[key].value == DRAFT:
            continue  # an unpublished draft: checked, not published (see load_archive)
        fix = "remove this line" if key != "status" else "write 'status: draft', or remove it"
        fields.problem(key, f"key '{key}' would steer the site generator", fix)
    title = fields.text("title", required=True)
    slug = fields.text("slug") or slugify(path.stem)
    if slug in RESERVED_NAMES:
        fields.problem(
            "slug",
            f"slug '{slug}' is not usable in a URL: Windows reserves the name for a device",
            f"write another 'slug:', e.g. '{slug}-report'; the site must unzip anywhere",
        )
    elif not is_valid_slug(slug):
        fields.problem(
            "slug",
            f"slug '{slug}' is not usable in a URL",
            "write 'slug: lower-case-words-with-hyphens' (ASCII letters, digits, hyphens)",
        )
    date = fields.checked(
        "date", PartialDate.parse, "write the date as YYYY-MM-DD, YYYY-MM or YYYY"
    )
    language = fields.checked(
        "language", language_code, "write a language code such as en, ar, ku or tr"
    )
    source_url = fields.checked(
        "source_url", web_address, "write a full address starting with https://"
    )
    article = Article(
        path=path,
        slug=slug,
        title=title,
        body=parsed.body,
        body_line=parsed.body_line,
        language=language or default_language,
        date=date,
        date_note=fields.text("date_note"),
        source=fields.text("source"),
        source_url=source_url or "",
        source_note=fields.text("source_note"),
        authors=fields.texts("authors"),
        tags=fields.texts("tags"),
        places=fields.texts("places"),
        summary=fields.text("summary"),
        lines=MappingProxyType({k: f.line for k, f in parsed.fields.items()}),
        extra=MappingProxyType(
            {k: f.value for k, f in parsed.fields.items() if k not in KNOWN_KEYS}
        ),
    )
    return fields.problems or article


def load_archive(
    content_dir: Path,
    default_language: str = "en",
    readings: Mapping[Path, Article | list[Problem]] = MappingProxyType({}),
) -> Archive:
    """Read every article; raise :class:`ContentError` listing all problems at once.

    ``readings``: files read already (by :func:`~archivist.build.read_ahead.read_ahead`), taken
    as they were read; the others are read now.
    """
    found = read_archive(content_dir, default_language, readings)
    if found.problems:
        raise ContentError(found.problems)
    return found.archive


@dataclass(frozen=True)
class Reading:
    """What :func:`read_archive` found: the articles read well (in the archive's order),
    and the problems of the others and of the folder."""

    archive: Archive
    problems: tuple[Problem, ...]


def read_archive(
    content_dir: Path,
    default_language: str = "en",
    readings: Mapping[Path, Article | list[Problem]] = MappingProxyType({}),
) -> Reading:
    """Read every article of ``content_dir`` (see :func:`~.files.article_files`), keeping
    both the good articles and every problem, so that a check can say all at once."""
    if not content_dir.is_dir():
        problem = Problem(content_dir, None, "content folder not found", "create it or fix PATH")
        return Reading(Archive(()), (problem,))
    articles: list[Article] = []
    paths, problems = article_files(content_dir)
    for path in paths:
        result = readings.get(path)
        if result is None:
            result = read_article(path, default_language)
        if isinstance(result, Article):
            articles.append(result)
        else:
            problems.extend(result)
    problems.extend(_slug_clashes(articles))
    ordered = sorted(articles, key=lambda a: a.sort_key)
    published = tuple(a for a in ordered if not a.is_draft)
    return Reading(Archive(published, tuple(a for a in ordered if a.is_draft)), tuple(problems))


def _slug_clashes(articles: Iterable[Article]) -> list[Problem]:
    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_slug[article.slug].append(article)
    problems = []
    for slug, claimants in by_slug.items():
        for article in claimants if len(claimants) > 1 else ():
            others = ", ".join(str(a.path) for a in claimants if a is not article)
            problems.append(
                Problem(
                    article.path,
                    article.lines.get("slug", 1),
                    f"slug '{slug}' is also claimed by {others}",
                    "give one of them a different 'slug:'",
                )
            )
    return problems
