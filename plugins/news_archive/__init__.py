"""news_archive: Pelican plugin that turns raw scraped news text into an archive.

Every signal the plugin uses is wired here; the modules it calls know little of Pelican, and
text/ knows nothing of it.
"""

from __future__ import annotations

from pelican import signals

from . import actor_taxonomy, copies, incremental, jsonld, neighbours, publish, raw, search_index, settings, sitemap, ui, undated
from .progress import PROGRESS
from .reader import RawTextReader, prefill_cache


def _initialized(pelican) -> None:
    settings.validate(pelican.settings)
    actor_taxonomy.load_actors(pelican)  # an invalid dictionary stops the build here


def _add_reader(readers) -> None:
    readers.reader_classes["txt"] = RawTextReader


def _template_helpers(generator) -> None:
    config = generator.settings
    lang = config.get("NEWS_ARCHIVE_LANG", "id")
    configured = (config.get("SITEURL") or "").rstrip("/")
    generator.env.globals.update(
        ui=ui.strings(lang),
        RAW_DIR=config.get("NEWS_ARCHIVE_RAW_DIR", "raw"),
        # The site's root for pages served at any depth (404.html): the absolute SITEURL when
        # publishing, else root-relative links.
        SITE_ROOT=configured if configured.startswith(("http://", "https://")) else "",
    )
    generator.env.filters.update(
        news_article_jsonld=lambda article: jsonld.script_json(jsonld.news_article(article, config)),
        archive_date=lambda article: ui.format_date(
            article.date.date() if getattr(article, "date_known", True) else None,
            lang,
            getattr(article, "date_precision", "day"),
        ),
        month_name=lambda number: ui.strings(lang)["months"][int(number) - 1],
        plain_date=lambda day: ui.format_date(day, lang),
        reason=lambda text: ui.translate_reason(text, lang),
    )


def register() -> None:
    # Start: settings and dictionary checked, reader and template helpers installed.
    signals.initialized.connect(_initialized)
    signals.readers_init.connect(_add_reader)
    signals.generator_init.connect(_template_helpers)
    # Reading: articles not in the cache are analysed on every core first.
    signals.article_generator_init.connect(prefill_cache)
    # All articles read: what relates articles to each other.
    signals.article_generator_finalized.connect(undated.build_archives)
    signals.article_generator_finalized.connect(actor_taxonomy.add_actor_context)
    signals.article_generator_finalized.connect(neighbours.link_neighbours)
    signals.article_generator_finalized.connect(copies.link_copies)
    signals.article_generator_finalized.connect(search_index.remember_articles)
    # Writing: article pages whose inputs did not change are not rendered again.
    signals.get_writer.connect(incremental.writer_class)
    signals.feed_generated.connect(undated.drop_undated_from_feed)
    signals.content_written.connect(PROGRESS.page_written)
    # Written: files beside Pelican's pages.
    signals.finalized.connect(search_index.write_index)
    signals.finalized.connect(raw.publish_raw)
    signals.finalized.connect(publish.write_nojekyll)
    signals.finalized.connect(sitemap.write_sitemap)
    signals.finalized.connect(incremental.save_manifest)
