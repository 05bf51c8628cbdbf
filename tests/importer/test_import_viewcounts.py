"""A page's view counter leaves the body in any of the four languages; a report's sentence
that counts views stays."""

from __future__ import annotations

import pytest

from archivist.importer.boilerplate import strip_furniture
from archivist.importer.viewcounts import is_view_count

REPORT = (
    "Cells of the Islamic State attacked a checkpoint of the SDF near Hajin on Monday night.",
    "Two fighters were killed and three were wounded, the SDF said in a statement.",
)


@pytest.mark.parametrize(
    "counter",
    [
        "• 1.204 kez görüntülendi.",
        "Viewed 3,517 times",
        "Okunma Sayısı: 640",
        "عدد المشاهدات: 215",
        "87 caran hate dîtin",
    ],
)
def test_a_view_counter_under_the_date_goes(counter: str) -> None:
    capture = ("SDF checkpoint attacked near Hajin", "12 March 2019", counter, *REPORT)
    assert counter not in strip_furniture(capture)


@pytest.mark.parametrize(
    "line",
    [
        "The video was viewed 40,000 times before the platform took it down.",
        "Views: the residents of Hajin want the checkpoint moved",
        "1.204 kez görüntülenen video kaldırıldı.",
    ],
)
def test_a_line_that_says_more_than_a_count_is_no_counter(line: str) -> None:
    assert not is_view_count(line)
