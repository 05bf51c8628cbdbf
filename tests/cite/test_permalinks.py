"""Permalinks never break: the lock, renames with aliases, withdrawals, identifier URLs."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from archivist.build.site import build
from archivist.cite.identifiers import aliases, derived_id
from archivist.cite.permalinks import LOCK_NAME, plan_content, read_lock, write_lock
from archivist.cli import main
from archivist.config import ArticleUrls
from archivist.content.articles import load_archive
from archivist.errors import ContentError, Problem
from conftest import FIXTURE_SITE, ROOT, SETTINGS, settings_elsewhere
from test_html_valid import nu_errors

URLS = ArticleUrls("articles/")


def write(content: Path, name: str, front: str, body: str = "Text.\n") -> Path:
    content.mkdir(exist_ok=True)
    path = content / f"{name}.md"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    return path


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """A content folder with two articles, built once, so its lock records their URLs."""
    content = tmp_path / "content"
    write(
        content, "prison", "title: Prison\nslug: prison-attack\nimported_from: 000_4ea09b17fb.txt"
    )
    write(content, "dam", "title: Dam\nslug: dam-report")
    build(SETTINGS, tmp_path / "output", content)
    return content


def test_a_build_records_every_url_sorted_in_the_lock(published: Path) -> None:
    text = (published / LOCK_NAME).read_text(encoding="utf-8")
    dam = derived_id(load_archive(published).articles[0])
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert lines == sorted(lines)
    assert lines == sorted(
        [
            "a/4ea09b17/ 4ea09b17",
            f"a/{dam}/ {dam}",
            "articles/dam-report/ " + dam,
            "articles/prison-attack/ 4ea09b17",
        ]
    )


def test_an_unchanged_rebuild_leaves_the_lock_byte_for_byte(published: Path) -> None:
    before = (published / LOCK_NAME).read_bytes()
    build(SETTINGS, published.parent / "output", published)
    assert (published / LOCK_NAME).read_bytes() == before


def test_renaming_a_slug_with_an_alias_redirects_and_keeps_the_lock(published: Path) -> None:
    before = set(read_lock(published / LOCK_NAME).items())
    write(
        published,
        "prison",
        "title: Prison\nslug: haseke-prison-attack\naliases: [prison-attack]\n"
        "imported_from: 000_4ea09b17fb.txt",
    )
    output = published.parent / "output"
    build(SETTINGS, output, published)
    after = set(read_lock(published / LOCK_NAME).items())
    assert before < after
    assert ("articles/haseke-prison-attack/", "4ea09b17") in after
    old = (output / "articles/prison-attack/index.html").read_text(encoding="utf-8")
    new = "../../articles/haseke-prison-attack/"
    assert f'<meta http-equiv="refresh" content="0; url={new}index.html">' in old
    assert '<link rel="canonical" href="../../articles/haseke-prison-attack/">' in old
    assert "<script>" not in old


def test_renaming_a_slug_without_an_alias_stops_the_build(published: Path) -> None:
    write(published, "prison", "title: Prison\nslug: haseke-prison-attack")
    with pytest.raises(ContentError) as raised:
        build(SETTINGS, published.parent / "output", published)
    [line] = [x for x in raised.value.lines() if "articles/prison-attack/" in x]
    assert line.startswith(f"{published / LOCK_NAME}:")
    assert "was published but nothing serves it now" in line
    assert "list its old slug under 'aliases:'" in line


def test_deleting_a_published_article_without_a_note_fails_the_build(published: Path) -> None:
    output = published.parent / "output"
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    (published / "dam.md").unlink()
    with pytest.raises(ContentError) as raised:
        build(SETTINGS, output, published)
    assert all("withdraw it in withdrawn.yaml" in line for line in raised.value.lines())
    assert any("articles/dam-report/" in line for line in raised.value.lines())
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before


def test_a_withdrawal_note_leaves_a_withdrawn_page(published: Path) -> None:
    dam_id = read_lock(published / LOCK_NAME)["articles/dam-report/"]
    (published / "dam.md").unlink()
    (published / "withdrawn.yaml").write_text(
        'dam-report:\n  reason: "Removed at the source\'s request & for safety."\n'
        "  title: Dam\n  date: 2025-03-01\n",
        encoding="utf-8",
    )
    output = published.parent / "output"
    build(SETTINGS, output, published)
    page = (output / "articles/dam-report/index.html").read_text(encoding="utf-8")
    assert "<h1>Withdrawn: " in page
    assert "Removed at the source&#39;s request &amp; for safety." in page
    assert '<time datetime="2025-03-01">1 March 2025</time>' in page
    short = (output / f"a/{dam_id}/index.html").read_text(encoding="utf-8")
    assert 'url=../../articles/dam-report/index.html"' in short


def test_a_published_slug_is_never_given_to_another_article(published: Path) -> None:
    (published / "dam.md").unlink()
    write(published, "other", "title: Other\nslug: dam-report\nid: other123")
    with pytest.raises(ContentError) as raised:
        build(SETTINGS, published.parent / "output", published)
    assert any(
        "articles/dam-report/ was published for article id" in line
        and "now id other123 claims it" in line
        for line in raised.value.lines()
    )


def test_an_alias_may_not_take_another_articles_url(published: Path) -> None:
    write(published, "dam", "title: Dam\nslug: dam-report\naliases: [prison-attack]")
    with pytest.raises(ContentError) as raised:
        plan_content(published, load_archive(published).articles, URLS)
    assert any("articles/prison-attack" in line for line in raised.value.lines())


def test_withdrawing_an_unpublished_slug_is_an_error(published: Path) -> None:
    (published / "withdrawn.yaml").write_text("never-was:\n  reason: x\n", encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        plan_content(published, load_archive(published).articles, URLS)
    assert raised.value.lines() == [
        f"{published / 'withdrawn.yaml'}:1: 'never-was' was never published "
        f"(articles/never-was/ is not in {LOCK_NAME}); remove the entry, or check the slug"
    ]


def test_a_withdrawal_needs_a_reason(published: Path) -> None:
    (published / "withdrawn.yaml").write_text("dam-report:\n  title: Dam\n", encoding="utf-8")
    with pytest.raises(ContentError, match="'dam-report' has no reason"):
        plan_content(published, load_archive(published).articles, URLS)


def test_a_changed_id_is_refused(published: Path) -> None:
    write(published, "dam", "title: Dam\nslug: dam-report\nid: newid123")
    with pytest.raises(ContentError, match="now id newid123 claims it"):
        plan_content(published, load_archive(published).articles, URLS)


def test_a_malformed_id_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "c", "x", "title: X\nid: Not An Id")
    with pytest.raises(ContentError) as raised:
        plan_content(tmp_path / "c", load_archive(tmp_path / "c").articles, URLS)
    assert raised.value.lines()[0].startswith(f"{path}:3: id 'Not An Id' is not 4 to 16")


def test_a_locked_build_refuses_unrecorded_urls_and_writes_nothing(published: Path) -> None:
    write(published, "new", "title: New\nslug: new-report")
    before = (published / LOCK_NAME).read_bytes()
    with pytest.raises(ContentError, match=r"2 URL\(s\) are not recorded yet"):
        build(SETTINGS, published.parent / "output", published, locked=True)
    assert (published / LOCK_NAME).read_bytes() == before


def test_the_cli_checks_and_updates_the_lock(
    published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(published, "new", "title: New\nslug: new-report")
    settings = ["--settings", str(SETTINGS), "--content", str(published)]
    assert main(["permalinks", *settings]) == 1
    assert "run 'archivist permalinks --update'" in capsys.readouterr().err
    assert main(["permalinks", "--update", *settings]) == 0
    assert main(["permalinks", "--check", *settings]) == 0
    assert "articles/new-report/" in read_lock(published / LOCK_NAME)


def test_the_cli_build_is_locked_under_ci(
    published: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(published, "new", "title: New\nslug: new-report")
    monkeypatch.setenv("CI", "true")
    args = ["build", "-s", str(SETTINGS), "-c", str(published), "-o", str(published.parent / "o")]
    assert main(args) == 1
    assert "not recorded yet" in capsys.readouterr().err


@pytest.mark.parametrize("content", [ROOT / "content", FIXTURE_SITE])
def test_the_committed_locks_record_every_url(content: Path) -> None:
    plan = plan_content(content, load_archive(content).articles, URLS)
    assert plan.unrecorded == ()


def test_the_seed_ids_come_from_their_captures() -> None:
    lock = read_lock(ROOT / "content" / LOCK_NAME)
    assert lock["articles/has-isis-returned-to-rural-aleppo/"] == "ea55edad"


def test_redirect_and_withdrawn_pages_are_valid_html(published: Path) -> None:
    write(
        published,
        "prison",
        "title: Prison\nslug: haseke-prison-attack\naliases: [prison-attack]\n"
        "imported_from: 000_4ea09b17fb.txt",
    )
    (published / "dam.md").unlink()
    (published / "withdrawn.yaml").write_text("dam-report:\n  reason: Gone.\n", encoding="utf-8")
    output = published.parent / "output"
    build(SETTINGS, output, published)
    assert (output / "articles/prison-attack/index.html").is_file()
    assert "Withdrawn" in (output / "articles/dam-report/index.html").read_text(encoding="utf-8")
    assert nu_errors(output) == []


def test_the_sitemap_lists_articles_not_their_redirects(seed_site: Path) -> None:
    sitemap = (seed_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>articles/has-isis-returned-to-rural-aleppo/</loc>" in sitemap
    assert (seed_site / "a/ea55edad/index.html").is_file()
    assert "<loc>a/" not in sitemap


def test_a_locked_build_of_a_folder_without_a_lock_builds_and_writes_none(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content, "new", "title: New\nslug: new-report")
    build(SETTINGS, tmp_path / "output", content, locked=True)
    assert (tmp_path / "output/articles/new-report/index.html").is_file()
    assert not (content / LOCK_NAME).exists()


def test_slugs_whose_hashes_share_eight_digits_get_distinct_ids(tmp_path: Path) -> None:
    # SHA-256 of both slugs starts 28a58dc4 (at 50,000 articles such a pair is likely);
    # report-95172's goes on 3c0a..., and a third article claims 28a58dc43c as its own.
    content = tmp_path / "content"
    write(content, "one", "title: One\nslug: report-95172")
    write(content, "two", "title: Two\nslug: report-35166")
    write(content, "three", "title: Three\nslug: report-3\nid: 28a58dc43c")
    plan = plan_content(content, load_archive(content).articles, URLS)
    ids = {route.url: route.id for route in plan.routes}
    assert ids["articles/report-35166/"] == "28a58dc4"  # first in slug order: eight digits
    assert ids["articles/report-95172/"] == "28a58dc43c0a"  # ten are taken: twelve
    assert ids["articles/report-3/"] == "28a58dc43c"


def test_a_new_article_url_moves_articles_and_redirects_their_old_addresses(
    published: Path,
) -> None:
    lock = read_lock(published / LOCK_NAME)
    moved = plan_content(published, load_archive(published).articles, ArticleUrls("r/s/"))
    routes = {route.url: route for route in moved.routes}
    for slug in ("prison-attack", "dam-report"):
        old, new = f"articles/{slug}/", f"r/s/{slug}/"
        assert (routes[new].kind, routes[new].id) == ("article", lock[old])
        assert (routes[old].kind, routes[old].target, routes[old].id) == ("alias", new, lock[old])
        assert routes[f"a/{lock[old]}/"].target == new
    assert moved.ids == {slug: lock[f"articles/{slug}/"] for slug in moved.ids}
    assert set(moved.unrecorded) == {"r/s/prison-attack/", "r/s/dam-report/"}
    write_lock(moved)
    assert set(read_lock(published / LOCK_NAME)) == set(lock) | set(moved.unrecorded)


def test_after_a_move_a_renamed_article_redirects_from_every_old_address(
    published: Path,
) -> None:
    urls = ArticleUrls("reports/")
    write_lock(plan_content(published, load_archive(published).articles, urls))
    write(
        published,
        "prison",
        "title: Prison\nslug: haseke-prison-attack\naliases: [articles/prison-attack/]\n"
        "imported_from: 000_4ea09b17fb.txt",
    )
    routes = {
        r.url: r for r in plan_content(published, load_archive(published).articles, urls).routes
    }
    for old in ("articles/prison-attack/", "reports/prison-attack/", "a/4ea09b17/"):
        assert routes[old].target == "reports/haseke-prison-attack/", old
    assert routes["reports/haseke-prison-attack/"].id == "4ea09b17"


def test_a_withdrawn_article_keeps_its_page_where_it_was_published(published: Path) -> None:
    dam_id = read_lock(published / LOCK_NAME)["articles/dam-report/"]
    (published / "dam.md").unlink()
    (published / "withdrawn.yaml").write_text("dam-report:\n  reason: Gone.\n", encoding="utf-8")
    moved = plan_content(published, load_archive(published).articles, ArticleUrls("reports/"))
    routes = {route.url: route for route in moved.routes}
    assert (routes["articles/dam-report/"].kind, routes["articles/dam-report/"].id) == (
        "withdrawn",
        dam_id,
    )
    assert routes[f"a/{dam_id}/"].target == "articles/dam-report/"
    assert "reports/dam-report/" not in routes


def test_a_new_article_url_moves_pages_lock_citations_search_and_sitemap_together(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    output = tmp_path / "output"
    public = "'public_url': 'https://archive.example.org'"
    build(settings_elsewhere(tmp_path, archive=public), output, content)  # the lock's addresses
    before = read_lock(content / LOCK_NAME)
    moved = settings_elsewhere(tmp_path, "ARTICLE_URL = 'library/reports/{slug}/'\n", public)
    build(moved, output, content)
    slugs = sorted(url.split("/")[1] for url in before if url.startswith("articles/"))
    assert len(slugs) == 4
    lock = read_lock(content / LOCK_NAME)
    home = "https://archive.example.org/"
    for slug in slugs:
        old, new, article_id = (
            f"articles/{slug}/",
            f"library/reports/{slug}/",
            before[f"articles/{slug}/"],
        )
        # the lock keeps the old address and adds the new one, for the same article
        assert (lock[old], lock[new]) == (article_id, article_id)
        # the page moved, and links from where it is now
        page = (output / new / "index.html").read_text(encoding="utf-8")
        assert '<link rel="stylesheet" href="../../../theme/css/archive.css">' in page
        assert f'<a class="permalink" href="../../../{new}">{new}</a>' in page
        assert "articles/" not in page  # nor do its related reports or citation links
        # its citations moved with it
        assert f'<meta name="citation_public_url" content="{home}{new}">' in page
        cited = json.loads((output / new / "cite.json").read_text(encoding="utf-8"))
        assert cited[0]["URL"] == f"{home}{new}"
        assert f"{home}{new}" in (output / new / "cite.bib").read_text(encoding="utf-8")
        assert not (output / old / "cite.json").exists()
        # the old address and the short one redirect to it
        for address in (old, f"a/{article_id}/"):
            redirect = (output / address / "index.html").read_text(encoding="utf-8")
            assert f'content="0; url=../../{new}index.html"' in redirect, address
            assert f'<link rel="canonical" href="{home}{new}">' in redirect, address
    # search results, feeds, listings and the sitemap name only the new addresses
    store = "".join(p.read_text(encoding="utf-8") for p in (output / "search").glob("docs-*.js"))
    assert sorted(re.findall(r'"url":"([^"]+)"', store)) == [f"library/reports/{s}/" for s in slugs]
    feed = (output / "feeds/all.atom.xml").read_text(encoding="utf-8")
    assert "articles/" not in feed and "../library/reports/year-only/" in feed
    assert 'href="./library/reports/year-only/"' in (output / "index.html").read_text("utf-8")
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>library/reports/year-only/</loc>" in sitemap
    assert "<loc>articles/" not in sitemap and "<loc>a/" not in sitemap


def test_an_alias_is_an_old_slug_or_an_address_ending_in_one(tmp_path: Path) -> None:
    path = write(tmp_path / "c", "x", "title: X\nslug: new-x\naliases: [old-x, reports/older-x/]")
    article = load_archive(tmp_path / "c").articles[0]
    assert aliases(article) == ("old-x", "older-x")
    write(tmp_path / "c", "x", "title: X\nslug: new-x\naliases: [../old-x]")
    refused = aliases(load_archive(tmp_path / "c").articles[0])
    assert isinstance(refused, Problem)
    assert str(refused).startswith(f"{path}:4: alias '../old-x' is not a slug")
