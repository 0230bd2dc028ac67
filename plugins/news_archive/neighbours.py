"""Previous and next article by date (article_generator_finalized): dated articles only, as
undated ones have no place in time."""

from __future__ import annotations


def link_neighbours(generator) -> None:
    dated = sorted((a for a in generator.articles if getattr(a, "date_known", True)), key=lambda a: (a.date, a.slug))
    for older, newer in zip(dated, dated[1:]):
        older.newer, newer.older = newer, older
    for article in generator.articles:
        article.newer = getattr(article, "newer", None)
        article.older = getattr(article, "older", None)
