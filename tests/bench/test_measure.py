"""Each bench run keeps a name of its own, even once the files of earlier runs are gone."""

from __future__ import annotations

from pathlib import Path

from measure import result_path


def test_a_run_takes_the_first_name_of_the_day_no_file_or_history_holds(tmp_path: Path) -> None:
    assert result_path(tmp_path, "2026-12-07", ".json").name == "2026-12-07.json"
    (tmp_path / "2026-12-07.json").write_text("{}", encoding="utf-8")
    assert result_path(tmp_path, "2026-12-07", ".json").name == "2026-12-07-2.json"


def test_a_name_the_history_lists_is_not_taken_again_though_its_files_are_gone(
    tmp_path: Path,
) -> None:
    history = "| 37 | `2026-12-07` | 274c595 |\n| 38 | `2026-12-07-2` | d35e1dc |\n"
    (tmp_path / "RESULTS.md").write_text(history, encoding="utf-8")
    assert result_path(tmp_path, "2026-12-07", ".json").name == "2026-12-07-3.json"
