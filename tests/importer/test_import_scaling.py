"""Import time grows linearly with the capture: ten times the text, about ten times the time."""

from __future__ import annotations

import time

from import_places import sample_index

INDEX = sample_index()
SENTENCE = "Gunmen attacked a checkpoint near Raqqa and the road to Deir ez-Zor on {n} March. "


def best_of_five(text: str) -> float:
    """The least CPU time of five searches of ``text``: on a shared machine, the time
    another process holds the core would count in wall time, not in this one's."""
    times = []
    for _ in range(5):
        start = time.process_time()
        INDEX.find(text)
        times.append(time.process_time() - start)
    return min(times)


def test_finding_places_in_ten_times_the_text_takes_about_ten_times_as_long() -> None:
    small = "".join(SENTENCE.format(n=n % 28 + 1) for n in range(1_000))
    large = small * 10
    ratio = best_of_five(large) / best_of_five(small)
    # Linear is 10 (bench/import_scaling.py measures it on a quiet machine); the bound is
    # loose for a shared one. The old search sliced the rest of the text at every word:
    # it took over 300 s here, a ratio in the hundreds.
    assert ratio < 25, f"10x the text took {ratio:.1f}x the time"
