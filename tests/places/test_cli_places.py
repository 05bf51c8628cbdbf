"""`archivist check` and `build` with the gazetteer: its problems first, unknown places warned."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from test_cli import archivist


def project(tmp_path: Path, gazetteer: str | None = None) -> Path:
    """A copy of the project's settings and gazetteer, with one article in content/."""
    shutil.copy(ROOT / "pelicanconf.py", tmp_path / "pelicanconf.py")
    for shared in ("theme", "plugins", "node_modules"):
        (tmp_path / shared).symlink_to(ROOT / shared)
    if gazetteer is None:
        shutil.copy(ROOT / "gazetteer.yaml", tmp_path / "gazetteer.yaml")
    else:
        (tmp_path / "gazetteer.yaml").write_text(gazetteer, encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(
        "---\ntitle: A\nslug: a\nplaces: [Hesekê, الرقة, Qamishloo]\n---\n\nBody.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_check_warns_about_an_unknown_place_and_still_passes(tmp_path: Path) -> None:
    result = archivist("check", cwd=project(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok: 1 articles, 1 warning\n"
    assert result.stderr.startswith(
        f"warning: {tmp_path / 'content' / 'a.md'}:4: place 'Qamishloo' is not in the "
        "gazetteer; did you mean 'Qamishlo'"
    )
    assert result.stderr.rstrip().endswith("add it to gazetteer.yaml")


def test_build_prints_the_same_warning(tmp_path: Path) -> None:
    result = archivist("build", cwd=project(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "place 'Qamishloo' is not in the gazetteer" in result.stderr
    assert "built 1 articles" in result.stdout
    page = (tmp_path / "output/articles/a/index.html").read_text(encoding="utf-8")
    assert '<a href="../../places/hasakah/">Hesekê</a>' in page
    assert '<a href="../../places/raqqa/">الرقة</a>' in page
    assert '<span class="chip" lang="en" dir="auto">Qamishloo</span>' in page  # not linked


def test_the_gazetteer_s_problems_and_the_articles_stop_the_build_together(
    tmp_path: Path,
) -> None:
    folder = project(tmp_path, "a:\n  name: A\n  kind: town\n  parent: b\n")
    (folder / "content" / "broken.md").write_text("no front-matter\n", encoding="utf-8")
    for command in ("check", "build"):
        result = archivist(command, cwd=folder)
        assert result.returncode == 1
        assert result.stderr == (
            f"error: {folder / 'content' / 'broken.md'}:1: no front-matter found; start the "
            "file with a '---' line, then 'title: ...', then a closing '---' line\n"
            f"error: {folder / 'gazetteer.yaml'}:4: entry 'a': parent 'b' is not in the "
            "gazetteer; write the id of an entry of this file, or add that entry\n"
        )
