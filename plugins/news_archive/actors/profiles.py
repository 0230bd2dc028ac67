"""Context for the actor pages (actor/<id>/) and the actor index (actor/).

Pure: it takes article records (actor ids with counts, date or None) and the dictionary, so it
is tested without Pelican. The monthly timeline is an inline SVG drawn here: no script needed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape

from .dictionary import Actor, Dictionary


@dataclass(frozen=True)
class Record:
    actors: tuple[tuple[str, int], ...]  # (actor id, mentions)
    date: dt.date | None  # None when the text gives no date


@dataclass
class Profile:
    actor: Actor
    articles: int = 0
    mentions: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    months: list[tuple[int, int, int]] = field(default_factory=list)  # (year, month, articles)
    co_actors: list[tuple[str, int]] = field(default_factory=list)  # (actor id, shared articles)
    members: list[str] = field(default_factory=list)  # actors affiliated to this one
    timeline_svg: str = ""


def _month_range(first: dt.date, last: dt.date):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


MONTH_LINK = "__month__/{year}/{month:02d}"  # the template puts the month archive's address in


def timeline_svg(months: list[tuple[int, int, int]], month_names: list[str], label: str) -> str:
    """Bars of articles per month, first to last dated month, each bar a link to its month
    (MONTH_LINK, filled by the template); an accessible inline SVG with the peak on its axis."""
    if not months:
        return ""
    width, height, gap = 640, 90, 1
    peak = max(n for *_, n in months)
    bar = max(1.0, (width - gap * len(months)) / len(months))
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height + 20}" role="group" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (year, month, n) in enumerate(months):
        h = 0 if not n else max(2.0, height * n / peak)
        x = i * (bar + gap)
        title = escape(f"{month_names[month - 1]} {year}: {n}")
        rect = (
            f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" height="{h:.1f}"><title>{title}</title></rect>'
        )
        if n:
            rect = f'<a href="{MONTH_LINK.format(year=year, month=month)}" aria-label="{title}">{rect}</a>'
        parts.append(rect)
    parts.append(f'<text x="0" y="10" class="peak">{peak}</text>')
    first, last = months[0], months[-1]
    parts.append(f'<text x="0" y="{height + 15}">{escape(month_names[first[1] - 1][:3])} {first[0]}</text>')
    parts.append(
        f'<text x="{width}" y="{height + 15}" text-anchor="end">{escape(month_names[last[1] - 1][:3])} {last[0]}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def build_profiles(
    records: list[Record], dictionary: Dictionary, month_names: list[str], label: str, top: int = 12
) -> dict[str, Profile]:
    profiles = {actor_id: Profile(actor) for actor_id, actor in dictionary.actors.items()}
    per_month: dict[str, Counter] = defaultdict(Counter)
    together: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        ids = [a for a, _ in record.actors if a in profiles]
        for actor_id, mentions in record.actors:
            profile = profiles.get(actor_id)
            if profile is None:
                continue
            profile.articles += 1
            profile.mentions += mentions
            if record.date:
                profile.first = min(filter(None, (profile.first, record.date)))
                profile.last = max(filter(None, (profile.last, record.date)))
                per_month[actor_id][(record.date.year, record.date.month)] += 1
            together[actor_id].update(other for other in ids if other != actor_id)
    for actor in dictionary.actors.values():
        for affiliation in actor.affiliations:
            profiles[affiliation.actor].members.append(actor.id)
    for actor_id, profile in profiles.items():
        if profile.first:
            counts = per_month[actor_id]
            profile.months = [(y, m, counts[(y, m)]) for y, m in _month_range(profile.first, profile.last)]
            profile.timeline_svg = timeline_svg(profile.months, month_names, label)
        profile.co_actors = sorted(together[actor_id].items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return profiles
