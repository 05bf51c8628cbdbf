"""Every built page passes the Nu HTML Checker (npm vnu-jar, run with Java)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from archivist.build.site import build
from conftest import FIXTURE_SITE, ROOT, SETTINGS

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(site: Path) -> list[str]:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.exit(
            "the HTML validator needs Java and node_modules/vnu-jar (make test installs it)", 3
        )
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    return [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages]


def test_the_seed_archive_is_valid_html(seed_site: Path) -> None:
    assert list(seed_site.rglob("*.html")), "no pages were built"
    assert nu_errors(seed_site) == []


def test_the_fixture_site_is_valid_html(fixture_site: Path) -> None:
    assert nu_errors(fixture_site) == []


def test_the_citation_fixture_archive_is_valid_html(citation_site: Path) -> None:
    assert nu_errors(citation_site) == []


def test_a_drafts_preview_is_valid_html(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, content)
    report = (content / "haseke-prison.md").read_text("utf-8")  # every field; as a draft:
    draft = report.replace("slug: ", "status: draft\nslug: draft-of-", 1)
    (content / "a-draft.md").write_text(draft, encoding="utf-8")
    build(SETTINGS, tmp_path / "output", content, drafts=True)
    previews = tmp_path / "output" / "drafts"
    assert len(list(previews.rglob("index.html"))) == 2
    assert nu_errors(previews) == []


def test_the_validator_does_find_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text("<!DOCTYPE html><html><body><p><div></p>", encoding="utf-8")
    assert nu_errors(tmp_path)
