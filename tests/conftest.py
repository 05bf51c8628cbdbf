"""Shared fixtures: built sites in temporary folders, a local web server, headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from archivist.build import page_reuse
from archivist.build.cache import Store
from archivist.build.site import build
from archivist.build.state import Build
from archivist.cite.permalinks import plan_content
from archivist.config import ArchiveConfig, ArticleUrls
from archivist.content.model import Archive
from archivist.pages.interface import load as load_interface
from archivist.places.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "pelicanconf.py"
FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"
#: The citation fixture archive: several authors, credited sources, every kind of date.
CITATION_SITE = Path(__file__).parent / "fixtures" / "citations"
#: The public address the citation fixture archive is built for.
CITATION_PUBLIC_URL = "https://archive.example.org/isis"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def settings_elsewhere(
    folder: Path, lines: str = "", archive: str = "", theme: Path = ROOT / "theme"
) -> Path:
    """A settings file in ``folder``: the project's pelicanconf.py, with the project's theme,
    plugins, gazetteer and browser packages named by absolute path, then ``lines``
    (``archive`` adds entries to ARCHIVE)."""
    path = folder / "conf.py"
    path.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from pelicanconf import *\n"
        f"THEME = {str(theme)!r}\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
        f"ARCHIVE = {{**ARCHIVE, 'gazetteer': {str(ROOT / 'gazetteer.yaml')!r}, "
        f"'node_modules': {str(ROOT / 'node_modules')!r}, {archive}}}\n" + lines,
        encoding="utf-8",
    )
    return path


#: The environment of a curator's machine, even under CI (where a build would keep the
#: permalinks lock as it is): for tests that run ``archivist`` as a curator does.
CURATOR_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "CI"}


def archivist(
    *args: str, cwd: Path = ROOT, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``archivist ARGS`` run in ``cwd`` as a curator runs it (a hang fails the test)."""
    return subprocess.run(
        [sys.executable, "-m", "archivist.cli", *args],
        cwd=cwd,
        env=CURATOR_ENVIRONMENT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


#: What a checkout of the project holds besides its content (node_modules is linked).
PROJECT_FILES = ("pelicanconf.py", "gazetteer.yaml", "theme", "plugins")


def project_copy(folder: Path) -> Path:
    """The project's settings, gazetteer, theme and plugins copied into ``folder`` (made),
    its browser packages linked, as another checkout would have them."""
    folder.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy2(source, folder / name)
    (folder / "node_modules").symlink_to(ROOT / "node_modules")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by its relative path: what a byte-for-byte comparison needs."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def pages_of(live: Path, store: Store) -> page_reuse.Pages:
    """The pages of one build beside the live site ``live``, their record kept in ``store``."""
    return page_reuse.Pages(live, store, SETTINGS, ROOT / "gazetteer.yaml")


def build_with(pages: page_reuse.Pages, folder: Path) -> Build:
    """A build of an empty archive in ``folder``, for a plugin under test: all a writer
    reaches of it is ``pages``."""
    empty = Archive(())
    urls = ArticleUrls("articles/")
    plan = plan_content(folder, empty.articles, urls)
    none = Gazetteer(())
    english = load_interface(ROOT / "theme", "en")
    return Build(
        ArchiveConfig(), folder, folder, none, empty, {}, urls, plan, pages.store, pages, english
    )


def build_into(output: Path, content: Path = FIXTURE_SITE) -> Path:
    # The committed content folders must have a current permalinks.lock: never rewrite it here.
    build(SETTINGS, output, content, locked=content.resolve().is_relative_to(ROOT))
    return output


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small fixture site (Arabic, Kurdish, partial and unknown dates), built once."""
    return build_into(tmp_path_factory.mktemp("fixture") / "output")


@pytest.fixture(scope="session")
def citation_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The citation fixture archive, built with a public address as a published archive is."""
    tmp = tmp_path_factory.mktemp("citations")
    settings = settings_elsewhere(tmp, archive=f'"public_url": {CITATION_PUBLIC_URL!r}')
    build(settings, tmp / "output", CITATION_SITE, locked=True)
    return tmp / "output"


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive's own content/ (the five curated seed reports), built once."""
    return build_into(tmp_path_factory.mktemp("seeds") / "output", ROOT / "content")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on a free localhost port; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def seed_server(seed_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed archive served from a sub-path, as a project page on a static host is."""
    host_root = tmp_path_factory.mktemp("host")
    shutil.copytree(seed_site, host_root / "archive")
    for base in serve(host_root):
        yield f"{base}/archive/"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright; a missing browser stops the run."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.exit(
            "the browser tests need the Debian package 'chromium' (apt-get install chromium)",
            returncode=3,
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page_options() -> dict[str, Any]:
    """Playwright's options for the context of ``page``; a test module may override it."""
    return {}


@pytest.fixture
def page(browser: Any, page_options: dict[str, Any]) -> Iterator[Any]:
    """A fresh page that fails the test on any console error or uncaught exception."""
    context = browser.new_context(**page_options)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()
    assert not errors, f"the page reported errors: {errors}"
