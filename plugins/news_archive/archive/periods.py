"""Archives of dated articles by period, and the undated bucket (ARCHITECTURE.md, contracts).

Articles whose date the text does not give are listed in their own bucket, never in a period
archive or a feed under the placeholder date.

Pelican's own period-archive builder filters with ``a in dates`` on lists, quadratic in the
number of articles (hours at 100,000), and its tag pages do the same with ``article in
articles``. So period archives are built here in one pass, from NEWS_ARCHIVE_PERIODS (Pelican's
YEAR/MONTH/DAY_ARCHIVE_SAVE_AS are left empty), and the article lists of tags, categories and
authors get constant-time membership.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

KEYS = {
    "year": attrgetter("date.year"),
    "month": attrgetter("date.year", "date.month"),
    "day": attrgetter("date.year", "date.month", "date.day"),
}


class ArticleList(list):
    """A list whose ``in`` looks up a set of identities: Pelican tests membership in loops."""

    def __init__(self, items=()):
        super().__init__(items)
        self._ids = {id(item) for item in self}

    def __contains__(self, item) -> bool:
        return id(item) in self._ids


def is_dated(article) -> bool:
    return getattr(article, "date_known", True)


def period_archives(dates: list, articles: list, periods: dict) -> dict:
    """Pelican's period_archives structure, built in one pass per granularity.

    ``dates``: dated articles in archive order; ``articles``: listing order;
    ``periods``: granularity -> (url format, save_as format)."""
    archives: dict = {}
    for granularity, (url_fmt, save_as_fmt) in periods.items():
        key = KEYS[granularity]
        by_period: dict = {}
        for article in dates:
            by_period.setdefault(key(article), ([], []))[0].append(article)
        for article in articles:
            if is_dated(article):
                by_period[key(article)][1].append(article)
        archives[granularity] = []
        for period, (in_dates, in_listing) in by_period.items():
            day = in_dates[0].date
            number = period if isinstance(period, tuple) else (period,)
            name = (number[0],) if granularity == "year" else (number[0], calendar.month_name[number[1]], *number[2:])
            archives[granularity].append(
                {
                    "dates": in_dates,
                    "articles": in_listing,
                    "period": name,
                    "period_num": number,
                    "save_as": save_as_fmt.format(date=day),
                    "url": url_fmt.format(date=day),
                }
            )
    return archives


@dataclass
class Month:
    label: str  # "Oktober 2017", or the undated bucket's name
    url: str  # the month's archive page, "" for undated articles
    articles: list


def by_month(articles, month_names: list[str], undated_label: str, url_format: str = "") -> list[Month]:
    """Consecutive articles of the same month (lists are sorted by date), undated ones as one group."""
    months = []
    for key, group in groupby(articles, lambda a: (a.date.year, a.date.month) if is_dated(a) else None):
        items = list(group)
        if key is None:
            months.append(Month(undated_label, "", items))
        else:
            url = url_format.format(date=items[0].date) if url_format else ""
            months.append(Month(f"{month_names[key[1] - 1]} {key[0]}", url, items))
    return months


def period_links(archives: dict) -> dict[str, dict]:
    """For each year and month page (by the file it is saved as: templates get it as
    ``output_file``): the period before and after it, and its count,
    so a month page leads to its neighbours instead of being a dead end."""
    links = {}
    for entries in archives.values():
        ordered = sorted(entries, key=lambda entry: entry["period_num"])
        for i, entry in enumerate(ordered):
            links[entry["save_as"]] = {
                "older": ordered[i - 1] if i else None,
                "newer": ordered[i + 1] if i + 1 < len(ordered) else None,
                "count": len(entry["dates"]),
            }
    return links
