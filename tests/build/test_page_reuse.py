"""A rebuild links the pages whose inputs did not change from the previous build; its
output is byte for byte what a clean build of the same content gives."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from pelican.writers import FileOverwriteFailedError

from archivist.build import atomic
from archivist.build.cache import Store
from archivist.build.site import build
from archivist.build.state import SETTING
from archivist.errors import BuildError
from archivist.pages import index_pages
from archivist.pages.paging import paginate
from archivist.reuse.deferred import Deferred
from conftest import FIXTURE_SITE, SETTINGS, build_with, pages_of, settings_elsewhere, snapshot
from test_paths import safety_plugin


def pages(folder: Path) -> dict[str, int]:
    """Each file's inode: a page taken from the previous build keeps its inode."""
    return {str(p.relative_to(folder)): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE_SITE, tmp_path / "content"))


def append(content: Path, name: str, text: str) -> None:
    with (content / name).open("a", encoding="utf-8") as stream:
        stream.write(text)


def retitle(content: Path) -> None:
    source = content / "year-only.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("known only by its year", "of one year"),
        encoding="utf-8",
    )


def add_report(content: Path) -> None:
    (content / "new.md").write_text(
        "---\ntitle: A new report\nslug: new-report\ndate: 2020-02-02\nplaces: [Raqqa]\n---\n"
        "Raqqa prison attack.\n",
        encoding="utf-8",
    )


EDITS: dict[str, Callable[[Path], None]] = {
    "body edited": lambda content: append(content, "year-only.md", "\nA second paragraph.\n"),
    "title edited": retitle,
    "report added": add_report,
}


def rebuilt(
    content: Path, output: Path, edit: Callable[[Path], None]
) -> tuple[dict[str, int], dict[str, int]]:
    """Each file's inode after a build into ``output``, and after ``edit`` and a rebuild."""
    build(SETTINGS, output, content)
    before = pages(output)
    edit(content)
    build(SETTINGS, output, content)
    return before, pages(output)


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_rebuild_after_an_edit_equals_a_clean_build(
    tmp_path: Path, content: Path, edit: Callable[[Path], None]
) -> None:
    output = tmp_path / "output"
    before, after = rebuilt(content, output, edit)
    reused = {name for name, inode in after.items() if before.get(name) == inode}
    assert "a/9f9a4cc4/index.html" in reused  # the redirect of another report
    assert "tags/attacks/index.html" in reused  # a listing without the edited report
    assert "places/mosul/index.html" in reused  # a place no count of which changed
    assert "articles/year-only/index.html" not in reused
    assert "search/docs-0.js" in reused  # the search record of another report
    assert "search/index.html" in reused  # handed every report, it shows none
    assert snapshot(output) == snapshot(build(SETTINGS, tmp_path / "clean", content).output)


def test_an_edited_body_leaves_the_indices_of_names_and_counts_as_they_were(
    tmp_path: Path, content: Path
) -> None:
    before, after = rebuilt(content, tmp_path / "output", EDITS["body edited"])
    indices = ["tags/index.html", "places/index.html", "dates/index.html", "sources/index.html"]
    assert [after[name] for name in indices] == [before[name] for name in indices]


def test_a_rebuild_works_in_the_site_the_live_one_replaced_and_leaves_the_live_one_as_it_was(
    tmp_path: Path, content: Path
) -> None:
    output = tmp_path / "output"
    build(SETTINGS, output, content)
    append(content, "year-only.md", "\nA second paragraph.\n")
    build(SETTINGS, output, content)  # the first site waits as the spare
    live, live_pages = snapshot(output), pages(output)
    first = atomic.spare(output).stat().st_ino
    append(content, "halab-undated.md", "\nA second paragraph.\n")  # its page: in both sites
    build(SETTINGS, output, content)
    assert output.stat().st_ino == first  # built in the spare, swapped in
    assert snapshot(atomic.spare(output)) == live  # the site live during the build: untouched
    after = pages(output)
    assert after["a/9f9a4cc4/index.html"] == live_pages["a/9f9a4cc4/index.html"]
    edited = "articles/halab-undated/index.html"
    assert after[edited] != live_pages[edited]
    assert snapshot(output) == snapshot(build(SETTINGS, tmp_path / "clean", content).output)


