"""Actors as Pelican's tag taxonomy: tag = actor, slug = actor id, page actor/<id>/.

Thin adapter between Pelican and actors/: loads the dictionary when Pelican starts (an invalid
dictionary stops the build), tags articles from the reader, and adds the actor profiles to
the template context once all articles are read.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from pelican.urlwrappers import Tag

from .actors.dictionary import Dictionary, dictionary_for
from .actors.matcher import ActorMatcher
from .actors.pages import Record, build_profiles
from .actors.tagging import tag
from .text.pipeline import Analysis
from .ui import strings

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _matcher(dictionary: Dictionary) -> ActorMatcher:
    return ActorMatcher(dictionary)


def matcher_for(settings: dict) -> ActorMatcher:
    return _matcher(dictionary_for(settings["ACTORS_FILE"]))


def load_actors(pelican) -> None:
    """initialized: read and validate the dictionary now, so errors stop the build at once."""
    dictionary = dictionary_for(pelican.settings["ACTORS_FILE"])
    log.info("news_archive: %d actors from %s", len(dictionary.actors), dictionary.path)


def actor_metadata(analysis: Analysis, settings: dict, source: str) -> dict:
    """Reader metadata: Pelican tags (slug = actor id) and the mentions for pages and JSON-LD."""
    matcher = matcher_for(settings)
    found, problems = tag(analysis, matcher)
    for message in problems:
        log.warning("%s:%d: %s", source, analysis.header_lines.get("actors", 1), message)
    lang = settings.get("NEWS_ARCHIVE_LANG", "id")
    tags, mentions = [], []
    for actor_id, count in found:
        actor = matcher.dictionary.actors[actor_id]
        wrapper = Tag(actor.name(lang), settings)
        wrapper.slug = actor_id
        tags.append(wrapper)
        url = settings.get("TAG_URL", "tag/{slug}.html").format(slug=actor_id)
        mentions.append({"id": actor_id, "name": actor.name(lang), "count": count, "url": url, "type": actor.type})
    return {"tags": tags, "actor_mentions": mentions} if tags else {"actor_mentions": []}


def add_actor_context(generator) -> None:
    """article_generator_finalized: profiles of every actor, for actor/<id>/ and actor/."""
    settings = generator.settings
    dictionary = dictionary_for(settings["ACTORS_FILE"])
    records = [
        Record(
            tuple((m["id"], m["count"]) for m in getattr(article, "actor_mentions", []) or []),
            article.date.date() if getattr(article, "date_known", True) else None,
        )
        for article in generator.articles
    ]
    ui = strings(settings.get("NEWS_ARCHIVE_LANG", "id"))
    profiles = build_profiles(records, dictionary, ui["months"], ui["timeline"])
    lang = settings.get("NEWS_ARCHIVE_LANG", "id")
    generator.context["actor_profiles"] = profiles
    generator.context["actor_names"] = {actor_id: actor.name(lang) for actor_id, actor in dictionary.actors.items()}
    by_type: dict[str, list] = {}
    for profile in sorted(profiles.values(), key=lambda p: (-p.articles, p.actor.name(lang))):
        by_type.setdefault(profile.actor.type, []).append(profile)
    generator.context["actors_by_type"] = by_type
