"""Every article page gets an output path of its own (article_generator_pretaxonomy).

A slug is reduced to safe characters when it is read (article/slug.py); here the whole build is
seen: an article whose page would land outside the article tree, on a path the site itself
writes (home page, feeds, search, sitemap, theme, raw originals, listings) or on a path another
article already claims, gets a suffixed slug and a warning naming its file. Articles claim paths
in source-path order, so the same file keeps its path from build to build.
"""

from __future__ import annotations

import logging
import posixpath

from ..article.slug import path_hash
from ..ui import printable
from .build_state import state_of

log = logging.getLogger(__name__)

# Settings naming a page or a folder the site writes besides the articles.
SITE_OUTPUTS = (
    "INDEX_SAVE_AS",
    "ARCHIVES_SAVE_AS",
    "TAGS_SAVE_AS",
    "TAG_SAVE_AS",
    "CATEGORIES_SAVE_AS",
    "CATEGORY_SAVE_AS",
    "AUTHORS_SAVE_AS",
    "AUTHOR_SAVE_AS",
    "SEARCH_SAVE_AS",
    "PAGE_SAVE_AS",
    "FEED_ALL_ATOM",
    "CATEGORY_FEED_ATOM",
    "TAG_FEED_ATOM",
    "THEME_STATIC_DIR",
)
SITE_FILES = ("index.html", "404.html", "sitemap.xml", ".nojekyll")


def literal_prefix(pattern: str) -> str:
    """The folder part of ``pattern`` before its first placeholder ("article/" of
    "article/{slug}/index.html"); the whole path when it has none."""
    head = pattern.split("{", 1)[0]
    return head if "{" not in pattern else head[: head.rfind("/") + 1]


def reserved_paths(settings: dict, raw_dir: str) -> tuple[set[str], set[str]]:
    """(files, folders) that the site writes besides the article pages."""
    files, folders = set(SITE_FILES), {raw_dir.strip("/") + "/", "search/", "theme/", "feeds/"}
    for name in SITE_OUTPUTS:
        pattern = settings.get(name) or ""
        prefix = literal_prefix(pattern)
        if prefix.endswith("/"):
            folders.add(prefix)
        elif prefix:
            files.add(prefix)
    return files, folders


def _problem(save_as: str, article_tree: str, files: set[str], folders: set[str], claimed: dict) -> str | None:
    path = posixpath.normpath(save_as)
    if path.startswith(("../", "/")) or path in ("..", "."):
        return "outside the output folder"
    if not path.startswith(article_tree):
        return f"outside the article tree {article_tree}"
    if path in files or any(path.startswith(folder) for folder in folders if not folder.startswith(article_tree)):
        return "a page of the site itself"
    if path in claimed:
        return f"the page of {claimed[path]}"
    return None


def claim_output_paths(generator) -> None:
    settings = generator.settings
    config = state_of(settings).config
    article_tree = literal_prefix(settings["ARTICLE_SAVE_AS"])
    files, folders = reserved_paths(settings, config.raw_dir)
    folders.discard(article_tree)
    claimed: dict[str, str] = {}
    for article in sorted(generator.articles, key=lambda a: a.source_path or ""):
        rel = getattr(article, "raw_path", article.source_path)
        problem = _problem(article.save_as, article_tree, files, folders, claimed)
        tries = 0
        while problem and tries < 20:
            tries += 1
            before = article.save_as
            _reslug(article, f"{article.slug}-{path_hash(rel)[:6]}" if tries == 1 else f"{article.slug}-{tries}")
            log.warning(
                "%s: its page %s would be %s; published as %s", printable(rel), before, problem, article.save_as
            )
            problem = _problem(article.save_as, article_tree, files, folders, claimed)
        claimed[posixpath.normpath(article.save_as)] = rel


def _reslug(article, slug: str) -> None:
    """A new slug, and the URL and path made from it (formatted by us or by Pelican)."""
    settings = article.settings
    article.slug = slug
    for key in ("url", "save_as"):
        if hasattr(article, f"override_{key}"):
            setattr(article, f"override_{key}", settings[f"ARTICLE_{key.upper()}"].format(slug=slug))
