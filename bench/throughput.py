"""Text pipeline throughput on one core: MB of raw text analysed per second.

Caches that hold per-text results are cleared before each article, so every article is
analysed as new text, as in a real build.
"""

from __future__ import annotations

import time
from pathlib import Path

from news_archive.text import dateline, dates
from news_archive.text.pipeline import analyse

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "corpus").rglob("*.txt"))]


def text_pipeline(seconds: float = 5.0) -> dict:
    files = corpus()
    for data in files:  # warm up: compile the data files' regexes once
        analyse(data)
    size = sum(map(len, files))
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for data in files:
            dates.mentions.cache_clear()
            dateline.parse_dateline.cache_clear()
            analyse(data)
        rounds += 1
    elapsed = time.perf_counter() - start
    return {
        "articles": len(files) * rounds,
        "bytes": size * rounds,
        "seconds": elapsed,
        "mb_per_s": size * rounds / elapsed / 1e6,
        "articles_per_s": len(files) * rounds / elapsed,
    }
