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


def reason_words(code: str, lang: str, rule_words: dict[str, str] | None = None) -> str:
    """The words of a reason code (text/reasons.py, or a rule id) in the interface language:
    from ui.yml, else the rule's own ``reason`` (a user's rule), else the code itself."""
    table = strings(lang)["reasons"]
    if code in table:
        return table[code]
    rule_words = rule_words or {}
    base, dot, item = code.rpartition(".")
    if dot and item == "item" and base in table:
        return table[base]
    return rule_words.get(code) or rule_words.get(base) or code
