"""The schema.org NewsArticle of an article page (ARCHITECTURE.md, contracts)."""

from __future__ import annotations

import json

from ..settings import Config
from .raw_originals import raw_url


def site_url(config: Config, path: str) -> str:
    """Absolute URL when SITEURL is absolute (publishing), else a root-relative one."""
    return f"{config.siteurl}/{path.lstrip('/')}"


def news_article(article, config: Config) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": site_url(config, article.url),
        "inLanguage": getattr(article, "article_lang", None) or config.default_lang,
        # The raw original; an article of another reader (Markdown) has none.
        "isBasedOn": raw_url(config, article.raw_path, config.siteurl) if getattr(article, "raw_path", None) else None,
        "citation": list(getattr(article, "cited_sources", []) or []),
        "mentions": [
            {"identifier": m["id"], "name": m["name"], "url": site_url(config, m["url"])}
            for m in getattr(article, "actor_mentions", []) or []
        ],
    }
    if data["isBasedOn"] is None:
        del data["isBasedOn"]
    if getattr(article, "date_known", True):  # an article of another reader has its date
        if getattr(article, "date_precision", "day") == "month":
            data["datePublished"] = article.date.strftime("%Y-%m")
        else:
            data["datePublished"] = article.date.date().isoformat()
    if getattr(article, "publisher", None):
        data["publisher"] = {"@type": "Organization", "name": article.publisher}
    if getattr(article, "byline", None):
        data["author"] = {"@type": "Person", "name": article.byline}
    if getattr(article, "editor", None):
        data["editor"] = {"@type": "Person", "name": article.editor}
    if getattr(article, "source_url", None):
        data["sameAs"] = article.source_url
    return data


def script_json(data: dict) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can come out of scraped strings."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
