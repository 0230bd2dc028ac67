"""The schema.org NewsArticle of an article page (ARCHITECTURE.md, contracts)."""

from __future__ import annotations

import json

from ..settings import Config
from .raw_originals import raw_url


def site_url(config: Config, path: str) -> str:
    """Absolute URL when SITEURL is absolute (publishing), else a root-relative one."""
    return f"{config.siteurl}/{path.lstrip('/')}"


# schema.org types of the actor dictionary's types
ACTOR_TYPES = {
    "country": "Country",
    "organisation": "Organization",
    "armed-group": "Organization",
    "person": "Person",
    "state-body": "GovernmentOrganization",
}


def news_article(article, config: Config) -> dict:
    url = site_url(config, article.url)
    # What the page is based on: the raw original (an article of another reader, Markdown, has
    # none) and the original article's address when the source gave it.
    based_on = [raw_url(config, article.raw_path, config.siteurl)] if getattr(article, "raw_path", None) else []
    if getattr(article, "source_url", None):
        based_on.append(article.source_url)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": getattr(article, "article_lang", None) or config.default_lang,
        "isBasedOn": based_on[0] if len(based_on) == 1 else based_on,
        "citation": list(getattr(article, "cited_sources", []) or []),
        "mentions": [
            {
                "@type": ACTOR_TYPES.get(m.get("type"), "Thing"),
                "identifier": m["id"],
                "name": m["name"],
                "url": site_url(config, m["url"]),
            }
            for m in getattr(article, "actor_mentions", []) or []
        ],
    }
    if not based_on:
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
    return data


def script_json(data: dict) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can come out of scraped strings."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
