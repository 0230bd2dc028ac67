"""Copies of the same story across publishers (article_generator_finalized): each article gets
``copies``, the other articles of its group (oldest first), and ``copy_group``, the number of
its group's first article in listing order (None when it has no copy).

Verdicts on candidate pairs are kept under CACHE_PATH, keyed by the articles' ``source_hash``
(file content, path and code version): a rebuild compares only pairs with a new article.
"""

from __future__ import annotations

from pathlib import Path

from .cache import load, store
from .duplicates import copy_groups


def _verdicts_file(settings: dict) -> Path | None:
    if not settings.get("NEWS_ARCHIVE_CACHE", True):
        return None
    return Path(settings.get("CACHE_PATH") or "cache") / "news_archive" / "copies.pickle"


def link_copies(generator) -> None:
    articles = generator.articles
    by_key = {a.source_hash: i for i, a in enumerate(articles) if getattr(a, "minhash", None) and getattr(a, "source_hash", None)}
    docs = [(key, articles[i].minhash, articles[i].body_text) for key, i in by_key.items()]
    threshold = generator.settings.get("NEWS_ARCHIVE_NEAR_DUPLICATE", 0.6)
    path = _verdicts_file(generator.settings)
    saved = load(path, {})
    known = saved.get("pairs", {}) if saved.get("threshold") == threshold else {}
    for article in articles:
        article.copies, article.copy_group = [], None
    for group in copy_groups(docs, threshold, known):
        members = sorted(by_key[key] for key in group)
        for i in members:
            others = [articles[j] for j in members if j != i]
            articles[i].copies = sorted(others, key=lambda a: (not getattr(a, "date_known", True), a.date))
            articles[i].copy_group = members[0]
    current = {pair: verdict for pair, verdict in known.items() if pair[0] in by_key and pair[1] in by_key}
    store(path, {"threshold": threshold, "pairs": current})
