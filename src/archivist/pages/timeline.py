"""The timeline picture of the date archive: a bar per month, from the first to the last.

Articles dated to the day or the month count in their month; articles known only
by their year are drawn as a pale bar under that year's twelve months (their
month is unknown, so they are not put in any one of them). Undated articles are
not on the timeline; the archive page counts them next to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from archivist.content.dates import PartialDate
from archivist.content.model import Article

BAR = 9
GAP = 2
HEIGHT = 140
AXIS = 110  # y of the baseline
TOP = 14


def month_counts(articles: Sequence[Article]) -> tuple[Counter[tuple[int, int]], Counter[int]]:
    """Articles per (year, month), and articles known only by their year, per year."""
    months: Counter[tuple[int, int]] = Counter()
    years: Counter[int] = Counter()
    for article in articles:
        if article.date is None:
            continue
        if article.date.month is None:
            years[article.date.year] += 1
        else:
            months[(article.date.year, article.date.month)] += 1
    return months, years


def draw_timeline(articles: Sequence[Article], title: str) -> str | None:
    """The SVG document of the timeline; None when no article has a date."""
    months, years = month_counts(articles)
    if not months and not years:
        return None
    known = [y for y, _ in months] + list(years)
    first, last = min(known), max(known)
    peak = max([*months.values(), *years.values()])
    scale = (AXIS - TOP) / peak
    width = (last - first + 1) * 12 * (BAR + GAP) + 2 * GAP
    parts = []
    for year in range(first, last + 1):
        x0 = GAP + (year - first) * 12 * (BAR + GAP)
        parts.append(f'<line class="tick" x1="{x0}" y1="{AXIS}" x2="{x0}" y2="{AXIS + 18}"/>')
        parts.append(f'<text class="year" x="{x0 + 3}" y="{AXIS + 14}">{year}</text>')
        if years[year]:
            h = round(years[year] * scale, 1)
            tip = f"{year}, month unknown: {years[year]}"
            parts.append(
                f'<rect class="year-only" x="{x0}" y="{AXIS - h}" width="{12 * (BAR + GAP) - GAP}" '
                f'height="{h}"><title>{escape(tip)}</title></rect>'
            )
        for month in range(1, 13):
            count = months[(year, month)]
            if count:
                h = round(count * scale, 1)
                x = x0 + (month - 1) * (BAR + GAP)
                tip = f"{PartialDate(year, month).display}: {count}"
                parts.append(
                    f'<rect class="month" x="{x}" y="{AXIS - h}" width="{BAR}" height="{h}">'
                    f"<title>{escape(tip)}</title></rect>"
                )
    style = (
        ".month{fill:#1f5f8b}.year-only{fill:#1f5f8b;fill-opacity:.25}"
        ".tick{stroke:#8a8270}.base{stroke:#8a8270}.year{font:11px sans-serif;fill:#555}"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {HEIGHT}" '
        f'width="{width}" height="{HEIGHT}" role="img" aria-label={quoteattr(title)}>\n'
        f"<title>{escape(title)}</title>\n<style>{style}</style>\n"
        f'<line class="base" x1="0" y1="{AXIS}" x2="{width}" y2="{AXIS}"/>\n'
        + "\n".join(parts)
        + "\n</svg>\n"
    )
