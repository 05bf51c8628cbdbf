"""The interface in the reader's language: the theme's catalogs, right to left in Arabic,
while each report keeps its own language; one site in both, English at the root and
Arabic in ar/, each page linking to itself in the other."""

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
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture archive built as the project's settings say: English and Arabic."""
    folder = tmp_path_factory.mktemp("both")
    build(settings_elsewhere(folder), folder / "output", FIXTURE_SITE, locked=True)
    return folder / "output"


@pytest.fixture(scope="module")
def arabic_site(site: Path) -> Path:
    return site / "ar"


def page(folder: Path, path: str) -> str:
    return (folder / path / "index.html").read_text(encoding="utf-8")


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
    assert '<time datetime="2022-01-20">٢٠ يناير ٢٠٢٢</time>' in html  # Arabic-Indic digits
    assert "Sina'a prison" in html or "prison" in html  # the report as written


def test_related_reports_are_headed_and_dated_in_the_interfaces_language(
    arabic_site: Path,
) -> None:
    html = (arabic_site / "articles/haseke-prison-attack/index.html").read_text(encoding="utf-8")
    related = html.split('<nav class="related"', 1)[1].split("</nav>", 1)[0]
    assert 'lang="ar" dir="rtl">' in related and "تقارير ذات صلة</h2>" in related
    assert '<span class="related-date">ديسمبر ٢٠٢٢</span>' in related
    assert '<span class="related-date">تاريخ غير معروف</span>' in related


def test_the_date_archive_and_its_timeline_are_in_the_interfaces_language(
    arabic_site: Path,
) -> None:
    dates = page(arabic_site, "dates")
    assert '<a href="../../ar/dates/2022/12/">ديسمبر ٢٠٢٢</a>' in dates
    assert '<a href="../../ar/dates/2022/">٢٠٢٢</a>' in dates
    assert 'aria-label="التقارير في كل شهر"' in dates  # the timeline
    assert (
        "<title>ديسمبر ٢٠٢٢: ١</title>" in dates
        and "<title>٢٠١٩، الشهر غير معروف: ١</title>" in dates
    )
    assert "ديسمبر ٢٠٢٢</span></h1>" in page(arabic_site, "dates/2022/12")


def test_dates_are_written_the_interface_way() -> None:
    english, arabic = load(THEME, "en"), load(THEME, "ar")
    assert english.date(PartialDate(2024, 5, 9)) == "9 May 2024"
    assert english.date(PartialDate(2023, 3)) == "March 2023"
    assert english.date(PartialDate(2019)) == "2019"
    assert arabic.date(PartialDate(2024, 5, 9)) == "٩ مايو ٢٠٢٤"
    assert arabic.date(PartialDate(2019)) == "٢٠١٩"
    assert arabic.number(1234) == "١٬٢٣٤" and english.number(1234) == "1,234"
    assert arabic.language_name("en") == "الإنجليزية"


def test_countries_are_named_in_the_interfaces_language_when_cldr_knows_them() -> None:
    english, arabic = load(THEME, "en"), load(THEME, "ar")
    assert arabic.country_name("Jordan") == "الأردن" and english.country_name("Jordan") == "Jordan"
    assert arabic.country_name("N. Cyprus") == "N. Cyprus"  # Natural Earth's own abbreviation


def test_an_interface_language_without_a_catalog_is_one_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"'fr' has no catalog .*; use one of ar, en, ku, tr"):
        load(THEME, "fr")


def test_the_site_is_english_at_its_root_and_arabic_in_ar(site: Path) -> None:
    assert '<html lang="en" dir="ltr">' in page(site, "places")
    assert '<html lang="ar" dir="rtl">' in page(site, "ar/places")
    english = {p.relative_to(site) for p in site.rglob("index.html")}
    arabic = {p.relative_to(site / "ar") for p in (site / "ar").rglob("index.html")}
    # Every page but the redirects (a/<id>/, old slugs) and withdrawn notices, in Arabic too.
    assert {p for p in english - arabic if p.parts[0] != "ar"} == {
        p for p in english if p.parts[0] == "a" or "redirect" in page(site, str(p.parent))
    }


