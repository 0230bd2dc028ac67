"""Articles whose date the text does not give: listed in an undated bucket, never in a
period archive or a feed under the placeholder date (ARCHITECTURE.md, contracts)."""

from __future__ import annotations


def is_dated(article) -> bool:
    return getattr(article, "date_known", True)


def separate_undated(generator) -> None:
    """article_generator_finalized: period archives of dated articles; an undated list."""
    dated = [a for a in generator.dates if is_dated(a)]
    undated = [a for a in generator.articles if not is_dated(a)]
    if not undated:
        generator.context["undated_articles"] = []
        return
    generator.dates = dated
    generator.period_archives = generator._build_period_archives(dated, generator.articles, generator.settings)
    generator.context["dates"] = dated
    generator.context["period_archives"] = generator.period_archives
    generator.context["undated_articles"] = undated


def drop_undated_from_feed(context, feed) -> None:
    """feed_generated: an Atom/RSS entry needs a real date; the placeholder is not one."""
    from .reader import UNDATED

    feed.items[:] = [item for item in feed.items if item["pubdate"].replace(tzinfo=None) != UNDATED]
    for item in feed.items:  # entries link to the page: summaries, not whole bodies, in every feed
        item["content"] = None
