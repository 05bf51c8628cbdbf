"""The ``archivist`` command (:mod:`archivist.cli.main`), a module per family of commands."""

from .main import main, run

__all__ = ["main", "run"]
