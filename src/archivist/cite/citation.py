"""What a citation of one archived article says, independent of any citation format.

The formats (CSL-JSON, BibTeX, RIS, meta tags, JSON-LD, formatted references)
are written from a :class:`Citation` by :mod:`archivist.cite.formats`,
:mod:`archivist.cite.meta` and :mod:`archivist.cite.references`.

Nothing here depends on the time of the build: the archived date comes from
the front-matter's ``archived:`` (set at import), never from the clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from archivist.content.captures import content_format
from archivist.content.dates import PartialDate
from archivist.content.model import Article
from archivist.errors import Problem
from archivist.places.placenames import PlaceName

from .identifiers import short_url
from .item_types import NEWS, ItemType, item_type

#: What a reader sees for an unknown source; never written into a machine-read field.
UNKNOWN_SOURCE = "[source unknown]"


@dataclass(frozen=True)
class PlaceRef:
    """A place an article names: the gazetteer's name and coordinates, and the name as the
    article wrote it."""

    name: str
    written: str
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class CaptureRef:
    """The raw capture the article was imported from, as the archive keeps and publishes
    it: its path under the site, the SHA-256 of its bytes, its format (when it was made is
    the citation's ``archived``)."""

    path: str
    sha256: str
    encoding_format: str


@dataclass(frozen=True)
class SiteInfo:
    """The archive itself: its name and the absolute address it is published at ("" if none)."""

    name: str
    public_url: str = ""

    def absolute(self, path: str) -> str:
        return f"{self.public_url.rstrip('/')}/{path}" if self.public_url else ""


@dataclass(frozen=True)
class Citation:
    id: str
    #: The article's permalink relative to the site root (the permalink plan's address).
    path: str
    title: str
    language: str
    authors: tuple[str, ...]
    date: PartialDate | None
    source: str
    source_url: str
    original_source: str
    archived: PartialDate | None
    site: SiteInfo
    places: tuple[PlaceRef, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str = ""
    #: The readable citation key (:mod:`archivist.cite.keys`); the id when none was given.
    key: str = ""
    #: What kind of item the report is (front-matter ``type:``).
    kind: ItemType = NEWS
    #: The raw capture it was imported from (``capture_file``), if any.
    capture: CaptureRef | None = None

    @property
    def cite_key(self) -> str:
        return self.key or self.id

    @property
    def short_path(self) -> str:
        return short_url(self.id)

    @property
    def permalink(self) -> str:
        """Absolute permalink in the archive; "" when the build has no public address."""
        return self.site.absolute(self.path)

    @property
    def short_link(self) -> str:
        return self.site.absolute(self.short_path)

    @property
    def url(self) -> str:
        """The address a reference points at: the archive's copy, else the original."""
        return self.permalink or self.source_url

    @property
    def credit(self) -> str:
        """The credited original source, as the exports' notes say it ("" if none)."""
        return f"Originally reported by {self.original_source}" if self.original_source else ""

    @property
    def url_is_original(self) -> bool:
        """Whether :attr:`url` is the original's address, which the capture accessed."""
        return bool(self.url) and self.url == self.source_url and not self.permalink


def archived_date(article: Article) -> PartialDate | Problem | None:
    """The front-matter's ``archived:`` (when the capture was made), checked."""
    raw = article.extra.get("archived")
    if raw is None or raw == "":
        return None
    try:
        if not isinstance(raw, str):
            raise ValueError(f"{raw!r} is not text")
        return PartialDate.parse(raw)
    except ValueError as error:
        return Problem(
            article.path,
            article.lines.get("archived", 1),
            f"'archived' is not valid: {error}",
            "write the date the capture was made as YYYY-MM-DD",
        )


def field_problems(article: Article) -> list[Problem]:
    """Problems in the front-matter keys that citations read (``archived``, ``type``)."""
    checked = (archived_date(article), item_type(article))
    return [value for value in checked if isinstance(value, Problem)]


def citation(
    article: Article,
    article_id: str,
    path: str,
    site: SiteInfo,
    places: Iterable[PlaceName] = (),
) -> Citation:
    """The citation of a validated article (see :func:`field_problems`), published at
    ``path``, naming ``places`` (as resolved: a name the gazetteer does not know is no
    place, and is left out)."""
    archived = archived_date(article)
    kind = item_type(article)
    original = article.extra.get("original_source")
    return Citation(
        id=article_id,
        path=path,
        title=article.title,
        language=article.language,
        authors=article.authors,
        date=article.date,
        source=article.source,
        source_url=article.source_url,
        original_source=original if isinstance(original, str) else "",
        archived=archived if isinstance(archived, PartialDate) else None,
        site=site,
        places=tuple(
            PlaceRef(named.place.name, named.written, named.place.lat, named.place.lon)
            for named in places
            if named.place is not None
        ),
        tags=article.tags,
        summary=article.summary,
        kind=kind if isinstance(kind, ItemType) else NEWS,
        capture=capture_of(article),
    )


def capture_of(article: Article) -> CaptureRef | None:
    """The article's raw capture (checked with the content: see
    :func:`~archivist.content.captures.capture_problems`), None if it names none."""
    name, digest = article.extra.get("capture_file"), article.extra.get("raw_sha256")
    if not (isinstance(name, str) and name and isinstance(digest, str)):
        return None
    return CaptureRef(name, digest, content_format(name))
