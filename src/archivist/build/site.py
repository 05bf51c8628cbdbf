"""Build the site: validate content, run Pelican into a fresh folder, then swap it in (atomic).

With `pelican_run` and `template_inputs`, the only modules of the package that import Pelican.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.settings import read_settings

from archivist.cite.permalinks import Plan, plan_content, require_recorded, write_lock
from archivist.config import ArchiveConfig, ArticleUrls
from archivist.content.files import article_paths
from archivist.errors import BuildError, ConfigError, Problem
from archivist.pages.borders import load as load_borders
from archivist.pages.drafts import preview_urls
from archivist.pages.feeds import site_url_of, sitemap
from archivist.pages.interface import Interface, check_article_folder
from archivist.pages.interface import load_all as load_interfaces
from archivist.paths import (
    SITE_STAMP,
    SITE_STAMP_TEXT,
    check_output_folder,
    files_by_folder,
    write_atomically,
)
from archivist.places.placenames import check_content

from . import atomic, page_reuse
from .cache import Store
from .pelican_run import run_pelican
from .progress import Progress
from .read_ahead import read_ahead
from .reproducible import source_date_epoch, stamp
from .state import SETTING, Build


@dataclass(frozen=True)
class BuildReport:
    articles: int
    files: int
    seconds: float
    output: Path
    #: Problems that do not stop a build (e.g. a place not in the gazetteer).
    warnings: tuple[Problem, ...] = ()
    #: The permalinks lock, and how many new URLs the build recorded in it.
    lock: Path | None = None
    new_urls: int = 0
    #: The drafts checked, and whether the build previewed them (``drafts/``).
    drafts: int = 0
    previewed: bool = False


def load_settings(settings_file: Path, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    if not settings_file.is_file():
        raise ConfigError(f"{settings_file}: settings file not found; run from the project folder")
    settings: dict[str, Any] = read_settings(str(settings_file), override=overrides or {})
    return settings


def build(
    settings_file: Path,
    output: Path | None = None,
    content: Path | None = None,
    locked: bool = False,
    drafts: bool = False,
) -> BuildReport:
    """Build the whole site; on any problem the previous output stays exactly as it was.

    ``output`` and ``content`` override the settings' OUTPUT_PATH and PATH. A
    successful build adds its new URLs to the content's ``permalinks.lock``;
    ``locked`` (CI) never writes it, and refuses to build when it lacks a URL.
    ``drafts`` previews the drafts under ``drafts/`` (:mod:`archivist.pages.drafts`).
    """
    progress = Progress.on_terminal()
    with _rare_collections():
        try:
            return _build(
                settings_file, output, content, locked=locked, drafts=drafts, progress=progress
            )
        except OSError as error:  # the disk, not the archive: full, read-only, not allowed
            where = error.filename or "the build"
            raise BuildError(
                f"{where}: {error.strerror or error}; nothing was published and the lock is "
                "unchanged; check the free space and the permissions there"
            ) from None
        finally:
            progress.done()


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Run Python's cycle collector less often: a build makes millions of long-lived objects.

    With the default thresholds the collector took a third of a 1,000-article build's CPU
    time, re-examining the articles again and again; cycles are still collected.
    """
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _configured(
    settings_file: Path, content: Path | None
) -> tuple[dict[str, Any], ArchiveConfig, tuple[Interface, ...], ArticleUrls]:
    """The settings (``content`` overriding PATH), parsed: the archive's configuration, the
    interfaces the site is built in and where articles are published; each checked."""
    overrides: dict[str, Any] = {"PATH": str(content.resolve())} if content else {}
    settings = load_settings(settings_file, overrides)
    if not settings["RELATIVE_URLS"] and not settings.get("SITEURL"):
        raise ConfigError(
            f"{settings_file.name}: the links are absolute (RELATIVE_URLS = False) but SITEURL "
            "is empty; give the site's address, e.g. "
            "make publish ARCHIVE_SITEURL=https://org.github.io/archive"
        )
    config = ArchiveConfig.from_settings(settings)
    interfaces = load_interfaces(Path(settings["THEME"]), config.interface_languages)
    urls = ArticleUrls.from_settings(settings)
    check_article_folder(interfaces, urls, settings_file.name)
    return settings, config, interfaces, urls


