"""Copies of the same story across publishers: each article gets ``copies``, the other articles
of its group (oldest first), and ``copy_group``, the number of its group's first article in
listing order (None when it has no copy).

Verdicts on candidate pairs are kept in a file, keyed by the articles' ``source_hash`` (file
content, path and code version): a rebuild compares only pairs with a new article.
"""

from __future__ import annotations

from ..article.cache import load, store
from ..near_duplicates import copy_groups


def link_copies(articles: list, threshold: float, verdicts_file: str | None) -> None:
    by_key = {
        a.source_hash: i
        for i, a in enumerate(articles)
        if getattr(a, "minhash", None) and getattr(a, "source_hash", None)
    }
    docs = [(key, articles[i].minhash, articles[i].body_text) for key, i in by_key.items()]
    saved = load(verdicts_file, {})
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
    store(verdicts_file, {"threshold": threshold, "pairs": current})
