"""The node test files in tests/js/ (JS twins on the shared vectors) run as part of pytest."""

from __future__ import annotations

import subprocess

import pytest

from nodejs import JS_TESTS, ROOT, node

TEST_FILES = sorted(JS_TESTS.glob("*.test.js"))


def test_there_are_node_tests() -> None:
    assert {p.name for p in TEST_FILES} >= {"folding.test.js", "textpipeline.test.js"}


@pytest.mark.parametrize("test_file", TEST_FILES, ids=lambda p: p.name)
def test_node_test_file_passes(test_file: object) -> None:
    result = subprocess.run(
        [node(), "--test", str(test_file)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
