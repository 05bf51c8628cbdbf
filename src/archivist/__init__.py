"""Archivist: a static, searchable, citable archive of news reports.

Data flows one way: raw capture -> import -> ``content/`` (Markdown with YAML
front-matter) -> read and validate (:mod:`archivist.content.articles`) -> model
(:mod:`archivist.content.model`) -> site (:mod:`archivist.build.site`, the only module that
drives Pelican).
"""

from __future__ import annotations

__version__ = "0.1.0"
