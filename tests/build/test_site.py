"""Building whole sites: what readers get, and what bad input does (nothing half-written)."""

from pathlib import Path

import pytest

from archivist.build import site
from archivist.build.site import build
from archivist.build.state import build_of
from archivist.errors import BuildError, ContentError
from conftest import FIXTURE_SITE, ROOT, SETTINGS, build_into, settings_elsewhere
from page_reader import Page


def page(site: Path, slug: str) -> str:
    return (site / "articles" / slug / "index.html").read_text(encoding="utf-8")


def test_every_article_has_a_page_at_its_frozen_slug(fixture_site: Path) -> None:
    slugs = sorted(p.parent.name for p in (fixture_site / "articles").glob("*/index.html"))
    assert slugs == ["halab-undated", "haseke-prison-attack", "raqqa-attack-arabic", "year-only"]


def test_the_title_is_the_one_h1(fixture_site: Path) -> None:
    assert Page(page(fixture_site, "raqqa-attack-arabic")).h1 == ["هجوم على مدينة الرقة"]


def test_arabic_content_is_marked_right_to_left(fixture_site: Path) -> None:
    assert Page(page(fixture_site, "raqqa-attack-arabic")).has("article", lang="ar", dir="rtl")


def test_dates_show_as_known_partial_or_unknown(fixture_site: Path) -> None:
    haseke = page(fixture_site, "haseke-prison-attack")
    raqqa = page(fixture_site, "raqqa-attack-arabic")
    assert '<time datetime="2022-01-20">20 January 2022</time>' in haseke
    assert '<time datetime="2022-12">December 2022</time>' in raqqa
    assert "(only the month is known)" in raqqa
    assert "date unknown" in page(fixture_site, "halab-undated")


def test_the_body_is_kept_as_published(fixture_site: Path) -> None:
    assert Page(page(fixture_site, "haseke-prison-attack")).body_paragraphs == [
        "A car bomb targeted the prison in Haseke on 20 January.",
        'Fighting lasted over a week; "sezied" stays misspelt, as published.',
    ]


def test_home_lists_newest_first_then_partial_then_undated(fixture_site: Path) -> None:
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    order = ["raqqa-attack-arabic", "haseke-prison-attack", "year-only", "halab-undated"]
    positions = [html.index(f'href="./articles/{slug}/"') for slug in order]
    assert positions == sorted(positions)


def test_links_are_relative_so_the_site_works_from_a_sub_path(fixture_site: Path) -> None:
    html = page(fixture_site, "year-only")
    assert 'href="../../theme/css/archive.css"' in html
    assert 'href="../../"' in html


def test_the_arabic_font_ships_with_the_site(fixture_site: Path) -> None:
    fonts = sorted(p.name for p in (fixture_site / "theme" / "fonts").iterdir())
    assert "noto-naskh-arabic-arabic-400-normal.woff2" in fonts
    assert "LICENSE-noto-naskh-arabic.txt" in fonts


def test_a_curators_own_key_reaches_the_templates(fixture_site: Path) -> None:
    html = page(fixture_site, "haseke-prison-attack")
    assert "(from" not in html  # no original_source here, so nothing is invented


def test_bad_content_stops_the_build_and_writes_nothing(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "ok.md").write_text("---\ntitle: Fine\n---\nText.\n", encoding="utf-8")
    (content / "bad.md").write_text("---\ntitle: x\ndate: 2024-02-30\n---\n", encoding="utf-8")
    output = tmp_path / "output"
    with pytest.raises(ContentError) as raised:
        build(SETTINGS, output, content)
    assert raised.value.lines() == [
        f"{content / 'bad.md'}:3: 'date' is not valid: day is out of range for month; "
        "write the date as YYYY-MM-DD, YYYY-MM or YYYY"
    ]
    assert list(tmp_path.iterdir()) == [content]


def test_a_failed_build_leaves_the_previous_output_exactly_as_it_was(tmp_path: Path) -> None:
    output = build_into(tmp_path / "output")
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("---\ntitle: A\nslug: same\n---\n", encoding="utf-8")
    (content / "b.md").write_text("---\ntitle: B\nslug: same\n---\n", encoding="utf-8")
    with pytest.raises(ContentError):
        build(SETTINGS, output, content)
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "output"]


def test_a_build_run_from_another_folder_finds_the_projects_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no node_modules, no gazetteer here
    output = build_into(tmp_path / "output")
    assert (output / "theme" / "js" / "lunr.min.js").is_file()


