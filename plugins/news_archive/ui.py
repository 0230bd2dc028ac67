"""Interface strings and date formatting in the site's language (data/ui.yml)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .text.resources import DATA_DIR, _read_yaml


@lru_cache(maxsize=1)
def _all() -> dict:
    return _read_yaml(DATA_DIR / "ui.yml")


@lru_cache(maxsize=4)
def strings(lang: str) -> dict:
    """The interface strings of ``lang`` (English where it has none): read-only, shared."""
    table = _all()
    return {**table["en"], **table.get(lang, {})}


def format_date(value: dt.date | None, lang: str, precision: str = "day") -> str:
    s = strings(lang)
    if value is None or precision == "unknown":
        return s["date_unknown"]
    month = s["months"][value.month - 1]
    if precision == "month":
        return s["month_format"].format(month=month, year=value.year)
    return s["date_format"].format(weekday=s["weekdays"][value.weekday()], day=value.day, month=month, year=value.year)


def translate_reason(text: str, lang: str) -> str:
    """A removal reason or date evidence in the interface language ("date stamp, line 3")."""
    table = strings(lang).get("reasons") or {}
    if text in table:
        return table[text]
    head, sep, tail = text.partition(", ")
    if head in table:
        tail = tail.replace("line", strings(lang)["line"])
        return f"{table[head]}{sep}{tail}"
    return text