@pytest.mark.parametrize(
    "path", ["", "places/raqqa", "articles/haseke-prison-attack", "dates/2022", "search"]
)
def test_every_page_links_to_itself_in_the_other_interface(site: Path, path: str) -> None:
    here = f"{path}/" if path else ""
    root = "/".join([".."] * here.count("/")) or "."  # the site's root, seen from the page
    english, arabic = page(site, path), page(site, f"ar/{path}")
    assert f'<a href="{root}/ar/{here}" hreflang="ar" lang="ar" dir="rtl">العربية</a>' in english
    arabic_root = "/".join([".."] * (here.count("/") + 1))
    assert f'<a href="{arabic_root}/{here}" hreflang="en" lang="en" dir="ltr">English</a>' in arabic


def test_arabic_pages_link_to_arabic_pages_and_share_the_sites_files(site: Path) -> None:
    home = page(site, "ar")
    assert 'href="../ar/articles/haseke-prison-attack/"' in home
    assert 'href="../ar/places/"' in home and 'href="../theme/css/archive.css"' in home
    article = page(site, "ar/articles/haseke-prison-attack")
    # Its permalink and citation files are the report's one address, the English page's.
    assert 'class="permalink" href="../../../articles/haseke-prison-attack/"' in article
    assert 'href="../../../articles/haseke-prison-attack/cite.bib"' in article
    shared = ["search", "feeds", "a", "theme", "_headers", "sitemap.xml"]
    # The search page and the feeds are the interface's own (ar/feeds/, titled in Arabic).
    assert [name for name in shared if (site / "ar" / name).exists()] == ["search", "feeds"]
    assert sorted(p.name for p in (site / "ar/search").iterdir()) == ["index.html"]
    assert sorted(p.name for p in (site / "ar/articles/haseke-prison-attack").iterdir()) == [
        "index.html"
    ]


def test_the_permalinks_lock_records_no_arabic_interface_address(site: Path) -> None:
    assert "ar/articles/" not in (FIXTURE_SITE / "permalinks.lock").read_text(encoding="utf-8")


def test_a_published_site_names_its_alternates_and_one_canonical_report(tmp_path: Path) -> None:
    address = "https://example.org/archive"
    published = f"SITEURL = {address!r}\nRELATIVE_URLS = False\n"
    build(settings_elsewhere(tmp_path, published), tmp_path / "out", FIXTURE_SITE, locked=True)
    places = page(tmp_path / "out", "ar/places")
    assert f'<link rel="alternate" hreflang="en" href="{address}/places/">' in places
    assert f'<link rel="alternate" hreflang="ar" href="{address}/ar/places/">' in places
    report = page(tmp_path / "out", "ar/articles/haseke-prison-attack")
    canonical = f'<link rel="canonical" href="{address}/articles/haseke-prison-attack/">'
    assert canonical in report and 'hreflang="en" href=' not in report


def test_a_site_in_one_interface_has_no_language_folder(tmp_path: Path) -> None:
    settings = settings_elsewhere(tmp_path, archive="'interface_languages': ['ar']")
    build(settings, tmp_path / "out", FIXTURE_SITE, locked=True)
    assert '<html lang="ar" dir="rtl">' in page(tmp_path / "out", "")
    assert not (tmp_path / "out/ar").exists() and "interface-switch" not in page(
        tmp_path / "out", ""
    )


def test_articles_may_not_be_published_in_an_interfaces_folder(tmp_path: Path) -> None:
    settings = settings_elsewhere(tmp_path, "ARTICLE_URL = 'ar/{slug}/'\n")
    with pytest.raises(ConfigError, match=r"puts articles in 'ar/', the folder of the 'ar'"):
        build(settings, tmp_path / "out", FIXTURE_SITE, locked=True)


def test_the_sitemap_lists_each_report_once_and_every_arabic_index_page(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>articles/haseke-prison-attack/</loc>" in sitemap
    assert "<loc>ar/places/raqqa/</loc>" in sitemap and "<loc>ar/articles/" not in sitemap
