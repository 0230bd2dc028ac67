"""Dates as scrapers write them, to a calendar date (or None, never a guess).

Besides what the text pipeline reads (text/dates.py: "Rabu, 18 Juni 2025 | 00:05 WIB",
"18/06/2025", "Jun 18, 2025"), a dump cell may be ISO with any time part
("2019-11-07T01-56-23Z", "2021-2-19"), epoch seconds or milliseconds, URL-encoded
("13+December+2018"), with English ordinals ("13th May 2024"), month-first
("10/21/2025 20:43": the importer decides day or month first per column), wrapped in HTML or
labels ("Diperbarui 18 Jun 2025, 14:05 WIB", "Kompas.com- 18/06/2025"). A relative date ("2 jam
lalu", "3 hours ago", "yesterday 21:40") is resolved only against when the record was scraped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from ..text.dates import mentions

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_RELATIVE = re.compile(
    r"\b(?:(?P<n>\d+|se|a|an|one)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|years?)\s*(?:yang\s+)?(?:lalu|ago)|(?P<yesterday>kemarin|yesterday)|"
    r"(?P<today>hari ini|today|baru saja|just now))\b",
    re.IGNORECASE,
)
_UNIT_DAYS = {
    "detik": 0, "second": 0, "menit": 0, "minute": 0, "min": 0, "jam": 0, "hour": 0, "hr": 0,
    "hari": 1, "day": 1, "minggu": 7, "pekan": 7, "week": 7,
}  # fmt: skip
_UNIT_HOURS = {"jam": 1, "hour": 1, "hr": 1}


@dataclass(frozen=True)
class DumpDate:
    date: dt.date | None
    relative: bool = False  # "2 jam lalu": a date only against the scrape time

    @property
    def found(self) -> bool:
        return self.date is not None or self.relative


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def slash_order(values) -> bool | None:
    """True when a column's d/m/y dates are month first (a middle number over 12 somewhere),
    False when day first (a first number over 12), None when no value tells."""
    month_first = day_first = False
    for value in values:
        for first, second, _ in _SLASHED.findall(str(value)):
            month_first |= int(second) > 12
            day_first |= int(first) > 12
    if month_first != day_first:
        return month_first
    return None


def parse_dump_date(value, month_first: bool | None = None, scraped: dt.datetime | None = None) -> DumpDate:
    text = html.unescape(_TAGS.sub(" ", str(value if value is not None else ""))).replace("\xa0", " ").strip()
    if not text:
        return DumpDate(None)
    epoch = _EPOCH.match(text)
    if epoch:
        seconds = int(epoch[1]) / (1000 if len(epoch[1]) == 13 else 1)
        return DumpDate(dt.datetime.fromtimestamp(seconds, dt.UTC).date())
    iso = _ISO.match(text)
    if iso:
        return DumpDate(_valid(int(iso[1]), int(iso[2]), int(iso[3])))
    if "+" in text and " " not in text:
        text = text.replace("+", " ")  # URL-encoded: 13+December+2018
    text = _ORDINAL.sub(r"\1", text)
    slashed = _SLASHED.search(text)
    if slashed and month_first:
        return DumpDate(_valid(int(slashed[3]), int(slashed[1]), int(slashed[2])))
    found = mentions(text)
    if found:
        return DumpDate(found[0].date)
    relative = _RELATIVE.search(text)
    if relative:
        return DumpDate(_resolve(relative, scraped) if scraped else None, relative=scraped is None)
    return DumpDate(None)


def _resolve(match: re.Match, scraped: dt.datetime) -> dt.date:
    if match["yesterday"]:
        return (scraped - dt.timedelta(days=1)).date()
    if match["today"]:
        return scraped.date()
    count = 1 if match["n"].lower() in ("se", "a", "an", "one") else int(match["n"])
    unit = match["unit"].lower().rstrip("s")
    if unit in ("bulan", "month"):
        return (scraped - dt.timedelta(days=30 * count)).date()
    if unit in ("tahun", "year"):
        return (scraped - dt.timedelta(days=365 * count)).date()
    hours = _UNIT_HOURS.get(unit, 0) * count
    minutes = count if unit in ("menit", "minute", "min") else 0
    return (scraped - dt.timedelta(days=_UNIT_DAYS.get(unit, 0) * count, hours=hours, minutes=minutes)).date()


def parse_scrape_time(value) -> dt.datetime | None:
    """When a record was scraped (a timestamp field): ISO or epoch, to a datetime."""
    text = str(value or "").strip()
    epoch = _EPOCH.match(text)
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch[1]) / (1000 if len(epoch[1]) == 13 else 1), dt.UTC)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        found = parse_dump_date(text)
        return dt.datetime.combine(found.date, dt.time()) if found.date else None
