"""Which column of a dump holds what: by name through the alias table (data/fields.yml, without
case, spaces, underscores or hyphens), else from the values (the longest text, the column of
URLs, of dates)."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.resources import DATA_DIR, _read_yaml

ROLES = ("url", "title", "text", "teaser", "html", "date", "publisher", "author", "scraped")
SAMPLE = 200  # records looked at to judge a column by its values
TEXT_MIN_CHARS = 80  # a column read as the text when named nothing known: this long on average
TEASER_MIN_CHARS = 30  # ... or, in a listing with no body, as its teaser
BODY_MIN_CHARS = 300  # a column unnamed but this long (and twice a named teaser) is the body
URL_SHARE = 0.6  # share of a column's values that are URLs for it to be the URL
# ... and at least this share of them different: the pages a listing scraper went through
# ("https://search.sindonews.com/search/12?q=pupr" on twelve rows) are no article's address
URL_DISTINCT_SHARE = 0.5
DATE_SHARE = 0.6  # ... or dates
DATE_MAX_CHARS = 60  # a date cell is short: a longer one is text that mentions a date


def normalise(name: str) -> str:
    return re.sub(r"[\s_\-.:]+", "", str(name).lower())


@lru_cache(maxsize=1)
def _table() -> dict:
    return _read_yaml(DATA_DIR / "fields.yml")


def aliases() -> dict[str, list[str]]:
    return {role: list(names) for role, names in _table()["roles"].items()}


def record_list_keys() -> list[str]:
    return [str(key).lower() for key in _table()["record_lists"]]


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # role -> column
    how: dict[str, str] = field(default_factory=dict)  # role -> "named", "given", "from its values"

    def get(self, role: str) -> str | None:
        return self.columns.get(role)


def _values(records, column: str) -> list[str]:
    return [str(r.fields.get(column) or "").strip() for r in records[:SAMPLE]]


def _share(values: list[str], test) -> float:
    filled = [v for v in values if v]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def is_url(value: str) -> bool:
    return bool(re.match(r"^(https?://|/)[^\s]+$", value.strip()))


_IMAGE = re.compile(r"\.(jpe?g|png|gif|webp|svg|avif)(\?\S*)?$|image|img|thumb|foto|photo|picture", re.IGNORECASE)
_STRUCTURE = re.compile(r"^\s*[\[{]\s*[{'\"]")  # a list or a mapping written out: [{'caption': ...}]


def is_article_url(value: str) -> bool:
    """An address of a page, not of a picture."""
    return is_url(value) and not _IMAGE.search(value.strip())


def _addresses(values: list[str]) -> bool:
    """Values that are the addresses of articles: pages, not pictures, mostly different."""
    filled = [v for v in values if v]
    if _share(filled, is_article_url) < URL_SHARE:
        return False
    return len(filled) < 3 or len(set(filled)) / len(filled) >= URL_DISTINCT_SHARE


def _prose(values: list[str]) -> bool:
    """Values that read as sentences: words, not addresses, pictures or data structures."""
    filled = [v for v in values if v]
    if not filled:
        return False
    odd = sum(1 for v in filled if is_url(v) or _STRUCTURE.match(v)) / len(filled)
    return odd < 0.3 and statistics.fmean(len(v.split()) for v in filled) >= 4


def choose(columns: list[str], records: list, given: dict[str, str] | None = None) -> Mapping:
    """The column of each role. ``given``: role -> column name from --field (wins)."""
    from .dates import parse_dump_date

    mapping = Mapping()
    by_key = {normalise(column): column for column in columns}
    taken: set[str] = set()
    for role, name in (given or {}).items():
        column = by_key.get(normalise(name), name)
        mapping.columns[role], mapping.how[role] = column, "given"
        taken.add(column)
    for role, names in aliases().items():
        if role in mapping.columns:
            continue
        for name in names:
            column = by_key.get(normalise(name))
            if column is None or column in taken:
                continue
            values = _values(records, column)
            if not any(values):
                continue
            if role == "url" and not _addresses(values):
                continue  # a "link" column holding a whole result card, a picture's or the listing's address
            mapping.columns[role], mapping.how[role] = column, "named"
            taken.add(column)
            break
    free = [c for c in columns if c not in taken]
    if "url" not in mapping.columns:
        found = [c for c in free if not _IMAGE.search(c) and _addresses(_values(records, c))]
        if found:
            mapping.columns["url"], mapping.how["url"] = found[0], "from its values"
            free.remove(found[0])
    if "date" not in mapping.columns:
        found = [
            c
            for c in free
            if _share(_values(records, c), lambda v: len(v) <= DATE_MAX_CHARS and parse_dump_date(v).found)
            >= DATE_SHARE
        ]
        if found:
            mapping.columns["date"], mapping.how["date"] = found[0], "from its values"
            free.remove(found[0])
    if not any(role in mapping.columns for role in ("text", "html")):
        prose = [c for c in free if _prose(_values(records, c))]
        lengths = {c: statistics.fmean(len(v) for v in _values(records, c)) if records else 0 for c in prose}
        longest = max(lengths, key=lengths.get, default=None)
        teaser = mapping.columns.get("teaser")
        teaser_length = statistics.fmean(len(v) for v in _values(records, teaser)) if teaser and records else 0
        if (
            longest is not None
            and lengths[longest] >= TEXT_MIN_CHARS
            and (not teaser or lengths[longest] >= max(BODY_MIN_CHARS, 2 * teaser_length))
        ):
            mapping.columns["text"], mapping.how["text"] = longest, "from its values (the longest)"
            free.remove(longest)
        elif teaser:
            mapping.columns["text"], mapping.how["text"] = mapping.columns.pop("teaser"), "the teaser (no body)"
            mapping.how.pop("teaser", None)
        elif longest is not None and lengths[longest] >= TEASER_MIN_CHARS and len(free) > 1:
            mapping.columns["text"], mapping.how["text"] = longest, "from its values (a teaser: no body)"
            free.remove(longest)
    if "title" not in mapping.columns:
        candidates = [
            c
            for c in free
            if 10 <= statistics.fmean(len(v) for v in _values(records, c) or [""]) <= 250
            and _prose(_values(records, c))
        ]
        if candidates:
            mapping.columns["title"], mapping.how["title"] = candidates[0], "from its values"
    return mapping
