"""The interface in the reader's language: the theme's message catalogs, text direction,
dates and numbers written the language's way, and places and countries by the names the
language gives them.

The catalogs are gettext ``.po`` files in the theme (``translations/<lang>/LC_MESSAGES/
messages.po``), extracted from the templates and from this package's few words written
outside them (feed titles, maps' names) with Babel (``make messages``); a build
compiles the one it needs in memory, so no binary ``.mo`` file is kept in git. Reports
stay in their own language whatever the interface: only the site's own words change.
"""

from __future__ import annotations

import datetime
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from archivist.config import ArticleUrls
from archivist.content.dates import PartialDate
from archivist.errors import ConfigError
from archivist.places.gazetteer import Place
from archivist.places.placenames import PlaceName
from archivist.text import languages

#: The catalogs' folder inside the theme.
CATALOGS = "translations"
#: How a date is written, by what is known of it (CLDR patterns).
_PATTERNS = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}


@dataclass(frozen=True)
class Interface:
    """One interface language: its code, direction, messages and formats."""

    language: str
    direction: str
    translations: NullTranslations
    #: Where this interface's pages are, under the site's root: "" for the default
    #: interface, ``ar/`` for Arabic beside it. Articles' addresses, citations, feeds and
    #: the search files are the site's, one set at the root for every interface.
    home: str = ""

    @property
    def name(self) -> str:
        """The language's own name for itself ("English", "العربية"), for the switch."""
        return str(Locale.parse(self.language).get_display_name(self.language))

    def page_path(self, output_file: str) -> str:
        """The address of page ``output_file`` (Pelican's, under the site's root) inside
        its interface, e.g. ``places/raqqa/`` for ``ar/places/raqqa/index.html``."""
        path = output_file.removeprefix(self.home)
        return path.removesuffix("index.html")

    def date(self, date: PartialDate | None) -> str:
        """``date`` as the interface writes it: "9 May 2024", "May 2024", "2024"; "" for none."""
        if date is None:
            return ""
        return _date(date.year, date.month, date.day, date.precision, self.language)

    def number(self, n: int) -> str:
        """``n`` in the interface's digits (Arabic-Indic digits in Arabic)."""
        return _number(n, self.language)

    def gettext(self, message: str, **values: str) -> str:
        """``message`` in the interface's language, its ``%(name)s`` filled from ``values``
        (for the words written outside the templates: feed titles, a map's name)."""
        return self.translations.gettext(message) % values

    def place_name(self, place: Place) -> str:
        """The place's name in the interface's language ("الرقة" in Arabic), else its
        display name (see :meth:`~archivist.places.gazetteer.Place.name_in`)."""
        return place.name_in(self.language)

    def place_names(self, places: Iterable[Place]) -> dict[str, str]:
        """The places' names in the interface's language, by display name, where the two
        differ: the search page's scripts show them for the search files' display names."""
        return {p.name: shown for p in places if (shown := self.place_name(p)) != p.name}

    def as_named(self, named: PlaceName, report_language: str) -> tuple[str, str]:
        """How a report's place reads in its byline, and that name's language: the place's
        name in the interface's language, but as the report wrote it when the report is in
        the interface's language (its own spelling) or the gazetteer does not know it."""
        same = languages.base(report_language) == languages.base(self.language)
        if named.place is None or same:
            return named.written, report_language
        return named.place.name_and_language(self.language)

    def country_name(self, english: str) -> str:
        """A country's name in the interface's language, from CLDR, for its English name
        (Natural Earth's, on the maps); the name as given when CLDR does not know it."""
        code = _territories().get(english)
        if code is None or self.language == "en":
            return english
        return str(Locale.parse(self.language).territories.get(code, english))

    def language_name(self, code: str) -> str:
        """The name of language ``code`` in the interface's language ("Arabic", "العربية")."""
        if self.language == "en":
            return languages.name(code)
        names = Locale.parse(self.language).languages
        return str(names.get(languages.base(code), languages.name(code)))


