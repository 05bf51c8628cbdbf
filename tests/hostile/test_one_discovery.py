"""``check``, ``build``, the permalink lock and the curator's search read the same files:
every ``.md`` under ``content/`` but hidden ones, which are content nowhere (README)."""

from __future__ import annotations

import pytest

from archivist.cite.permalinks import LOCK_NAME, read_lock
from archivist.content.files import article_paths
from archivist.curator.manifest import scan
from hostile_project import GOOD, Project, one_line_errors, project

__all__ = ["project"]


def hide_everything(project: Project) -> None:
    """What a careless curator leaves in ``content/``: hidden files and folders, one of
    them holding links out of the content folder, and files Pelican has readers for."""
    other = GOOD.replace("slug: good", "slug: hidden")
    project.article(".draft.md", other)
    project.article(".drafts/x.md", other)
    project.article(".git/notes.md", other)
    (project.content / ".outside").mkdir()
    (project.content / ".outside" / "etc").symlink_to("/etc")
    (project.content / ".outside" / "hostname.md").symlink_to("/etc/hostname")
    (project.content / ".linked.md").symlink_to("/etc/hostname")
    project.article("page.html", "<html><head><title>T</title></head><body>x</body></html>")
    project.article("note.markdown", "Title: T\nDate: 2020-01-01\n\nx\n")
    project.article("note.rst", "T\n=\n\n:date: 2020-01-01\n\nx\n")


def test_hidden_files_are_not_articles(project: Project) -> None:
    hide_everything(project)
    assert article_paths(project.content) == [project.content / "good.md"]


def test_check_build_lock_and_search_all_see_the_one_article(project: Project) -> None:
    hide_everything(project)
    checked = project.run("check")
    assert (checked.returncode, checked.stdout) == (0, "ok: 1 articles, no problems\n")
    built = project.run("build")
    assert built.returncode == 0, built.stderr
    assert "built 1 articles" in built.stdout
    site = project.root / "output"
    assert sorted(p.name for p in (site / "articles").iterdir()) == ["good"]
    assert "hidden" not in (site / "index.html").read_text(encoding="utf-8")
    assert not list(site.rglob("page*")) and not list(site.rglob("note*"))
    lock = read_lock(project.content / LOCK_NAME)
    assert sorted(lock) == [f"a/{lock['articles/good/']}/", "articles/good/"]  # its short URL
    searched = project.run("search", "good")
    assert searched.returncode == 0, searched.stderr
    assert "content/good.md" in searched.stdout and "hidden" not in searched.stdout


def test_the_curator_index_lists_the_same_files(project: Project) -> None:
    hide_everything(project)
    assert list(scan(project.content, {})) == ["good.md"]


def test_a_link_out_of_content_is_refused_by_check_and_left_out_of_search(
    project: Project, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "secret.md"
    elsewhere.write_text("---\ntitle: A secret report\n---\n\nSecret words.\n", "utf-8")
    (project.content / "secret.md").symlink_to(elsewhere)
    checked = project.run("check")
    assert checked.returncode == 1
    assert one_line_errors(checked.stderr) == [
        f"error: {project.content / 'secret.md'}: is a link to {elsewhere}, outside the "
        "content folder; it would be published; copy the file into the content folder "
        "instead of linking to it"
    ]
    searched = project.run("search", "secret")
    assert (searched.returncode, searched.stdout) == (0, "no matches\n"), searched.stderr
    assert list(scan(project.content, {})) == ["good.md"]
