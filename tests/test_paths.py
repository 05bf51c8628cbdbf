"""Paths stay inside output/: containment, links in content/, and safe page names."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from jinja2 import DictLoader, Environment, Template
from pelican.utils import sanitised_join

from archivist.build.cache import Store
from archivist.build.site import build
from archivist.build.state import SETTING
from archivist.content.articles import load_archive, read_article
from archivist.content.files import outside_link
from archivist.content.model import Article
from archivist.errors import BuildError, ContentError
from archivist.paths import OutputFolder, Resolver, contained, files_by_folder, make_folders
from conftest import ROOT, SETTINGS, build_with, pages_of, settings_elsewhere
from test_cli import archivist


def safety_plugin() -> object:
    spec = importlib.util.spec_from_file_location(
        "safety_plugin", ROOT / "plugins" / "safety" / "__init__.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "path",
    ["../x.html", "../output-evil/x.html", "a/../../x.html", "/etc/passwd", "", ".", "a/../"],
)
def test_paths_outside_the_output_folder_are_refused(tmp_path: Path, path: str) -> None:
    (tmp_path / "output").mkdir()
    with pytest.raises(BuildError, match="refusing to write outside the output folder"):
        contained(tmp_path / "output", path)


def test_paths_inside_are_resolved(tmp_path: Path) -> None:
    assert contained(tmp_path, "a/b/../c.html") == tmp_path.resolve() / "a" / "c.html"


def test_a_link_inside_the_output_leading_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "tags").symlink_to(tmp_path)
    with pytest.raises(BuildError):
        contained(tmp_path / "output", "tags/x.html")


def test_a_page_linked_from_the_last_build_goes_beside_a_link_of_its_name_never_through_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "x.html").symlink_to(tmp_path / "outside.html")
    folder = OutputFolder(tmp_path / "output")
    with pytest.raises(BuildError):
        folder.contained("x.html")  # to be written: writing would follow the link out
    assert folder.contained("x.html", linking=True) == str(tmp_path.resolve() / "output" / "x.html")
    (tmp_path / "page.html").write_text("the last build's page")
    with pytest.raises(FileExistsError):  # what the linker meets there
        os.link(tmp_path / "page.html", tmp_path / "output" / "x.html")
    assert not (tmp_path / "outside.html").exists()


def test_a_build_follows_a_link_below_a_folder_it_has_resolved(tmp_path: Path) -> None:
    (tmp_path / "output" / "a").mkdir(parents=True)
    (tmp_path / "output" / "a" / "b").symlink_to(tmp_path)
    folder = OutputFolder(tmp_path / "output")
    assert folder.contained("a/c.html") == str(tmp_path.resolve() / "output" / "a" / "c.html")
    with pytest.raises(BuildError):
        folder.contained("a/b/x.html")
    with pytest.raises(BuildError):
        folder.contained("a/b/../../../x.html")


def test_pelicans_own_guard_is_a_string_prefix_and_ours_is_not(tmp_path: Path) -> None:
    output = tmp_path / "output"
    escaped = sanitised_join(str(output), "../output-evil/x.html")  # Pelican lets this pass
    assert escaped == str(tmp_path / "output-evil" / "x.html")
    settings = {SETTING: build_with(pages_of(output, Store(tmp_path / "cache")), tmp_path)}
    writer = safety_plugin().ContainedWriter(str(output), settings=settings)  # type: ignore[attr-defined]
    with pytest.raises(BuildError):
        writer._open_w(escaped, "utf-8")


def page() -> Template:
    """A template that renders one fixed page."""
    return Environment(loader=DictLoader({"page.html": "<p>page</p>"})).get_template("page.html")


def writer_of_a_build(folder: Path, output: Path) -> Any:
    """The safety plugin's writer into ``output``, of a build of its own."""
    folder.mkdir()
    build = build_with(pages_of(output, Store(folder / "cache")), folder)
    settings = {"THEME": str(ROOT / "theme"), SETTING: build}
    return safety_plugin().ContainedWriter(str(output), settings=settings)  # type: ignore[attr-defined]


def test_a_failed_builds_queued_pages_are_never_written(tmp_path: Path) -> None:
    failed = writer_of_a_build(tmp_path / "one", tmp_path / "failed")
    failed.write_file("a/index.html", page(), {}, article="A", relative_urls=False)
    assert not (tmp_path / "failed").exists()  # queued, not written yet
    current = writer_of_a_build(tmp_path / "two", tmp_path / "current")
    current.write_file("b/index.html", page(), {}, article="B", relative_urls=False)
    safety_plugin().write_queued(SimpleNamespace(settings=current.settings))  # type: ignore[attr-defined]
    assert (tmp_path / "current" / "b" / "index.html").read_text() == "<p>page</p>"
    assert not (tmp_path / "failed").exists()


