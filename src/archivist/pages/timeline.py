"""The timeline of the date archive: a bar per month, from the first to the last, put
inline in ``dates/`` as SVG (no script, works from ``file://``).

Articles dated to the day or the month count in their month; each bar is a link to its
month's page, named by its month and count. The axis is counted (0, half, the most).
Articles known only by their year are not spread over twelve months: they are a marker
with their count in a row of their own under the years, a link to the year's page.
Undated articles are not on the timeline; the archive page counts them next to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from archivist.content.dates import PartialDate
from archivist.content.model import Article

from .interface import Interface, english

BAR = 9
GAP = 2
LEFT = 30  # room for the counts of the axis
TOP = 14
AXIS = 120  # y of the baseline
YEAR_ROW = AXIS + 16  # the years' names
ONLY_ROW = AXIS + 36  # reports known only by their year
HEIGHT = AXIS + 48


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


def _ticks(peak: int) -> list[int]:
    """0, about half and the most a month has: whole numbers, each once."""
    return sorted({0, peak // 2, peak}) if peak > 1 else [0, peak]


def _axis(peak: int, scale: float, width: int, interface: Interface) -> list[str]:
    parts = []
    for tick in _ticks(peak):
        y = round(AXIS - tick * scale, 1)
        kind = "base" if tick == 0 else "rule"
        parts.append(f'<line class="{kind}" x1="{LEFT}" y1="{y}" x2="{width}" y2="{y}"/>')
        parts.append(
            f'<text class="count" x="{LEFT - 4}" y="{y + 4}" text-anchor="end">'
            f"{interface.number(tick)}</text>"
        )
    return parts


def _link(url: str, tip: str, shape: str) -> str:
    return f"<a href={quoteattr(url)}><title>{escape(tip)}</title>{shape}</a>"


def draw_timeline(articles: Sequence[Article], interface: Interface | None = None) -> str | None:
    """The inline SVG of the timeline, in the words, dates and digits of ``interface``
    (English by default); None when no article has a date. Links are relative to
    ``dates/``."""
    interface = interface or english()
    title = interface.gettext("Reports per month")
    months, years = month_counts(articles)
    if not months and not years:
        return None
    known = [y for y, _ in months] + list(years)
    first, last = min(known), max(known)
    peak = max(months.values(), default=0) or 1
    scale = (AXIS - TOP) / peak
    width = LEFT + (last - first + 1) * 12 * (BAR + GAP) + 2 * GAP
    parts = _axis(peak, scale, width, interface)
    for year in range(first, last + 1):
        x0 = LEFT + GAP + (year - first) * 12 * (BAR + GAP)
        parts.append(f'<line class="tick" x1="{x0}" y1="{AXIS}" x2="{x0}" y2="{AXIS + 20}"/>')
        name = interface.date(PartialDate(year))
        year_label = f'<text class="year" x="{x0 + 3}" y="{YEAR_ROW}">{name}</text>'
        parts.append(_link(f"{year}/", name, year_label) if year in known else year_label)
        if years[year]:
            only = interface.number(years[year])
            tip = interface.gettext("%(year)s, month unknown: %(count)s", year=name, count=only)
            more = interface.gettext("+%(count)s month unknown", count=only)
            mark = (
                f'<rect class="year-only" x="{x0 + 3}" y="{ONLY_ROW - 8}" width="8" height="8"/>'
                f'<text class="year-only-count" x="{x0 + 15}" y="{ONLY_ROW}">'
                f"{escape(more)}</text>"
            )
            parts.append(_link(f"{year}/", tip, mark))
        for month in range(1, 13):
            count = months[(year, month)]
            if count:
                h = round(count * scale, 1)
                x = x0 + (month - 1) * (BAR + GAP)
                tip = f"{interface.date(PartialDate(year, month))}: {interface.number(count)}"
                bar = f'<rect class="month" x="{x}" y="{AXIS - h}" width="{BAR}" height="{h}"/>'
                parts.append(_link(f"{year}/{month:02d}/", tip, bar))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" '
        f'viewBox="0 0 {width} {HEIGHT}" width="{width}" height="{HEIGHT}" '
        f"aria-label={quoteattr(title)}>\n"
        f"<title>{escape(title)}</title>\n" + "\n".join(parts) + "\n</svg>\n"
    )
