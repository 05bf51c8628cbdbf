"""Read and validate the articles in ``content/`` into the model, reporting every problem."""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from archivist.build.memo import Memo
from archivist.errors import ContentError, Problem

from . import frontmatter
from .dates import PartialDate
from .frontmatter import Field
from .model import DRAFT, KNOWN_KEYS, Archive, Article
from .slugs import is_valid_slug, slugify

#: Keys Pelican would obey to change where or how a page is written; refused in content.
STEERING_KEYS = frozenset(
    {"save_as", "url", "template", "status", "category", "lang", "translation", "modified"}
)
#: An article file larger than this is refused before it is read (time and memory stay bounded).
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


class _Fields:
    """Typed access to front-matter fields, collecting problems instead of raising."""

    def __init__(self, path: Path, fields: dict[str, Field]) -> None:
        self.path = path
        self.fields = fields
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str, fix: str) -> None:
        line = self.fields[key].line if key in self.fields else 1
        self.problems.append(Problem(self.path, line, message, fix))

    def text(self, key: str, required: bool = False) -> str:
        field = self.fields.get(key)
        if field is None or field.value is None or field.value == "":
            if required:
                self.problem(key, f"the article has no {key}", f"add '{key}: \"...\"'")
            return ""
        if not isinstance(field.value, str):
            self.problem(key, f"'{key}' must be text", f"write '{key}: \"...\"' on one line")
            return ""
        return unicodedata.normalize("NFC", field.value.strip())

    def texts(self, key: str) -> tuple[str, ...]:
        field = self.fields.get(key)
        if field is None or field.value is None:
            return ()
        values = [field.value] if isinstance(field.value, str) else field.value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            self.problem(key, f"'{key}' must be a list of names", f"write '{key}: [first, second]'")
            return ()
        cleaned = (unicodedata.normalize("NFC", v.strip()) for v in values)
        return tuple(dict.fromkeys(v for v in cleaned if v))

    def checked(self, key: str, check: Callable[[str], Any], fix: str) -> Any:
        """The text of ``key`` passed through ``check``; None when absent or invalid."""
        value = self.text(key)
        if not value:
            return None
        try:
            return check(value)
        except ValueError as error:
            self.problem(key, f"'{key}' is not valid: {error}", fix)
            return None


def read_article(path: Path, default_language: str = "en") -> Article | list[Problem]:
    """Read one article file; return the article, or every problem found in it."""
    found = reading_key(path, default_language)
    return found if isinstance(found, list) else remembered_reading(found)


def reading_key(path: Path, default_language: str = "en") -> bytes | list[Problem]:
    """Read one article file into the memo of readings: the key its reading (the article,
    or its problems) is kept by (see :func:`remembered_reading`), or the problems of a
    file that could not be read."""
    try:
        with open(path, "rb") as stream:
            if os.fstat(stream.fileno()).st_size > MAX_ARTICLE_BYTES:
                return [
                    Problem(
                        path,
                        None,
                        f"is larger than {MAX_ARTICLE_BYTES // 1024 // 1024} MiB",
                        "split it, or keep only the report's text",
                    )
                ]
            data = stream.read()
        text = data.decode("utf-8")
        if "\r" in text:  # line ends as Path.read_text makes them, in a third of its time
            text = text.replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as error:
        return [Problem(path, None, f"is not UTF-8 text ({error.reason})", "save it as UTF-8")]
    except OSError as error:
        return [Problem(path, None, f"cannot be read ({error.strerror})", "check its permissions")]
    key, _ = _READINGS.get_keyed(
        f"{path}\0{default_language}\0{text}", lambda _: _reading(path, text, default_language)
    )
    return key


def remembered_reading(key: bytes) -> Article | list[Problem]:
    """The reading :func:`reading_key` kept by ``key`` (in this process, or in a worker
    whose entries were remembered)."""
    return _READINGS.by_key(key)


#: Each file's reading by its path, language and text: a build checks every article before
#: Pelican reads it, and a rebuild (see :mod:`archivist.build.cache`) reads only edited files.
_READINGS: Memo[Article | list[Problem]] = Memo("readings")


def _reading(path: Path, text: str, default_language: str) -> Article | list[Problem]:
    parsed = frontmatter.parse(text, path)
    return [parsed] if isinstance(parsed, Problem) else _article(path, parsed, default_language)


