"""The interface in the reader's language: the theme's catalogs, right to left in Arabic,
while each report keeps its own language."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from archivist.build.site import build
from archivist.content.dates import PartialDate
from archivist.errors import ConfigError
from archivist.pages.interface import available, catalog_path, load
from conftest import FIXTURE_SITE, ROOT, settings_elsewhere

THEME = ROOT / "theme"


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("arabic")
    settings = settings_elsewhere(folder, archive="'interface_language': 'ar'")
    build(settings, folder / "output", FIXTURE_SITE, locked=True)
    return folder / "output"


def test_english_arabic_kurmanji_and_turkish_catalogs_exist() -> None:
    assert {"en", "ar", "ku", "tr"} <= set(available(THEME))


def test_the_arabic_catalog_translates_every_message() -> None:
    with catalog_path(THEME, "ar").open("rb") as po:
        catalog = read_po(po, locale="ar")
    untranslated = [m.id for m in catalog if m.id and not all(m.string)]
    assert untranslated == []


def test_an_arabic_interface_page_reads_right_to_left(arabic_site: Path) -> None:
    html = (arabic_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert ">كل التقارير</a>" in html and ">All reports</a>" not in html
    assert "انتقل إلى المحتوى" in html  # "Skip to content"


def test_reports_keep_their_language_in_an_arabic_interface(arabic_site: Path) -> None:
    html = (arabic_site / "articles/haseke-prison-attack/index.html").read_text(encoding="utf-8")
    assert '<article class="report-page" lang="en" dir="ltr">' in html
    assert "<dt>المصدر</dt>" in html  # "Source", in the byline
    assert '<time datetime="2022-01-20">20 يناير 2022</time>' in html
    assert "Sina'a prison" in html or "prison" in html  # the report as written


def test_dates_are_written_the_interface_way() -> None:
    english, arabic = load(THEME, "en"), load(THEME, "ar")
    assert english.date(PartialDate(2024, 5, 9)) == "9 May 2024"
    assert english.date(PartialDate(2023, 3)) == "March 2023"
    assert english.date(PartialDate(2019)) == "2019"
    assert arabic.date(PartialDate(2024, 5, 9)) == "9 مايو 2024"
    assert arabic.language_name("en") == "الإنجليزية"


def test_an_interface_language_without_a_catalog_is_one_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"'fr' has no catalog .*; use one of ar, en, ku, tr"):
        load(THEME, "fr")
