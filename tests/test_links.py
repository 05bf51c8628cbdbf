"""Every internal link and #anchor of the built sites resolves; the checker does catch breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkcheck import check_site


@pytest.mark.parametrize("site_name", ["seed_site", "fixture_site"])
def test_no_internal_link_or_anchor_is_broken(
    site_name: str, request: pytest.FixtureRequest
) -> None:
    report = check_site(request.getfixturevalue(site_name))
    assert report.broken == []
    assert report.pages >= 5
    assert report.checked >= 7 * report.pages  # stylesheet, icon, script, home, skip link...
    assert report.anchors_checked >= report.pages  # every page's skip link


def test_the_checker_finds_every_kind_of_break(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p>', encoding="utf-8")
    (tmp_path / "style.css").write_text("b { background: url(missing.png) }", encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/">ok</a> <a href="a/#here">ok</a> <a href="#top" id="top">ok</a>'
        '<a href="https://example.org/">external</a>'
        '<a href="b/">no page</a> <a href="a/#there">no anchor</a> <a href="#nowhere">x</a>'
        '<img src="../outside.png" alt=""> <a href="/a/">root</a>'
        '<img srcset="a.png 1x, b.png 2x" alt="">',
        encoding="utf-8",
    )
    report = check_site(tmp_path)
    assert [line.split(" (")[1] for line in report.broken] == [
        "no such file)",
        "no such anchor)",
        "no such anchor)",
        "leads out of the site)",
        "root-absolute: breaks under a sub-path)",
        "no such file)",
        "no such file)",
        "no such file)",
    ]
    assert report.external == 1
    assert report.checked == 11
