"""sitemap.xml of every page of the built site (finalized), with absolute URLs: SITEURL when
publishing, FEED_DOMAIN (the local server) otherwise.

A sitemap holds at most 50,000 URLs (sitemaps.org): past that, the pages are split into
sitemap-1.xml, sitemap-2.xml... and sitemap.xml is their index.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from .build_state import state_of

LIMIT = 50_000
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def page_urls(output: Path, base: str, skip: set[str]) -> list[str]:
    """The URL of every folder's index.html (every page is one), top folders in ``skip`` left out."""
    urls = []
    root = str(output)
    for folder, subfolders, names in os.walk(root):
        rel = folder[len(root) :].strip(os.sep).replace(os.sep, "/")  # string slicing: pathlib is much slower here
        if not rel:
            subfolders[:] = [name for name in subfolders if name not in skip]
        if "index.html" in names:
            urls.append(f"{base}/{rel + '/' if rel else ''}")
    return sorted(urls)


def write(output: Path, base: str, skip: set[str], limit: int = LIMIT, lastmod: dict[str, str] | None = None) -> int:
    """Write the sitemap (or an index of sitemaps); returns the number of sitemap files.
    ``lastmod``: page URL -> ISO date of its content (an archived article's publication date)."""
    for old in output.glob("sitemap-*.xml"):
        old.unlink()
    urls = page_urls(output, base, skip)
    parts = [urls[i : i + limit] for i in range(0, len(urls), limit)] or [[]]
    if len(parts) == 1:
        _urlset(output / "sitemap.xml", parts[0], lastmod or {})
        return 1
    for number, part in enumerate(parts, 1):
        _urlset(output / f"sitemap-{number}.xml", part, lastmod or {})
    entries = "".join(
        f"<sitemap><loc>{escape(base)}/sitemap-{n}.xml</loc></sitemap>\n" for n in range(1, len(parts) + 1)
    )
    (output / "sitemap.xml").write_text(
        f"{HEAD}<sitemapindex {NAMESPACE}>\n{entries}</sitemapindex>\n", encoding="utf-8"
    )
    return len(parts) + 1


def _urlset(path: Path, urls: list[str], lastmod: dict[str, str]) -> None:
    body = "".join(
        f"<url><loc>{escape(url)}</loc>{f'<lastmod>{lastmod[url]}</lastmod>' if url in lastmod else ''}</url>\n"
        for url in urls
    )
    path.write_text(f"{HEAD}<urlset {NAMESPACE}>\n{body}</urlset>\n", encoding="utf-8")


def write_sitemap(pelican) -> None:
    """finalized: the sitemap of the pages in the output."""
    state = state_of(pelican.settings)
    config = state.config
    base = config.siteurl or config.feed_domain
    lastmod = {f"{base}/{url}": day for url, day in state.lastmod.items()}
    write(Path(config.output_path), base, {config.raw_dir, "theme"}, lastmod=lastmod)


def remember_dates(generator) -> None:
    """article_generator_finalized: an archived article does not change after it is published, so
    its date is its page's last change (the articles themselves are released before the sitemap)."""
    state_of(generator.settings).lastmod = {
        article.url: article.date.date().isoformat()
        for article in generator.articles
        if getattr(article, "date_known", True) and getattr(article, "date_precision", "day") == "day"
    }
