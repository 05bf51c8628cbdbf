"""``python -m archivist.cli``: the ``archivist`` command."""

from .main import run

run()
