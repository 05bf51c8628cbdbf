"""Run node from the tests: the JS twins and the real lunr.js are tested by the same suite."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
JS_TESTS = Path(__file__).parent / "js"


def node() -> str:
    executable = shutil.which("node")
    if executable is None:
        pytest.exit("the JavaScript tests need node (the build needs it too)", returncode=3)
    return executable


def run_node(script: Path, payload: Any, *args: str) -> Any:
    """Run ``script`` with ``payload`` as JSON on stdin; return its JSON output."""
    result = subprocess.run(
        [node(), str(script), *args],
        input=json.dumps(payload, ensure_ascii=False),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
