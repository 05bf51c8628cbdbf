"""Pelican adapter for the site's safety rules: contained writes, CSP, host headers.

Thin on purpose: the rules live in ``archivist.paths`` and ``archivist.csp``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals
from pelican.writers import Writer

from archivist.csp import META_POLICY, write_headers_file
from archivist.paths import contained


class ContainedWriter(Writer):  # type: ignore[misc]
    """Pelican's writer, refusing any file outside the output folder (resolved, path-aware)."""

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        contained(Path(self.output_path), filename)
        return super()._open_w(filename, encoding, override)


def contained_writer(pelican: Any) -> type[Writer]:
    return ContainedWriter


def policy_for_templates(generator: Any) -> None:
    env = getattr(generator, "env", None)
    if env is not None:
        env.globals["CONTENT_SECURITY_POLICY"] = META_POLICY


def write_headers(pelican: Any) -> None:
    write_headers_file(Path(pelican.output_path))


def register() -> None:
    signals.get_writer.connect(contained_writer)
    signals.generator_init.connect(policy_for_templates)
    signals.finalized.connect(write_headers)
