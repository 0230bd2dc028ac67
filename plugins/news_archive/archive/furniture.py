"""Furniture: paragraphs that recur across many articles of one source (the same site, else the
same publisher, else the same folder): newsletter boxes, promos, tag lines, footers that no rule
knows. Copies of one story count once, so a quote that copies share is no furniture. The work on
each file stays cached by its hash; this pass only counts the hashes of paragraphs."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass

from ..text.urls import host, registrable_domain


@dataclass(frozen=True)
class Furniture:
    index: int  # the paragraph's position in the article
    stories: int  # how many stories of the source hold it
    source: str


def source_of(article) -> str:
    """The site of the original URL, else the publisher, else the article's folder."""
    url = getattr(article, "source_url", None)
    site = host(url) if url else ""
    if site:
        return registrable_domain(site)
    publisher = getattr(article, "publisher", None)
    if publisher:
        return str(publisher)
    return os.path.dirname(getattr(article, "raw_path", "") or "") or "."


def find_furniture(articles: list, min_stories: int) -> dict[int, list[Furniture]]:
    """id(article) -> its furniture paragraphs. ``min_stories``: 0 turns the pass off."""
    if min_stories <= 0:
        return {}
    stories: dict[tuple[str, str], set] = defaultdict(set)
    sources = {}
    for article in articles:
        source = sources[id(article)] = source_of(article)
        story = getattr(article, "copy_group", None)
        story = id(article) if story is None else ("group", story)
        for key in getattr(article, "paragraph_keys", None) or ():
            stories[source, key].add(story)
    found: dict[int, list[Furniture]] = {}
    for article in articles:
        keys = getattr(article, "paragraph_keys", None) or ()
        source = sources[id(article)]
        repeated = [
            Furniture(i, len(stories[source, key]), source)
            for i, key in enumerate(keys)
            if len(stories[source, key]) >= min_stories
        ]
        if repeated and len(repeated) < len(keys):  # an article is never all furniture
            found[id(article)] = repeated
    return found