def test_a_rebuild_replaces_the_output_and_drops_stale_pages(tmp_path: Path) -> None:
    output = build_into(tmp_path / "output")
    content = tmp_path / "content"
    content.mkdir()
    (content / "only.md").write_text("---\ntitle: Only\n---\nText.\n", encoding="utf-8")
    build(SETTINGS, output, content)
    assert sorted(p.name for p in (output / "articles").iterdir()) == ["only"]


def test_an_empty_content_folder_builds_a_site_with_no_reports_yet(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    report = build(SETTINGS, tmp_path / "output", content)
    assert report.articles == 0
    assert (tmp_path / "output" / "index.html").is_file()
    assert not (tmp_path / "output" / "articles").exists()


def test_an_article_edited_while_the_build_runs_is_published_as_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    article = content / "raqqa.md"
    article.write_text("---\ntitle: Raqqa\n---\nAs checked.\n", encoding="utf-8")
    plan = site.plan_content

    def edit_then_plan(*args: object) -> object:  # the step after the check
        article.write_text("---\ntitle: Raqqa\n---\nEdited meanwhile.\n", encoding="utf-8")
        return plan(*args)

    monkeypatch.setattr(site, "plan_content", edit_then_plan)
    output = tmp_path / "output"
    build(SETTINGS, output, content)
    page = (output / "articles" / "raqqa" / "index.html").read_text(encoding="utf-8")
    assert "As checked." in page and "Edited meanwhile." not in page
    store = "".join(p.read_text(encoding="utf-8") for p in (output / "search").rglob("*.js"))
    assert "As checked." in store and "Edited meanwhile." not in store


def test_two_builds_give_identical_output(tmp_path: Path) -> None:
    first = build_into(tmp_path / "one")
    second = build_into(tmp_path / "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_two_different_sites_built_in_one_process_each_hold_only_their_own(
    tmp_path: Path,
) -> None:
    """Nothing of a build outlives it in the process: the next build, of other content,
    starts from its own build object and cache."""
    fixture = build_into(tmp_path / "fixture")
    seeds = build_into(tmp_path / "seeds", ROOT / "content")
    again = build_into(tmp_path / "fixture-again")

    def slugs(site: Path) -> set[str]:
        return {p.parent.name for p in (site / "articles").glob("*/index.html")}

    assert slugs(seeds) == {p.stem for p in (ROOT / "content").glob("*.md")}
    assert not slugs(seeds) & slugs(fixture)
    for slug in slugs(seeds):  # related reports are the seeds' own
        text = page(seeds, slug)
        assert not [other for other in slugs(fixture) if f"/{other}/" in text]
    files = sorted(p.relative_to(fixture) for p in fixture.rglob("*") if p.is_file())
    assert all((fixture / f).read_bytes() == (again / f).read_bytes() for f in files)


def test_a_pelican_error_fails_the_build(tmp_path: Path) -> None:
    settings = settings_elsewhere(tmp_path, "DIRECT_TEMPLATES = ['search', 'no-such-template']\n")
    output = tmp_path / "output"
    with pytest.raises(BuildError):
        build(settings, output, FIXTURE_SITE)
    assert not output.exists()


def test_the_report_counts_every_file_of_the_site_the_sitemap_included(tmp_path: Path) -> None:
    report = build(SETTINGS, tmp_path / "output", FIXTURE_SITE, locked=True)
    written = [p for p in report.output.rglob("*") if p.is_file()]
    assert report.output / "sitemap.xml" in written
    assert report.files == len(written)


def test_hidden_files_and_folders_are_not_published(tmp_path: Path) -> None:
    """The check skips them, and so does the site generator: the two read the same files."""
    content = tmp_path / "content"
    (content / ".drafts").mkdir(parents=True)
    (content / "shown.md").write_text("---\ntitle: Shown\n---\nText.\n", encoding="utf-8")
    (content / ".hidden.md").write_text("---\ntitle: Hidden\n---\nText.\n", encoding="utf-8")
    (content / ".drafts" / "draft.md").write_text("---\ntitle: Draft\n---\nText.\n", "utf-8")
    report = build(SETTINGS, tmp_path / "output", content)
    assert report.articles == 1
    assert [p.name for p in (tmp_path / "output" / "articles").iterdir()] == ["shown"]
    lock = (content / "permalinks.lock").read_text(encoding="utf-8")
    assert "articles/shown/" in lock and "hidden" not in lock and "draft" not in lock


def test_the_plugins_outside_an_archivist_build_say_how_to_build() -> None:
    with pytest.raises(BuildError, match=r"run under 'archivist build' \(make html\)"):
        build_of({"PATH": "content"})
