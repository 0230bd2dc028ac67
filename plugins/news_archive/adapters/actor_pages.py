"""Actors as Pelican's tag taxonomy: tag = actor, slug = actor id, page actor/<id>/.

Thin adapter between Pelican and actors/: loads the dictionary when Pelican starts (an invalid
dictionary stops the build) and adds the actor profiles to the template context once all
articles are read. Articles are tagged by article/record.py.
"""

from __future__ import annotations

import logging

from ..actors.dictionary import dictionary_for
from ..actors.profiles import Record, build_profiles
from ..ui import strings
from .build_state import state_of

log = logging.getLogger(__name__)


def load_actors(pelican) -> None:
    """initialized: read and validate the dictionary now, so errors stop the build at once."""
    dictionary = dictionary_for(state_of(pelican.settings).config.article.actors_file)
    log.info("news_archive: %d actors from %s", len(dictionary.actors), dictionary.path)


def add_actor_context(generator) -> None:
    """article_generator_finalized: profiles of every actor, for actor/<id>/ and actor/."""
    config = state_of(generator.settings).config
    lang = config.lang
    dictionary = dictionary_for(config.article.actors_file)
    records = [
        Record(
            tuple((m["id"], m["count"]) for m in getattr(article, "actor_mentions", []) or []),
            article.date.date() if getattr(article, "date_known", True) else None,
        )
        for article in generator.articles
    ]
    ui = strings(lang)
    profiles = build_profiles(records, dictionary, ui["months"], ui["timeline"])
    generator.context["actor_profiles"] = profiles
    generator.context["actor_names"] = {actor_id: actor.name(lang) for actor_id, actor in dictionary.actors.items()}
    by_type: dict[str, list] = {}
    for profile in sorted(profiles.values(), key=lambda p: (-p.articles, p.actor.name(lang))):
        by_type.setdefault(profile.actor.type, []).append(profile)
    generator.context["actors_by_type"] = by_type
