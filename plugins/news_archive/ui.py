"""Interface strings and date formatting in the site's language (data/ui.yml)."""

from __future__ import annotations

import datetime as dt
import re
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


def format_number(value: int, lang: str) -> str:
    """1965 as the interface language writes it: "1.965" in Indonesian, "1,965" in English."""
    return f"{int(value):,}".replace(",", strings(lang)["thousands_separator"])


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


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Scraped text or a file name for a terminal: control characters (escape sequences, bidi
    overrides, line separators) shown as escapes, never acted on. Print it as rich ``Text``."""
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode(), str(text))
