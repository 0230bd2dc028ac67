"""What relates articles (article_generator_finalized): previous and next by date, and copies
of the same story (archive/). Thin adapter: Pelican's generator in, attributes on its articles."""

from __future__ import annotations

import os

from ..archive.copies import link_copies as _link_copies
from ..archive.neighbours import link_neighbours as _link_neighbours
from .build_state import state_of


def link_neighbours(generator) -> None:
    _link_neighbours(generator.articles)


def link_copies(generator) -> None:
    config = state_of(generator.settings).config
    verdicts = os.path.join(config.cache_folder, "copies.pickle") if config.cache else None
    _link_copies(generator.articles, config.near_duplicate, verdicts)
