"""Copies of the same story across publishers (article_generator_finalized): each article gets
``copies``, the other articles of its group (oldest first), and ``copy_group``, the number of
its group's first article in listing order (None when it has no copy)."""

from __future__ import annotations

from .duplicates import copy_groups


def link_copies(generator) -> None:
    articles = generator.articles
    docs = [(i, a.minhash, a.body_text) for i, a in enumerate(articles) if getattr(a, "minhash", None)]
    threshold = generator.settings.get("NEWS_ARCHIVE_NEAR_DUPLICATE", 0.6)
    for article in articles:
        article.copies, article.copy_group = [], None
    for group in copy_groups(docs, threshold):
        members = sorted(group)
        for i in members:
            others = [articles[j] for j in members if j != i]
            articles[i].copies = sorted(others, key=lambda a: (not getattr(a, "date_known", True), a.date))
            articles[i].copy_group = members[0]