def test_a_build_whose_settings_write_outside_fails_and_writes_nothing(tmp_path: Path) -> None:
    # (ARTICLE_URL and ARTICLE_SAVE_AS cannot: they are checked first, see test_config.py)
    settings = settings_elsewhere(tmp_path, "SEARCH_SAVE_AS = '../escaped/search.html'\n")
    with pytest.raises(BuildError, match=r"Attempted to break out of output directory"):
        build(settings, tmp_path / "output", ROOT / "tests" / "fixtures" / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["conf.py"]


def write(path: Path, text: str = "---\ntitle: T\n---\nText.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def leaky_content(tmp_path: Path) -> Path:
    """A content folder with an article, a link to a private file and one to its folder."""
    content = tmp_path / "content"
    write(content / "fine.md")
    secret = write(tmp_path / "private" / "secret.md", "---\ntitle: Secret\n---\nKeys.\n")
    (content / "leak.md").symlink_to(secret)
    (content / "folder").symlink_to(secret.parent, target_is_directory=True)
    return content


def test_links_out_of_the_content_folder_are_refused(tmp_path: Path) -> None:
    content = leaky_content(tmp_path)
    with pytest.raises(ContentError) as raised:
        load_archive(content)
    assert [(p.path.name, p.line) for p in raised.value.problems] == [
        ("folder", None),
        ("leak.md", None),
    ]
    assert "outside the content folder" in raised.value.problems[1].message
    with pytest.raises(ContentError):
        build(SETTINGS, tmp_path / "output", content)
    assert not (tmp_path / "output").exists()
    result = archivist("check", "--content", str(content))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 2


def test_the_reader_finds_the_same_links_out_resolving_each_folder_once(tmp_path: Path) -> None:
    content = leaky_content(tmp_path)
    resolver, resolved = Resolver(), content.resolve()
    paths = [content / "fine.md", content / "leak.md", content / "folder" / "secret.md"]
    found = [outside_link(path, resolved, resolver.path) for path in paths]
    assert found == [outside_link(path, resolved) for path in paths]
    assert [problem is None for problem in found] == [True, False, False]


def test_a_linked_file_within_the_content_folder_is_read(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content / "drafts" / "a.md")
    (content / "b.md").symlink_to(content / "drafts" / "a.md")
    assert [a.slug for a in load_archive(content).articles] == ["a", "b"]


def test_a_linked_folder_is_refused_even_within(tmp_path: Path) -> None:
    content = tmp_path / "content"
    write(content / "drafts" / "a.md")
    (content / "loop").symlink_to(content, target_is_directory=True)
    with pytest.raises(ContentError) as raised:
        load_archive(content)
    assert [p.path.name for p in raised.value.problems] == ["loop"]
    assert "link to a folder" in raised.value.problems[0].message


@pytest.mark.parametrize("name", ["con", "nul", "com1", "lpt9", "aux", "???", "..", "؟؟"])
def test_file_names_that_make_no_usable_slug_need_a_slug(tmp_path: Path, name: str) -> None:
    result = read_article(write(tmp_path / f"{name}.md"))
    assert isinstance(result, list)
    assert "is not usable in a URL" in result[0].message


def test_a_reserved_name_with_a_slug_is_fine(tmp_path: Path) -> None:
    result = read_article(write(tmp_path / "con.md", "---\ntitle: T\nslug: con-report\n---\n"))
    assert isinstance(result, Article)
    assert result.slug == "con-report"


def test_output_folder_names_never_come_from_raw_text(fixture_site: Path) -> None:
    for folder, dirs, files in os.walk(fixture_site):
        for name in dirs + files:
            assert name.isascii() and not name.startswith(".."), Path(folder) / name


def test_files_by_folder_lists_a_linked_folder_as_a_file(tmp_path: Path) -> None:
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    (site / "articles" / "one").mkdir(parents=True)
    (site / "empty").mkdir()
    (elsewhere / "deep").mkdir(parents=True)
    (elsewhere / "deep" / "secret.html").write_text("x")
    for name in ("index.html", "articles/one/index.html", "articles/one/cite.bib"):
        (site / name).write_text(name)
    (site / "linked").symlink_to(elsewhere, target_is_directory=True)

    found = {folder: sorted(names) for folder, names in files_by_folder(site)}

    assert found == {
        "": ["index.html", "linked"],
        "articles/": [],
        "articles/one/": ["cite.bib", "index.html"],
        "empty/": [],
    }


def test_the_folders_of_pages_are_made_with_those_holding_them(tmp_path: Path) -> None:
    names = [
        "index.html",
        "tags/raqqa/page/2/index.html",
        "tags/raqqa/index.html",
        "a/7/index.html",
    ]
    made = make_folders(tmp_path, names)
    assert made == ["a", "a/7", "tags", "tags/raqqa", "tags/raqqa/page", "tags/raqqa/page/2"]
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == made


def test_a_folder_to_make_through_a_link_out_of_the_output_is_refused(tmp_path: Path) -> None:
    output, elsewhere = tmp_path / "output", tmp_path / "elsewhere"
    output.mkdir()
    elsewhere.mkdir()
    (output / "tags").symlink_to(elsewhere)
    with pytest.raises(BuildError, match="refusing to write outside the output folder"):
        make_folders(output, ["tags/raqqa/index.html"])
    assert not list(elsewhere.iterdir())
