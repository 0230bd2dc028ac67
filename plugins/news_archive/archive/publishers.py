"""What a publisher page says above its list: how many articles, from when to when, and the
actors its articles name most."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class PublisherSummary:
    articles: int = 0
    first: dt.date | None = None
    last: dt.date | None = None
    actors: list[tuple[str, int]] = field(default_factory=list)  # (actor id, articles), most first


def summarise(articles: list[tuple[dt.date | None, list[str]]], top: int = 5) -> PublisherSummary:
    """``articles``: (date when known, ids of the actors named) of one publisher's articles."""
    dates = [day for day, _ in articles if day]
    named = Counter(actor for _, actors in articles for actor in set(actors))
    return PublisherSummary(
        articles=len(articles),
        first=min(dates, default=None),
        last=max(dates, default=None),
        actors=sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
    )
