"""news_archive: Pelican plugins for raw scraped news archives."""
