"""What the address of the original article says: its publisher (the host, through the outlets
data) and, often, its date (/2015/12/23/, /20230105123456-...)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from urllib.parse import urlsplit

from .resources import attribution_words, name_key, outlets

_PATH_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
_COMPACT_DATE = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{2,8})?(?:[-_/.]|$)")


def host(url: str) -> str:
    try:
        name = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return name.lower().removeprefix("www.")


@lru_cache(maxsize=1)
def _second_levels() -> frozenset[str]:
    return frozenset(attribution_words()["second_level_domains"])


def registrable_domain(name: str) -> str:
    """ "news.detik.com" -> "detik.com"; "nasional.kompas.co.id" -> "kompas.co.id"."""
    labels = name.split(".")
    keep = 3 if ".".join(labels[-2:]) in _second_levels() else 2
    return ".".join(labels[-keep:])


def publisher_of_url(url: str) -> str | None:
    """The outlet whose site serves ``url``: the host, then its registrable domain, through the
    outlets data; an unknown site is named by its registrable domain."""
    full = host(url)
    if not full or "." not in full:
        return None
    table = outlets()
    for candidate in (full, registrable_domain(full)):
        key = name_key(candidate)
        for form in (key, key.replace(" ", "")):
            if form in table:
                return table[form].name
    return registrable_domain(full)


def date_in_url(url: str) -> dt.date | None:
    """A date written in the path of ``url`` (/2021/10/15/ or /20230105...), if valid."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for pattern in (_PATH_DATE, _COMPACT_DATE):
        match = pattern.search(path)
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def web_address(url: str | None) -> tuple[str, str] | None:
    """(url, host shown to readers) of an http(s) address, or None: a scraped "URL" that is not a
    web address (``javascript:``, a bare path, garbage) is never made a link."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url.strip(), re.sub(r"^www\d?\.", "", parts.hostname)
