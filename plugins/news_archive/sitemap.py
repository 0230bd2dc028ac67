"""sitemap.xml of every page of the built site (finalized), with absolute URLs: SITEURL when
publishing, FEED_DOMAIN (the local server) otherwise."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from .settings import absolute_siteurl


def write_sitemap(pelican) -> None:
    settings = pelican.settings
    output = Path(settings["OUTPUT_PATH"])
    base = absolute_siteurl(settings) or (settings.get("FEED_DOMAIN") or "").rstrip("/")
    urls = []
    for page in sorted(output.rglob("index.html")):  # every page is a folder's index.html
        rel = page.parent.relative_to(output).as_posix()
        urls.append(f"{base}/{'' if rel == '.' else rel + '/'}")
    body = "".join(f"<url><loc>{escape(url)}</loc></url>\n" for url in urls)
    (output / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}</urlset>\n",
        encoding="utf-8",
    )
