"""Pure text processing for raw scraped news: no Pelican import anywhere in here.

The entry point is :func:`news_archive.text.pipeline.analyse`.
"""
