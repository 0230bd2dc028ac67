"""Related articles: other stories of the same days naming the same actors, listed at the end of
an article ("what else happened around this"). Copies of the same story are not related
stories (they are listed as copies).

Candidates come from the article's rarest actors only, within a few days: a common actor (a
country most articles name) would make every article a candidate of every other."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    day: dt.date | None
    actors: frozenset[str]
    group: object = None  # the copy group, if the story was published more than once


def related(
    stories: list[Story], *, limit: int = 3, days: int = 3, min_shared: int = 2, rarest: int = 2
) -> list[list[int]]:
    """For each story (by position), up to ``limit`` others within ``days`` days that share at
    least ``min_shared`` actors, one copy of each: most shared first, then nearest in time."""
    frequency = Counter(actor for story in stories for actor in story.actors)
    by_actor_day: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        if story.day is not None:
            for actor in story.actors:
                by_actor_day[(actor, story.day.toordinal())].append(i)
    found: list[list[int]] = []
    for i, story in enumerate(stories):
        if story.day is None or len(story.actors) < min_shared:
            found.append([])
            continue
        day = story.day.toordinal()
        seeds = sorted(story.actors, key=lambda a: (frequency[a], a))[:rarest]
        candidates = {j for a in seeds for d in range(day - days, day + days + 1) for j in by_actor_day.get((a, d), ())}
        scored = []
        for j in candidates:
            other = stories[j]
            if j == i or (story.group is not None and other.group == story.group):
                continue
            shared = len(story.actors & other.actors)
            if shared >= min_shared:
                scored.append((-shared, abs(other.day.toordinal() - day), j))
        chosen, groups = [], set()
        for *_, j in sorted(scored):  # one copy of each other story
            group = stories[j].group
            if group is None or group not in groups:
                chosen.append(j)
                groups.add(group)
            if len(chosen) == limit:
                break
        found.append(chosen)
    return found