def test_stamping_a_rebuild_with_a_new_time_leaves_the_live_site_as_it_was(
    tmp_path: Path, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "output"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    build(SETTINGS, output, content)
    build(SETTINGS, output, content)  # the first site waits as the spare
    live = {name: (output / name).stat().st_mtime for name in pages(output)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1200000000")
    build(SETTINGS, output, content)  # in the spare: most pages links to the live site's
    was_live = atomic.spare(output)
    assert {name: (was_live / name).stat().st_mtime for name in live} == live
    assert {p.stat().st_mtime for p in output.rglob("*")} == {1200000000}


def test_a_report_removed_leaves_nothing_in_the_site_a_rebuild_works_in(
    tmp_path: Path, content: Path
) -> None:
    (content / "permalinks.lock").unlink()  # a new archive: no address is kept yet
    output = tmp_path / "output"
    for _ in range(2):  # the second build's spare holds the report's pages
        build(SETTINGS, output, content, locked=True)
    (content / "year-only.md").unlink()
    build(SETTINGS, output, content, locked=True)
    clean = build(SETTINGS, tmp_path / "clean", content, locked=True).output
    assert snapshot(output) == snapshot(clean)
    assert folders(output) == folders(clean)


def test_a_site_built_with_another_theme_lends_the_next_none_of_its_pages(
    tmp_path: Path, content: Path
) -> None:
    theme = Path(shutil.copytree(SETTINGS.parent / "theme", tmp_path / "theme"))
    settings = settings_elsewhere(tmp_path, theme=theme)
    output = tmp_path / "output"
    for _ in range(2):
        build(settings, output, content)
    (theme / "static" / "css" / "extra.css").write_text("p { margin: 0 }", encoding="utf-8")
    build(settings, output, content)
    assert (output / "theme" / "css" / "extra.css").is_file()
    assert snapshot(output) == snapshot(build(settings, tmp_path / "clean", content).output)


def folders(site: Path) -> set[Path]:
    return {p.relative_to(site) for p in site.rglob("*") if p.is_dir()}


def removed(tmp_path: Path, content: Path, *names: str) -> tuple[set[Path], ...]:
    """The folders of a build, of a rebuild after removing the reports ``names``, and of a
    clean build without them."""
    (content / "permalinks.lock").unlink()  # a new archive: no address is kept yet
    output = tmp_path / "output"
    before = folders(build(SETTINGS, output, content, locked=True).output)
    for name in names:
        (content / name).unlink()
    after = folders(build(SETTINGS, output, content, locked=True).output)
    return before, after, folders(build(SETTINGS, tmp_path / "clean", content, locked=True).output)


def test_a_report_removed_leaves_no_empty_folder_behind(tmp_path: Path, content: Path) -> None:
    before, after, clean = removed(tmp_path, content, "year-only.md")
    assert Path("articles/year-only") in before
    assert Path("articles/year-only") not in after
    assert after == clean


def test_a_listing_cut_to_one_page_leaves_no_empty_folder_behind(
    tmp_path: Path, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two reports a page: the home page's second page, page/2/, goes with two reports.
    monkeypatch.setattr(index_pages, "paginate", lambda items, url: paginate(items, url, 2))
    before, after, clean = removed(tmp_path, content, "year-only.md", "halab-undated.md")
    assert Path("page/2") in before
    assert Path("page") not in after
    assert after == clean


def test_an_unchanged_rebuild_writes_no_page_citation_file_feed_or_search_file_again(
    tmp_path: Path, content: Path
) -> None:
    before, after = rebuilt(content, tmp_path / "output", lambda _: None)
    folders = ("articles/", "a/", "tags/", "feeds/", "search/")
    kept = [name for name in after if name.startswith(folders)]
    assert any(name.endswith("cite.bib") for name in kept)
    assert any(name.startswith("search/shard-") for name in kept)
    assert all(before[name] == after[name] for name in kept)


def test_a_page_edited_by_hand_in_the_output_is_rendered_again(
    tmp_path: Path, content: Path
) -> None:
    output = tmp_path / "output"
    build(SETTINGS, output, content)
    page = output / "articles" / "halab-undated" / "index.html"
    rendered = page.read_bytes()
    with page.open("ab") as stream:
        stream.write(b"<!-- edited -->")
    build(SETTINGS, output, content)
    assert page.read_bytes() == rendered


def test_a_theme_change_renders_every_page_again(tmp_path: Path, content: Path) -> None:
    theme = Path(shutil.copytree(SETTINGS.parent / "theme", tmp_path / "theme"))
    settings = settings_elsewhere(tmp_path, theme=theme)
    output = tmp_path / "output"
    build(settings, output, content)
    before = pages(output)
    footer = theme / "templates" / "base.html"
    footer.write_text(
        footer.read_text(encoding="utf-8").replace("notes in the margins", "margin notes"),
        encoding="utf-8",
    )
    build(settings, output, content)
    after = pages(output)
    html = [name for name in after if name.endswith(".html")]
    assert not any(before.get(name) == after[name] for name in html)
    assert b"margin notes" in (output / "articles" / "year-only" / "index.html").read_bytes()


def test_a_page_pelican_splits_keeps_all_its_pages_in_a_rebuild(
    tmp_path: Path, content: Path
) -> None:
    theme = Path(shutil.copytree(SETTINGS.parent / "theme", tmp_path / "theme"))
    (theme / "templates" / "everything.html").write_text(
        "{% for article in articles_page.object_list %}{{ article.title }}\n{% endfor %}",
        encoding="utf-8",
    )
    paginated = (
        'DIRECT_TEMPLATES = ["search", "everything"]\nPAGINATED_TEMPLATES = {"everything": 2}\n'
    )
    settings = settings_elsewhere(tmp_path, paginated, theme=theme)
    output = tmp_path / "output"
    build(settings, output, content)
    split = sorted(p.name for p in output.glob("everything*.html"))
    assert split == ["everything.html", "everything2.html"]
    build(settings, output, content)
    assert sorted(p.name for p in output.glob("everything*.html")) == split


def test_a_page_taken_from_the_previous_build_still_clashes_with_a_second_of_its_name(
    tmp_path: Path,
) -> None:
    writer_class = safety_plugin().ContainedWriter  # type: ignore[attr-defined]
    template = Environment(loader=DictLoader({"page.html": "{{ text }}"})).get_template("page.html")
    (tmp_path / "theme").mkdir()
    live, staging, store = tmp_path / "output", tmp_path / "staging", Store(tmp_path / "cache")
    pages = pages_of(live, store)
    settings = {"THEME": str(tmp_path / "theme"), SETTING: build_with(pages, tmp_path)}
    writer_class(str(live), settings=settings).write_file(
        "p/index.html", template, {}, text="one", relative_urls=False
    )
    pages.save(live)
    pages = pages_of(live, store)
    settings = {"THEME": str(tmp_path / "theme"), SETTING: build_with(pages, tmp_path)}
    writer = writer_class(str(staging), settings=settings)
    writer.write_file("p/index.html", template, {}, text="one", relative_urls=False)
    assert (staging / "p/index.html").stat().st_ino == (live / "p/index.html").stat().st_ino
    with pytest.raises(FileOverwriteFailedError):
        writer.write_file("p/index.html", template, {}, text="two", relative_urls=False)
    assert (staging / "p/index.html").read_text() == "one"


def test_a_deferred_text_is_made_only_when_its_inputs_changed(tmp_path: Path) -> None:
    made: list[str] = []

    def feed(place: str) -> str:
        made.append(place)
        return f"<feed>{place}</feed>"

    live, store = tmp_path / "output", Store(tmp_path / "cache")

    def write(folder: Path, place: str) -> None:
        """One build writing one file into ``folder``, taking from the live site."""
        pages = pages_of(live, store)
        pages.write(folder, "feeds/x.atom.xml", Deferred(feed, (place,)))
        pages.save(folder)

    write(live, "Raqqa")
    write(tmp_path / "unchanged", "Raqqa")
    assert made == ["Raqqa"]
    linked = tmp_path / "unchanged" / "feeds" / "x.atom.xml"
    assert linked.stat().st_ino == (live / "feeds" / "x.atom.xml").stat().st_ino
    write(tmp_path / "changed", "Hasakah")
    assert made == ["Raqqa", "Hasakah"]
    assert (tmp_path / "changed" / "feeds" / "x.atom.xml").read_text() == "<feed>Hasakah</feed>"


def test_a_page_that_cannot_be_linked_fails_the_build_with_its_name(tmp_path: Path) -> None:
    live, store = tmp_path / "output", Store(tmp_path / "cache")
    pages = pages_of(live, store)
    pages.write(live, "p/index.html", "<p>one</p>")
    pages.save(live)
    staging = tmp_path / "staging"
    staging.mkdir()
    (staging / "p").write_text("a file where the page's folder goes")
    pages = pages_of(live, store)
    with pytest.raises(BuildError, match=r"p/index.html: not taken from the previous build"):
        pages.write(staging, "p/index.html", "<p>one</p>")


def test_a_file_named_outside_the_site_is_refused_and_nothing_written(tmp_path: Path) -> None:
    live = tmp_path / "output"
    live.mkdir()
    pages = pages_of(live, Store(tmp_path / "cache"))
    with pytest.raises(BuildError, match=r"refusing to write outside the output folder"):
        pages.write(live, "../escaped.txt", "text")
    assert not (tmp_path / "escaped.txt").exists()


def test_a_file_written_over_one_of_the_live_site_leaves_the_live_one_as_it_was(
    tmp_path: Path,
) -> None:
    live, staging = tmp_path / "output", tmp_path / "staging"
    live.mkdir()
    staging.mkdir()
    (live / "feed.xml").write_text("live", encoding="utf-8")
    (staging / "feed.xml").hardlink_to(live / "feed.xml")  # as a rebuild's folder holds it
    pages_of(live, Store(tmp_path / "cache")).write(staging, "feed.xml", "new")
    assert (live / "feed.xml").read_text(encoding="utf-8") == "live"
    assert (staging / "feed.xml").read_text(encoding="utf-8") == "new"


def test_a_build_in_the_spare_keeps_the_live_site_s_pages_it_makes_and_nothing_else(
    tmp_path: Path,
) -> None:
    live, store = tmp_path / "output", Store(tmp_path / "cache")
    (tmp_path / "theme").mkdir()
    settings = {"THEME": str(tmp_path / "theme")}  # of which the site's digest is
    first = pages_of(live, store)
    first.site_digest(settings)
    for name in ("kept.html", "linked.html", "dropped.html"):
        first.write(live, name, f"<p>{name}</p>")
    first.save(live)
    spare = tmp_path / "spare"  # the site the live one replaced
    spare.mkdir()
    for name in ("kept.html", "dropped.html"):
        (spare / name).hardlink_to(live / name)
    for name in ("linked.html", "gone.html"):
        (spare / name).write_text("an older build's", encoding="utf-8")
    rebuild = pages_of(live, store)
    rebuild.recycle(spare, settings)
    assert texts(spare) == {"kept.html": "<p>kept.html</p>", "dropped.html": "<p>dropped.html</p>"}
    for name in ("kept.html", "linked.html"):  # unchanged: the live site's files
        rebuild.write(spare, name, f"<p>{name}</p>")
    rebuild.remove_stale()  # dropped.html: a page this build made no more
    assert texts(spare) == {"kept.html": "<p>kept.html</p>", "linked.html": "<p>linked.html</p>"}
    assert pages(spare) == {name: pages(live)[name] for name in ("kept.html", "linked.html")}
    assert len(texts(live)) == 3


def texts(folder: Path) -> dict[str, str]:
    """Each file of ``folder`` (no subfolders) and its text."""
    return {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