# A site writes the same few hundred dates and counts on tens of thousands of pages, and
# Babel takes about 30 microseconds each: at 3,000 articles, 1.6 s of a 20 s build.
@functools.lru_cache(maxsize=4096)
def _date(year: int, month: int | None, day: int | None, precision: str, language: str) -> str:
    written = datetime.date(year, month or 1, day or 1)
    text = str(format_date(written, _PATTERNS[precision], locale=language))
    return text.translate(_native_digits(language))


@functools.lru_cache(maxsize=4096)
def _number(n: int, language: str) -> str:
    numbering = _numbering(language)
    text = str(format_decimal(n, locale=language, numbering_system=numbering))
    return text.translate(_native_digits(language))


@functools.cache
def _territories() -> dict[str, str]:
    """CLDR's English names of countries -> their codes ("Syria" -> "SY")."""
    english = Locale.parse("en").territories
    return {str(name): code for code, name in english.items() if code.isalpha()}


#: The digits of the numbering systems CLDR gives the interface's languages besides Latin
#: (Babel formats with a system's separators, but always with Latin digits).
_DIGITS = {"arab": "٠١٢٣٤٥٦٧٨٩", "arabext": "۰۱۲۳۴۵۶۷۸۹"}


@functools.cache
def _numbering(language: str) -> str:
    """The language's own numbering system, as CLDR names it: ``arab`` (Arabic-Indic
    digits) for Arabic, ``latn`` for most. CLDR's plain ``ar`` writes Latin digits by
    default; readers in Syria and Iraq write Arabic-Indic ones, as the search page's
    scripts do (``ar-u-nu-arab``)."""
    native = str(Locale.parse(language).other_numbering_systems.get("native", "latn"))
    return native if native in _DIGITS else "latn"


@functools.cache
def _native_digits(language: str) -> dict[int, int]:
    """Latin digits -> the language's own."""
    return str.maketrans("0123456789", _DIGITS.get(_numbering(language), "0123456789"))


def english() -> Interface:
    """The interface in English, the templates' own words: the default of a page or map
    made outside a build."""
    return Interface("en", "ltr", NullTranslations())


def catalog_path(theme: Path, language: str) -> Path:
    return theme / CATALOGS / language / "LC_MESSAGES" / "messages.po"


def available(theme: Path) -> list[str]:
    """The interface languages the theme has a catalog for."""
    folder = theme / CATALOGS
    return sorted(p.name for p in folder.iterdir() if catalog_path(theme, p.name).is_file())


def load_all(theme: Path, languages: tuple[str, ...]) -> tuple[Interface, ...]:
    """The site's interfaces: the first of ``languages`` at the site's root, each other
    in a folder named for its language (``ar/``)."""
    return tuple(
        load(theme, language, home="" if n == 0 else f"{language}/")
        for n, language in enumerate(languages)
    )


def check_article_folder(
    interfaces: tuple[Interface, ...], urls: ArticleUrls, settings_name: str
) -> None:
    """An interface's folder (``ar/``) may not be where articles are published."""
    for interface in interfaces:
        if interface.home and urls.folder.startswith(interface.home):
            raise ConfigError(
                f"{settings_name}: ARTICLE_URL {urls.pattern!r} puts articles in "
                f"'{interface.home}', the folder of the {interface.language!r} interface "
                "(ARCHIVE['interface_languages']); publish articles in another folder"
            )


def load(theme: Path, language: str, home: str = "") -> Interface:
    """The interface in ``language``; English, the templates' own words, needs no catalog."""
    try:
        Locale.parse(language)
    except (ValueError, TypeError) as error:
        raise ConfigError(
            f"pelicanconf.py: ARCHIVE['interface_languages']: {language!r} is not a language "
            f"code ({error}); use one of {', '.join(available(theme))}"
        ) from None
    path = catalog_path(theme, language)
    translations: NullTranslations
    if path.is_file():
        with path.open("rb") as po:
            catalog = read_po(po, locale=language)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        compiled.seek(0)
        translations = Translations(compiled)
    elif language == "en":
        translations = NullTranslations()
    else:
        raise ConfigError(
            f"pelicanconf.py: ARCHIVE['interface_languages']: {language!r} has no catalog "
            f"{path}; use one of {', '.join(available(theme))}, or add one (make messages)"
        )
    return Interface(language, languages.direction(language), translations, home)
