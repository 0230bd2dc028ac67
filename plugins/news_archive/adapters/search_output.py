"""Write the split search index of the built site (finalized), from the same article objects
Pelican rendered. Thin adapter: the index itself is search/index.py."""

from __future__ import annotations

import html
import logging
import re
import time
from datetime import date
from pathlib import Path

from ..actors.dictionary import dictionary_for
from ..archive.copies import COPIES_LISTED
from ..article.record import protected_acronyms
from ..search.analysis import split
from ..search.index import Card, SplitIndexBuilder
from ..ui import format_date
from .build_state import state_of

log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]+>")
LEAD_CHARS = 200
EPOCH = date(1970, 1, 1)  # the browser's Date.UTC counts from it


def plain_text(content: str) -> str:
    return html.unescape(_TAG.sub(" ", content)).strip()


def remember_articles(generator) -> None:
    """article_generator_finalized: the articles in listing order (newest first), kept until
    finalized: the index is written after Pelican has cleaned and written the output."""
    state_of(generator.settings).articles = list(generator.articles)


def alias_table(dictionary, named: dict[str, int]) -> dict[str, str]:
    """Folded, lower-case names and aliases in any language -> actor id, for the actors articles
    name: "moscow" leads to Rusia's articles and page. An alias two actors share is left out."""
    table: dict[str, str | None] = {}
    for actor_id in named:
        actor = dictionary.actors[actor_id]
        for name in {*actor.names.values(), *(alias.text for alias in actor.aliases)}:
            key = " ".join(split(name))
            if key:
                table[key] = actor_id if table.get(key, actor_id) == actor_id else None
    return {key: actor_id for key, actor_id in sorted(table.items()) if actor_id}


def write_index(pelican) -> None:
    """finalized: write search/ into the output."""
    started = time.perf_counter()
    state = state_of(pelican.settings)
    articles, config = state.articles, state.config
    state.articles = []
    lang = config.lang
    unknown = config.article.unknown_publisher
    dictionary = dictionary_for(config.article.actors_file)
    builder = SplitIndexBuilder(protected=protected_acronyms(dictionary))
    years: dict[str, int] = {}
    publishers: dict[str, int] = {}
    actors: dict[str, int] = {}
    actor_names: list[list[str]] = []
    rows = []
    days = []  # per document: days since 1970-01-01, or -1 when undated (sort by date, date range)
    for article in articles:
        body = getattr(article, "body_text", None) or plain_text(article._content or "")
        dated = getattr(article, "date_known", True)
        mentions = getattr(article, "actor_mentions", []) or []
        publisher = getattr(article, "publisher", None) or unknown
        lead = body[:LEAD_CHARS]
        card = Card(
            url=article.url,
            title=article.title,
            date=article.date.date().isoformat() if dated else None,
            date_text=format_date(
                article.date.date() if dated else None, lang, getattr(article, "date_precision", "day")
            ),
            publisher=publisher,
            actors=[(m["id"], m["name"]) for m in mentions[:4]],
            lead=lead + ("…" if len(body) > LEAD_CHARS else ""),
            group=getattr(article, "copy_group", None),
            copies=[
                (c.url, getattr(c, "publisher", None) or unknown)
                for c in getattr(article, "copies", [])[:COPIES_LISTED]
            ],
        )
        builder.add((article.title, body), card, getattr(article, "search_terms", None))
        year = years.setdefault(str(article.date.year) if dated else "undated", len(years))
        pub = publishers.setdefault(publisher, len(publishers))
        ids = []
        for m in mentions:
            if m["id"] not in actors:
                actors[m["id"]] = len(actors)
                actor_names.append([m["id"], m["name"]])
            ids.append(actors[m["id"]])
        group = getattr(article, "copy_group", None)
        rows.append([year, pub, ids] if group is None else [year, pub, ids, group])  # copies share a group
        days.append((article.date.date() - EPOCH).days if dated else -1)
    facets = {"years": list(years), "publishers": list(publishers), "actors": actor_names, "docs": rows}
    folder = Path(config.output_path) / "search"
    meta = builder.write(folder, facets=facets, aliases=alias_table(dictionary, actors), days=days)
    log.info(
        "news_archive: search index of %d articles, %d terms, %d shards in %.2fs",
        meta["documents"],
        meta["terms"],
        meta["shards"],
        time.perf_counter() - started,
    )
