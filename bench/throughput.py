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


def text_pipeline(seconds: float = 5.0, with_actors: bool = False) -> dict:
    """``with_actors``: also tag actors with the default dictionary, as the reader does."""
    from news_archive.actors.dictionary import load_dictionary
    from news_archive.actors.matcher import ActorMatcher
    from news_archive.actors.tagging import DEFAULT_ACTORS_FILE, tag

    matcher = ActorMatcher(load_dictionary(DEFAULT_ACTORS_FILE)) if with_actors else None
    files = corpus()
    for data in files:  # warm up: compile the data files' regexes once
        analyse(data)
    size = sum(map(len, files))
    rounds, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for data in files:
            dates.mentions.cache_clear()
            dateline.parse_dateline.cache_clear()
            analysis = analyse(data)
            if matcher:
                tag(analysis, matcher)
        rounds += 1
    elapsed = time.perf_counter() - start
    return {
        "articles": len(files) * rounds,
        "bytes": size * rounds,
        "seconds": elapsed,
        "mb_per_s": size * rounds / elapsed / 1e6,
        "articles_per_s": len(files) * rounds / elapsed,
    }


def big_dictionary(target_aliases: int = 5000):
    """The default dictionary plus deterministic synthetic people until it has
    ``target_aliases`` aliases (full name and surname each)."""
    import itertools

    from news_archive.actors.dictionary import Actor, Alias, Dictionary, alias_key, load_dictionary
    from news_archive.actors.tagging import DEFAULT_ACTORS_FILE

    base = load_dictionary(DEFAULT_ACTORS_FILE)
    actors, aliases = dict(base.actors), dict(base.aliases)
    syllables = ["ka", "ri", "mo", "ta", "ne", "su", "lo", "vi", "da", "ze", "pu", "ha", "gi", "be", "no", "ya"]
    words = ("".join(p).capitalize() for p in itertools.product(syllables, repeat=4))
    while len(aliases) < target_aliases:
        first, last = next(words), next(words)
        actor_id = f"{first}-{last}".lower()
        names = (f"{first} {last}", last)
        actors[actor_id] = Actor(actor_id, {"en": names[0]}, "person", tuple(Alias(n, False) for n in names))
        aliases.update({alias_key(n): actor_id for n in names})
    return Dictionary("synthetic", actors, base.blockers, aliases)


def actor_matcher(seconds: float = 5.0) -> dict:
    from news_archive.actors.matcher import ActorMatcher
    from news_archive.actors.tagging import tagged_texts

    dictionary = big_dictionary()
    matcher = ActorMatcher(dictionary)
    texts = ["\n".join(tagged_texts(analyse(data))) for data in corpus()]
    size = sum(len(t.encode()) for t in texts)
    rounds, found, start = 0, 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            found += len(matcher.mentions(text))
        rounds += 1
    elapsed = time.perf_counter() - start
    return {"aliases": len(dictionary.aliases), "mb_per_s": size * rounds / elapsed / 1e6, "mentions": found // rounds}
