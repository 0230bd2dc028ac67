"""Publication dates found in the text, never invented.

Every date mention is read with its stated weekday (if any), which is checked against the
calendar. The publication date is chosen by evidence, strongest first:

1. a header ``Date:`` value;
2. a date stamp line in the head ("Selasa, 24 November 2015, 21:40 WIB");
3. a date right after a citation or statement cue ("seperti dikutip Reuters, Selasa (24/1/2017)");
4. the latest date in the body whose stated weekday matches the calendar.

A day and month without a year ("Selasa (24/11)") is never completed by guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import reasons
from .resources import date_words

MIN_YEAR, MAX_YEAR = 1990, 2100  # a year outside these, read in the text, is not a publication date
HEADER_MIN_YEAR = 1800  # a header Date before this is a typo (the build's undated placeholder is older)
STAMP_MAX_OTHER_WORDS = 1  # a stamp line may hold one word besides the date and its labels (a brand)
STAMP_MAX_CHARS = 120  # a longer line with a date is a sentence, not a stamp
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Mention:
    date: dt.date
    start: int
    end: int
    weekday_stated: int | None  # Monday = 0

    @property
    def weekday_ok(self) -> bool | None:
        return None if self.weekday_stated is None else self.weekday_stated == self.date.weekday()


@dataclass(frozen=True)
class FoundDate:
    date: dt.date | None
    precision: str  # "day", "month" or "unknown"
    evidence: str  # why this date (or why none): a code of reasons.py
    line: int = 0  # the line it was read from (0: the header or none)

    @property
    def known(self) -> bool:
        return self.date is not None


UNKNOWN = FoundDate(None, "unknown", reasons.NO_DATE)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[re.Pattern, ...]  # complete dates, without the weekday
    months: dict[str, int]
    weekdays: dict[str, int]
    cues: re.Pattern  # citation and statement cues ("dikutip", "kata")
    time: re.Pattern  # a time of day, with its zone
    weekday_only: re.Pattern
    stated: re.Pattern  # the weekday stated just before a date
    stamp_labels: frozenset[str]  # words a stamp line may hold ("diperbarui", "WIB")


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    words = date_words()
    months = {w: int(m) for m, names in words["months"].items() for w in names}
    weekdays = {w: int(d) for d, names in words["weekdays"].items() for w in names}
    month, weekday = _alternation(months), _alternation(weekdays)
    part = _alternation(words["day_parts"])
    patterns = [
        # 24 November 2015, 06 Oct 2015, 12 Safar 1437/24 November 2015
        rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{month})\.?,?\s+(?P<y>\d{{4}})\b",
        # October 27, 2017 / Jan 24, 2017
        rf"\b(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b",
        # 24/1/2017, 09/08/2016, 21-08-2018, (21/1/18)
        r"\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.-]\d)",
        # ISO 2025-07-30
        r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)",
    ]
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    # The weekday stated just before a date: "Selasa, ", "Kamis (", "Jumat malam, ".
    stated = re.compile(rf"\b(?P<wd>{weekday})\b\.?(?:\s+(?:{part}))?\s*[,(]?\s*$", re.IGNORECASE)
    cues = re.compile(rf"\b(?:{_alternation(words['citation_cues'])})\b", re.IGNORECASE)
    time = re.compile(
        rf"\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:{_alternation(words['zones'])})?\b",
        re.IGNORECASE,
    )
    weekday_only = re.compile(rf"\b(?:{weekday})\b", re.IGNORECASE)
    labels = frozenset(str(word).lower() for word in words["stamp_labels"])
    return _Grammar(tuple(compiled), months, weekdays, cues, time, weekday_only, stated, labels)


@lru_cache(maxsize=4096)
def mentions(text: str) -> tuple[Mention, ...]:
    """Every complete, valid calendar date in ``text``, in order of position (cached: the
    head, the citation and the weekday passes all read the same paragraphs)."""
    if not _DIGIT.search(text):
        return ()
    grammar = _grammar()
    patterns, months, weekdays, stated_re = grammar.patterns, grammar.months, grammar.weekdays, grammar.stated
    found: dict[int, Mention] = {}
    for pattern in patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = months[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
            year = int(groups["y"])
            if year < 100:
                year += 2000
            if not MIN_YEAR <= year <= MAX_YEAR:
                continue
            try:
                date = dt.date(year, month, int(groups["d"]))
            except ValueError:
                continue
            start = match.start()
            if any(m.start <= start < m.end for m in found.values()):
                continue
            before = stated_re.search(text, max(0, start - 30), start)
            if before:
                start = before.start()
            found[start] = Mention(date, start, match.end(), weekdays.get(before["wd"].lower()) if before else None)
    return tuple(sorted(found.values(), key=lambda m: m.start))


def is_date_stamp(text: str) -> bool:
    """A line that is only a date and/or time (plus a label or brand): meta, not article text."""
    grammar = _grammar()
    dated = mentions(text)
    if not dated and not grammar.time.search(text):
        return False
    rest = text
    for mention in reversed(dated):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = grammar.weekday_only.sub(" ", grammar.time.sub(" ", rest))
    leftover = re.findall(r"[^\W\d_][\w.'’-]+", rest)  # "Kompas.com" is one word
    labels = grammar.stamp_labels
    unknown = [w for w in leftover if w.lower() not in labels]
    return len(unknown) <= STAMP_MAX_OTHER_WORDS and len(text) <= STAMP_MAX_CHARS


def _latest_confirmed(text: str) -> Mention | None:
    confirmed = [m for m in mentions(text) if m.weekday_ok]
    return max(confirmed, key=lambda m: m.date) if confirmed else None


def _after_cue(text: str) -> Mention | None:
    """The first date that follows a citation or statement cue within a few words."""
    cues = _grammar().cues
    for mention in mentions(text):
        if mention.weekday_ok is False:
            continue
        window = text[max(0, mention.start - 60) : mention.start]
        if cues.search(window):
            return mention
    return None


def header_date_in_range(found: FoundDate, today: dt.date | None = None) -> bool:
    """A header date from HEADER_MIN_YEAR to tomorrow (a later one would pin the article to the
    top of every list)."""
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    return found.date is not None and found.date.year >= HEADER_MIN_YEAR and found.date <= latest


def parse_header_date(value: str) -> FoundDate | None:
    """``Date:`` header: ISO (2017-01-24, 2017-01, 2017-01-24T10:00) or any form read above."""
    value = value.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?", value)
    try:
        if iso and iso[3]:
            return FoundDate(dt.date(int(iso[1]), int(iso[2]), int(iso[3])), "day", reasons.HEADER_DATE)
        if iso:
            return FoundDate(dt.date(int(iso[1]), int(iso[2]), 1), "month", reasons.HEADER_DATE)
    except ValueError:
        return None
    found = mentions(value)
    return FoundDate(found[0].date, "day", reasons.HEADER_DATE) if found else None


def publication_date(stamps: list[tuple[int, str]], body: list[tuple[int, str]]) -> FoundDate:
    """Choose the publication date from head stamp lines and body lines ((number, text) pairs)."""
    for number, text in stamps:
        found = mentions(text)
        if found:
            code = reasons.STAMP_DATE if found[0].weekday_ok is not False else reasons.STAMP_DATE_WEEKDAY_DISAGREES
            return FoundDate(found[0].date, "day", code, number)
    for number, text in body:
        mention = _after_cue(text)
        if mention:
            return FoundDate(mention.date, "day", reasons.CITATION_DATE, number)
    best: tuple[Mention, int] | None = None
    for number, text in body:
        mention = _latest_confirmed(text)
        if mention and (best is None or mention.date > best[0].date):
            best = (mention, number)
    if best:
        return FoundDate(best[0].date, "day", reasons.WEEKDAY_DATE, best[1])
    return UNKNOWN
