"""Archives as Pelican builds them: a stable order of articles, the period archives and the
undated bucket (archive/periods.py) in Pelican's generator, and feeds without undated entries.
"""

from __future__ import annotations

import logging

from pelican.utils import order_content

from ..archive.periods import ArticleList, is_dated, period_archives, period_links
from ..archive.publishers import summarise
from .build_state import state_of
from .reader import UNDATED

log = logging.getLogger(__name__)


def stable_order(generator) -> None:
    """article_generator_pretaxonomy: Pelican reads files in the order of a set, which changes
    from run to run, and its sort keeps that order among equal keys: articles of the same day
    (and all undated ones) swapped places in every listing at every build. Ties now follow the
    source path."""
    by_path = sorted(generator.articles, key=lambda article: article.source_path or "")
    generator.articles = order_content(by_path, generator.settings["ARTICLE_ORDER_BY"])


def stop_when_nothing_is_published(generator) -> None:
    """article_generator_finalized: raw files were found and none became an article. The build
    stops before an empty site is written over the last one, with a message, not a traceback
    (Pelican prints one for any exception)."""
    files = state_of(generator.settings).progress.total
    if files and not generator.articles and not generator.drafts and not generator.hidden_articles:
        log.error("none of the %d raw .txt files became an article (the warnings above say why)", files)
        raise SystemExit(1)


def build_archives(generator) -> None:
    """article_generator_finalized: period archives of dated articles; the undated bucket;
    constant-time membership in the taxonomies' article lists."""
    dated = [a for a in generator.dates if is_dated(a)]
    generator.dates = dated
    periods = state_of(generator.settings).config.periods
    generator.period_archives = period_archives(dated, generator.articles, periods)
    generator.context["dates"] = dated
    days = [article.date.date() for article in dated]
    generator.context["archive_span"] = (min(days), max(days)) if days else None  # the home page's overview
    generator.context["period_archives"] = generator.period_archives
    generator.context["period_links"] = period_links(generator.period_archives)
    generator.context["undated_articles"] = [a for a in generator.articles if not is_dated(a)]
    for tag in list(generator.tags):
        generator.tags[tag] = ArticleList(generator.tags[tag])
    generator.categories = [(c, ArticleList(arts)) for c, arts in generator.categories]
    generator.authors = [(a, ArticleList(arts)) for a, arts in generator.authors]
    generator.context["tags"] = generator.tags
    generator.context["categories"] = generator.categories
    generator.context["authors"] = generator.authors
    generator.context["top_publishers"] = sorted(
        ((category, len(articles)) for category, articles in generator.categories), key=lambda c: (-c[1], c[0].name)
    )[:6]
    generator.context["publisher_summaries"] = {
        category.slug: summarise(
            [
                (a.date.date() if is_dated(a) else None, [m["id"] for m in getattr(a, "actor_mentions", []) or []])
                for a in articles
            ]
        )
        for category, articles in generator.categories
    }


def drop_undated_from_feed(context, feed) -> None:
    """feed_generated: an Atom/RSS entry needs a real date; the placeholder is not one."""
    feed.items[:] = [item for item in feed.items if item["pubdate"].replace(tzinfo=None) != UNDATED]


def link_entries_only(context, feed) -> None:
    """feed_generated: entries carry their summary and link to the page, never whole bodies
    (a feed is written for every actor and publisher)."""
    for item in feed.items:
        item["content"] = None


def skip_empty_indexes(generator) -> None:
    """article_generator_finalized: no byline anywhere, no author index (an empty heading); the
    footer links the index only when it is built."""
    if not generator.authors:
        # This generator's own copy: the run's settings stay whole for the next build in the same
        # process (pelican --autoreload, make serve), which may have bylines.
        templates = [t for t in generator.settings["DIRECT_TEMPLATES"] if t != "authors"]
        generator.settings = {**generator.settings, "DIRECT_TEMPLATES": templates}
