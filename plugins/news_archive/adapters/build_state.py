"""The state of one Pelican run, in one object instead of module globals: the validated Config,
the analysis cache, the articles waiting for the search index, the writers whose fingerprints
are saved at the end.

It is made at ``initialized`` and kept in Pelican's settings under a lower-case key (not a
setting: Pelican's settings and our page fingerprints only look at upper-case keys), because
the settings dictionary is the one object every signal's sender can reach.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..article.cache import AnalysisCache
from ..article.sources import refusal
from ..settings import Config
from .progress import Progress

KEY = "_news_archive_build"


@dataclass
class BuildState:
    config: Config
    cache: AnalysisCache
    articles: list = field(default_factory=list)  # listing order, from article_generator_finalized
    lastmod: dict[str, str] = field(default_factory=dict)  # article URL -> ISO date, for the sitemap
    writers: list = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # output files written this build (paths)
    kept: set[str] = field(default_factory=set)  # output files kept from the last build (relative)
    produced: set[str] = field(default_factory=set)  # every output file of this build (output_manifest)
    static: set[str] = field(default_factory=set)  # static files and raw originals (relative)
    progress: Progress = field(default_factory=Progress)
    refusals: dict[str, str | None] = field(default_factory=dict)  # absolute path -> why it is not read
    real_roots: dict[str, str] = field(default_factory=dict)  # content folder -> its real path, this build

    def refusal(self, path: str, content_root: str) -> str | None:
        """Why ``path`` must not be read (sources.refusal), asked once per file and build: the
        reader's prefill, its read and the raw originals' copy ask about every file."""
        key = os.path.abspath(path)
        if key not in self.refusals:
            if content_root not in self.real_roots:
                self.real_roots[content_root] = os.path.realpath(content_root)
            self.refusals[key] = refusal(key, content_root, self.real_roots[content_root])
        return self.refusals[key]

    @classmethod
    def start(cls, settings: dict) -> BuildState:
        config = Config.from_settings(settings)
        state = cls(config, AnalysisCache(config.article, config.cache_folder, config.cache))
        settings[KEY] = state
        return state


def state_of(settings: dict) -> BuildState:
    """The run's state; made on first use when a caller skipped ``initialized`` (tests)."""
    state = settings.get(KEY)
    return state if state is not None else BuildState.start(settings)
