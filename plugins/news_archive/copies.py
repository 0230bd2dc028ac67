"""Copies of the same story across publishers (article_generator_finalized): each article gets
``copies``, the other articles of its group (oldest first), and ``copy_group``, the number of
its group's first article in listing order (None when it has no copy).

Verdicts on candidate pairs are kept under CACHE_PATH, keyed by the articles' ``source_hash``
(file content, path and code version): a rebuild compares only pairs with a new article.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from .duplicates import copy_groups

log = logging.getLogger(__name__)


def _verdicts_file(settings: dict) -> Path | None:
    if not settings.get("NEWS_ARCHIVE_CACHE", True):
        return None
    return Path(settings.get("CACHE_PATH") or "cache") / "news_archive" / "copies.pickle"


def _load(path: Path | None, threshold: float) -> dict:
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)
        return saved["pairs"] if saved.get("threshold") == threshold else {}
    except (TypeError, OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError):
        return {}


def _save(path: Path | None, threshold: float, pairs: dict, keys: set) -> None:
    if path is None:
        return
    current = {pair: verdict for pair, verdict in pairs.items() if pair[0] in keys and pair[1] in keys}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump({"threshold": threshold, "pairs": current}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as err:  # a read-only cache folder only costs speed
        log.debug("news_archive: cannot write %s: %s", path, err)


def link_copies(generator) -> None:
    articles = generator.articles
    by_key = {a.source_hash: i for i, a in enumerate(articles) if getattr(a, "minhash", None) and getattr(a, "source_hash", None)}
    docs = [(key, articles[i].minhash, articles[i].body_text) for key, i in by_key.items()]
    threshold = generator.settings.get("NEWS_ARCHIVE_NEAR_DUPLICATE", 0.6)
    path = _verdicts_file(generator.settings)
    known = _load(path, threshold)
    for article in articles:
        article.copies, article.copy_group = [], None
    for group in copy_groups(docs, threshold, known):
        members = sorted(by_key[key] for key in group)
        for i in members:
            others = [articles[j] for j in members if j != i]
            articles[i].copies = sorted(others, key=lambda a: (not getattr(a, "date_known", True), a.date))
            articles[i].copy_group = members[0]
    _save(path, threshold, known, set(by_key))
