"""news_archive: Pelican plugin that turns raw scraped news text into an archive.

Every signal the plugin uses is wired here; the modules it calls know little of Pelican, and
text/ knows nothing of it.
"""

from __future__ import annotations

import gc

from pelican import signals

from . import actor_taxonomy, archives, copies, incremental, jsonld, neighbours, publish, raw, search_index, settings, sitemap, ui
from .progress import PROGRESS
from .reader import RawTextReader, prefill_cache


# A build keeps every article in memory (millions of objects at 100,000): at Python's default
# thresholds the collector scans them again and again, a fifth of a rebuild's time at 10,000
# articles. Cycles are still collected, less often; peak memory measured the same.
GC_THRESHOLDS = (100_000, 20, 100)


def _initialized(pelican) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    settings.validate(pelican.settings)
    actor_taxonomy.load_actors(pelican)  # an invalid dictionary stops the build here


def _add_reader(readers) -> None:
    readers.reader_classes["txt"] = RawTextReader


def _template_helpers(generator) -> None:
    config = generator.settings
    lang = config.get("NEWS_ARCHIVE_LANG", "id")
    strings = ui.strings(lang)
    month_url = config.get("NEWS_ARCHIVE_PERIODS", {}).get("month", ("",))[0]
    generator.env.globals.update(
        ui=strings,
        # The site's root for pages served at any depth (404.html): the absolute SITEURL when
        # publishing, else root-relative links.
        SITE_ROOT=settings.absolute_siteurl(config),
    )
    generator.env.filters.update(
        news_article_jsonld=lambda article: jsonld.script_json(jsonld.news_article(article, config)),
        archive_date=lambda article: ui.format_date(
            article.date.date() if getattr(article, "date_known", True) else None,
            lang,
            getattr(article, "date_precision", "day"),
        ),
        month_name=lambda number: strings["months"][int(number) - 1],
        by_month=lambda articles: archives.by_month(articles, strings["months"], strings["undated"], month_url),
        plain_date=lambda day: ui.format_date(day, lang),
        reason=lambda text: ui.translate_reason(text, lang),
        raw_url=lambda rel, site: raw.raw_url(config, rel, site),
    )


# (signal, handler) in the order a build meets them.
HANDLERS = (
    # Start: settings and dictionary checked, reader and template helpers installed.
    (signals.initialized, _initialized),
    (signals.readers_init, _add_reader),
    (signals.generator_init, _template_helpers),
    (signals.generator_init, incremental.compiled_templates),
    # Reading: articles not in the cache are analysed on every core first.
    (signals.article_generator_init, prefill_cache),
    # All articles read and sorted: equal dates in a stable order; then what relates articles.
    (signals.article_generator_pretaxonomy, archives.stable_order),
    (signals.article_generator_finalized, archives.build_archives),
    (signals.article_generator_finalized, actor_taxonomy.add_actor_context),
    (signals.article_generator_finalized, neighbours.link_neighbours),
    (signals.article_generator_finalized, copies.link_copies),
    (signals.article_generator_finalized, search_index.remember_articles),
    # Writing: article pages whose inputs did not change are not rendered again.
    (signals.get_writer, incremental.writer_class),
    (signals.feed_generated, archives.drop_undated_from_feed),
    (signals.content_written, PROGRESS.page_written),
    # Written: files beside Pelican's pages.
    (signals.finalized, search_index.write_index),
    (signals.finalized, raw.publish_raw),
    (signals.finalized, publish.write_nojekyll),
    (signals.finalized, sitemap.write_sitemap),
    (signals.finalized, incremental.save_manifest),
)


def register() -> None:
    for signal, handler in HANDLERS:
        signal.connect(handler)