def _article(
    path: Path, parsed: frontmatter.FrontMatter, default_language: str
) -> Article | list[Problem]:
    fields = _Fields(path, parsed.fields)
    for key in sorted(STEERING_KEYS & parsed.fields.keys()):
        if key == "status" and parsed.fields[key].value == DRAFT:
            continue  # an unpublished draft: checked, not published (see load_archive)
        fix = "remove this line" if key != "status" else "write 'status: draft', or remove it"
        fields.problem(key, f"key '{key}' would steer the site generator", fix)
    title = fields.text("title", required=True)
    slug = fields.text("slug") or slugify(path.stem)
    if not is_valid_slug(slug):
        fields.problem(
            "slug",
            f"slug '{slug}' is not usable in a URL",
            "write 'slug: lower-case-words-with-hyphens' (ASCII letters, digits, hyphens)",
        )
    date = fields.checked(
        "date", PartialDate.parse, "write the date as YYYY-MM-DD, YYYY-MM or YYYY"
    )
    language = fields.checked(
        "language", _language, "write a language code such as en, ar, ku or tr"
    )
    source_url = fields.checked("source_url", _url, "write a full address starting with https://")
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


def _language(value: str) -> str:
    if not _LANGUAGE_TAG.match(value):
        raise ValueError(f"'{value}' is not a language code")
    return value


def _url(value: str) -> str:
    if not _URL.match(value):
        raise ValueError(f"'{value}' is not a web address")
    return value


def article_paths(content_dir: Path) -> list[Path]:
    """Every ``.md`` file under ``content_dir``, skipping hidden files and folders, sorted.

    What ``content_dir.rglob("*.md")`` finds (links are listed, linked folders not
    entered), by ``os.walk``, which skips hidden folders instead of walking them,
    sorted by parts as paths compare: a search lists the folder each time, and
    10,000 articles took half a second the plain way.
    """
    found: list[Path] = []
    for folder, folders, files in os.walk(content_dir):
        folders[:] = [name for name in folders if not name.startswith(".")]
        base = Path(folder)
        found.extend(
            base / name
            for name in (*folders, *files)
            if name.endswith(".md") and not name.startswith(".")
        )
    return sorted(found, key=lambda path: path.parts)


def outside_link(
    path: Path, resolved_content_dir: Path, resolve: Callable[[str], str] = os.path.realpath
) -> Problem | None:
    """A problem if ``path`` (a link, or inside a linked folder) leads out of the content
    folder (given resolved: a build reads thousands of files from it); ``resolve`` may be a
    :class:`~archivist.paths.Resolver`'s, which resolves each folder once."""
    target = Path(resolve(str(path)))
    if target.is_relative_to(resolved_content_dir):
        return None
    return Problem(
        path,
        None,
        f"is a link to {target}, outside the content folder; it would be published",
        "copy the file into the content folder instead of linking to it",
    )


def outside_links(content_dir: Path) -> list[Problem]:
    """Links under ``content_dir`` the build must not follow.

    A linked file is fine while it stays inside the content folder; a linked folder
    never is (the site generator would follow it, outside or back in, reading its
    articles a second time or looping).
    """
    problems = []
    resolved = content_dir.resolve()
    for path in _links(str(content_dir)):
        found = outside_link(path, resolved)
        if found is None and path.is_dir():
            found = Problem(
                path,
                None,
                "is a link to a folder; the build would read what it leads to",
                "move the folder itself into the content folder, or remove the link",
            )
        if found:
            problems.append(found)
    return problems


def _links(folder: str) -> Iterator[Path]:
    """The links in ``folder`` (in name order), then in each of its folders but hidden
    ones, without following any: from the kinds the folder listing gives, without
    asking the system about each of 10,000 files."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    inner = []
    for entry in entries:
        if entry.name.startswith(".") and entry.is_dir():  # a hidden folder, or a link to one
            continue
        if entry.is_symlink():
            yield Path(entry.path)
        elif entry.is_dir():
            inner.append(entry.path)
    for path in inner:
        yield from _links(path)


def load_archive(
    content_dir: Path,
    default_language: str = "en",
    readings: Mapping[Path, Article | list[Problem]] = MappingProxyType({}),
) -> Archive:
    """Read every article; raise :class:`ContentError` listing all problems at once.

    ``readings``: files read already (by :func:`~archivist.build.read_ahead.read_ahead`), taken
    as they were read; the others are read now.
    """
    if not content_dir.is_dir():
        raise ContentError(
            [Problem(content_dir, None, "content folder not found", "create it or fix PATH")]
        )
    articles: list[Article] = []
    problems = outside_links(content_dir)
    refused = {p.path for p in problems}
    for path in article_paths(content_dir):
        if path in refused:
            continue
        result = readings.get(path)
        if result is None:
            result = read_article(path, default_language)
        if isinstance(result, Article):
            articles.append(result)
        else:
            problems.extend(result)
    problems.extend(_slug_clashes(articles))
    if problems:
        raise ContentError(problems)
    ordered = sorted(articles, key=lambda a: a.sort_key)
    return Archive(
        tuple(a for a in ordered if not a.is_draft), tuple(a for a in ordered if a.is_draft)
    )


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
