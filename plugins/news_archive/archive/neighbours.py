"""Previous and next article by date: dated articles only, as undated ones have no place in time."""

from __future__ import annotations

import itertools


def link_neighbours(articles: list) -> None:
    """Set ``newer`` and ``older`` on every article (None at the ends and for undated ones)."""
    dated = sorted((a for a in articles if getattr(a, "date_known", True)), key=lambda a: (a.date, a.slug))
    for article in articles:
        article.newer = article.older = None
    for older, newer in itertools.pairwise(dated):
        older.newer, newer.older = newer, older
