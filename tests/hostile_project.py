"""A small project for the hostile cases (tests/hostile/): the real settings, theme and
gazetteer, one good article, and the ``archivist`` command run on it as a curator would."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, archivist

GOOD = "---\ntitle: A good report\nslug: good\ndate: 2020-01-02\nplaces: [Hesekê]\n---\n\nText.\n"


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    def article(self, name: str, text: str) -> Path:
        path = self.content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``archivist ARGS`` in the project, as a curator runs it (a hang fails the test)."""
        return archivist(*args, cwd=self.root, timeout=timeout)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A checkout of its own: settings and gazetteer copied, theme and packages linked."""
    shutil.copy(ROOT / "pelicanconf.py", tmp_path / "pelicanconf.py")
    shutil.copy(ROOT / "gazetteer.yaml", tmp_path / "gazetteer.yaml")
    for shared in ("theme", "plugins", "node_modules"):
        (tmp_path / shared).symlink_to(ROOT / shared)
    made = Project(tmp_path)
    made.article("good.md", GOOD)
    return made


def one_line_errors(stderr: str) -> list[str]:
    """The lines of ``stderr``, each checked to be an ``error:``/``warning:`` line, never
    a traceback."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert lines, "the command said nothing"
    for line in lines:
        assert line.startswith(("error: ", "warning: ")), line
    return lines
