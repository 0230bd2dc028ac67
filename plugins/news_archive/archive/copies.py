"""Copies of the same story across publishers: each article gets ``copies``, other articles of
its group (oldest first, at most COPIES_LISTED), ``copies_more``, how many others are not
listed, ``copies_page``, the article whose page lists the whole group (the oldest copy, which
lists every other), and ``copy_group``, the number of its group's first article in listing
order (None when it has no copy). A wire story copied a thousand times costs each page ten
lines, not a thousand.

Verdicts on candidate pairs are kept in a file, keyed by the articles' ``source_hash`` (file
content, path and code version): a rebuild compares only pairs with a new article.
"""

from __future__ import annotations

from ..article.cache import load, store
from ..near_duplicates import copy_groups

COPIES_LISTED = 10  # copies named on an article's page and search card; the oldest copy names all


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
        article.copies, article.copy_group, article.copies_more, article.copies_page = [], None, 0, None
    for group in copy_groups(docs, threshold, known):
        members = sorted(by_key[key] for key in group)
        oldest = sorted((articles[i] for i in members), key=lambda a: (not getattr(a, "date_known", True), a.date))
        for i in members:
            article = articles[i]
            others = [other for other in oldest if other is not article]
            listed = others if article is oldest[0] else others[:COPIES_LISTED]
            article.copies, article.copies_more = listed, len(others) - len(listed)
            article.copies_page = oldest[0] if article.copies_more else None
            article.copy_group = members[0]
    current = {pair: verdict for pair, verdict in known.items() if pair[0] in by_key and pair[1] in by_key}
    store(verdicts_file, {"threshold": threshold, "pairs": current})
