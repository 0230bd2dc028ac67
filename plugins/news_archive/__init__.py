"""news_archive: Pelican plugin that turns raw scraped news text into an archive.

register() wires every signal handler, listed in HANDLERS in the order a build meets them. The
handlers live in adapters/, the only code that touches Pelican objects; what they call knows
nothing of Pelican (ARCHITECTURE.md, layout).
"""

from __future__ import annotations

import gc

from pelican import signals

from .adapters import (
    actor_pages,
    archives,
    github_pages,
    incremental_writer,
    output_manifest,
    output_paths,
    progress,
    raw_originals,
    relations,
    search_output,
    sitemap,
    templates,
    undated_pages,
)
from .adapters.build_state import BuildState
from .adapters.reader import (
    RawTextReader,
    articles_take_raw_text_from_pages,
    pages_leave_raw_text,
    prefill_cache,
)

# A build keeps every article in memory (millions of objects at 100,000): at Python's default
# thresholds the collector scans them again and again. Cycles are still collected, less often.
GC_THRESHOLDS = (100_000, 20, 100)


def _initialized(pelican) -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    BuildState.start(pelican.settings)  # settings validated once, for the whole run
    actor_pages.load_actors(pelican)  # an invalid dictionary stops the build here


def _add_reader(readers) -> None:
    for extension in RawTextReader.file_extensions:
        readers.reader_classes[extension] = RawTextReader


# (signal, handler) in the order a build meets them.
HANDLERS = (
    # Start: settings and dictionary checked, reader and template helpers installed.
    (signals.initialized, _initialized),
    (signals.readers_init, _add_reader),
    (signals.generator_init, templates.install_helpers),
    (signals.generator_init, incremental_writer.compiled_templates),
    # Reading: raw text is an article wherever it is; articles not in the cache are analysed on
    # every core first.
    (signals.page_generator_init, pages_leave_raw_text),
    (signals.article_generator_init, articles_take_raw_text_from_pages),
    (signals.article_generator_init, prefill_cache),
    # All articles read: each gets a path of its own; equal dates in a stable order; then what
    # relates articles.
    (signals.article_generator_pretaxonomy, output_paths.claim_output_paths),
    (signals.article_generator_pretaxonomy, archives.stable_order),
    (signals.article_generator_finalized, archives.stop_when_nothing_is_published),
    (signals.article_generator_finalized, archives.build_archives),
    (signals.article_generator_finalized, archives.skip_empty_indexes),
    (signals.article_generator_finalized, actor_pages.add_actor_context),
    (signals.article_generator_finalized, relations.link_neighbours),
    (signals.article_generator_finalized, relations.link_copies),
    (signals.article_generator_finalized, relations.link_related),
    (signals.article_generator_finalized, relations.remove_furniture),
    (signals.article_generator_finalized, search_output.remember_articles),
    (signals.article_generator_finalized, sitemap.remember_dates),
    # Writing: article pages whose inputs did not change are not rendered again.
    (signals.get_writer, incremental_writer.writer_class),
    (signals.get_generators, undated_pages.undated_pages),
    (signals.feed_generated, archives.drop_undated_from_feed),
    (signals.feed_generated, archives.link_entries_only),
    (signals.static_generator_finalized, output_manifest.record_static),
    (signals.content_written, progress.page_written),
    (signals.content_written, output_manifest.record_written),
    (signals.feed_written, output_manifest.record_written),
    # Written: files beside Pelican's pages.
    (signals.finalized, search_output.write_index),
    (signals.finalized, raw_originals.publish_raw),
    (signals.finalized, github_pages.write_nojekyll),
    (signals.finalized, output_manifest.remove_stale),  # before the sitemap lists the pages
    (signals.finalized, sitemap.write_sitemap),
    (signals.finalized, incremental_writer.save_manifest),
    (signals.finalized, output_manifest.save),
)


def register() -> None:
    for signal, handler in HANDLERS:
        signal.connect(handler)
