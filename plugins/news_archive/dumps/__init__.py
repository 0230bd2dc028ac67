"""Scraper dumps, read without Pelican: formats (formats.py), which column holds what
(fields.py), cell values (values.py) and dates (dates.py). `news-archive import` writes the
raw articles from them."""