def _build(  # noqa: PLR0913 -- the command's options, and where its progress shows
    settings_file: Path,
    output: Path | None,
    content: Path | None,
    *,
    locked: bool,
    drafts: bool,
    progress: Progress,
) -> BuildReport:
    started = time.perf_counter()
    settings, config, interfaces, urls = _configured(settings_file, content)
    project = settings_file.resolve().parent
    countries = load_borders(project / config.node_modules)
    content_dir = Path(settings["PATH"]).resolve()
    store = Store(config.cache_folder(content_dir))
    target = (output or Path(settings["OUTPUT_PATH"])).resolve()
    store.load()
    check_output_folder(target, project, content_dir, built_before=store.built_into(target))
    paths = article_paths(content_dir)
    progress.step(f"reading and checking {len(paths):,} reports")
    readings = read_ahead(paths, config.default_language, store)
    checked = check_content(config, content_dir, project, readings)
    permalinks = plan_content(content_dir, checked.archive.articles, urls)
    if locked and permalinks.lock_path.is_file():  # a folder without a lock has none to keep
        require_recorded(permalinks)
    epoch = source_date_epoch()
    with atomic.exclusive(target):
        atomic.recover(target)
        try:
            gazetteer = config.gazetteer_path(project)
            pages = page_reuse.Pages(target, store, settings_file, gazetteer)
            staging = atomic.staging_folder(target)
            pages.recycle(staging, settings)  # the settings as they were before Pelican starts
            build = Build(
                config, project, content_dir, checked.gazetteer, checked.archive,
                checked.places, urls, permalinks, store, pages, interfaces[0], countries, drafts,
                interfaces=interfaces, progress=progress,
            )  # fmt: skip
            run_pelican(build, lambda each: _pelican_settings(settings, each, staging))
            previews = preview_urls(checked.archive.drafts) if drafts else frozenset()
            # Not listed: the addresses the lock keeps for redirects and withdrawals, a report
            # in another interface (its canonical page is the default's), draft previews.
            unlisted = permalinks.unlisted | build.translated_reports | previews
            files = _finish(staging, site_url_of(settings), pages, unlisted)
            stamp(staging, epoch)
            pages.save(staging)
            progress.step("publishing")
            _publish(staging, target, permalinks, locked)
        finally:  # under the lock every leftover is ours: a failed build's staging folder,
            atomic.recover(target)  # or one a Ctrl-C stopped
    warnings = checked.warnings
    if store.discarded:
        why = f"the build cache could not be used ({store.discarded})"
        fix = "it was replaced, and this build did everything afresh"
        warnings += (Problem(store.path, None, why, fix),)
    try:
        store.save(content_dir)
    except OSError as error:  # the site is out: a cache not saved costs the next build time
        fix = "the next build takes longer; check the free space and permissions there"
        warnings += (Problem(store.folder, None, f"the build cache was not saved ({error})", fix),)
    recorded = 0 if locked else len(permalinks.unrecorded)
    return BuildReport(
        len(checked.archive), files, time.perf_counter() - started, target, warnings,
        permalinks.lock_path, recorded, len(checked.archive.drafts), drafts,
    )  # fmt: skip


def _publish(staging: Path, target: Path, permalinks: Plan, locked: bool) -> None:
    """Swap the finished site in, its new URLs recorded in the lock first (``locked``: the
    lock has them all): if the lock cannot be written, nothing is published."""
    before = permalinks.lock_path.read_bytes() if permalinks.lock_path.is_file() else None
    changed = not locked and write_lock(permalinks)
    try:
        atomic.replace(staging, target)
    except BaseException:
        if changed:  # the lock back as it was: the site with the new URLs is not out
            if before is None:
                permalinks.lock_path.unlink()
            else:
                write_atomically(permalinks.lock_path, before.decode("utf-8"))
        raise


def _pelican_settings(settings: dict[str, Any], build: Build, staging: Path) -> dict[str, Any]:
    """Pelican's settings for ``build``, which they carry (see :func:`~.state.build_of`):
    it reads the files the check read, from the same folder, and writes into ``staging``,
    each article's page where its address (``ARTICLE_URL``) says, in the folder of the
    build's interface (``ar/``: :attr:`~archivist.pages.interface.Interface.home`)."""
    home = build.interface.home
    direct = {
        f"{name.upper()}_SAVE_AS": home + settings[f"{name.upper()}_SAVE_AS"]
        for name in settings.get("DIRECT_TEMPLATES", [])
        if settings.get(f"{name.upper()}_SAVE_AS")
    }
    return {
        **settings,
        **direct,
        "PATH": str(build.content),
        "ARTICLE_SAVE_AS": home + build.urls.save_as_pattern,
        "OUTPUT_PATH": str(staging),
        # Hidden files and folders are not content: the check skips them, and so does Pelican.
        "IGNORE_FILES": [*settings.get("IGNORE_FILES", []), ".*"],
        # The theme's static files are written with the site's others (plugins/archive).
        "THEME_STATIC_PATHS": [],
        SETTING: build,
    }


def _finish(site: Path, url: str, pages: page_reuse.Pages, unlisted: frozenset[str]) -> int:
    """Finish ``site``: remove the folders made ahead that nothing filled, write
    ``sitemap.xml`` (every page but the ``unlisted`` URLs'); the number of the site's
    files, the sitemap's included. The site is walked once for all three: at 10,000
    articles each walk takes 0.2 s."""
    pages.remove_stale()
    listing = dict(files_by_folder(site))
    pages.prune(site, listing)
    folders = [base for base, names in listing.items() if "index.html" in names]
    listed = [base for base in folders if base not in unlisted]
    pages.write(site, "sitemap.xml", sitemap(listed, url))
    pages.write(site, SITE_STAMP, SITE_STAMP_TEXT)
    made = {"sitemap.xml", SITE_STAMP} - set(listing[""])
    return sum(len(names) for names in listing.values()) + len(made)
