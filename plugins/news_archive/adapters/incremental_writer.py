"""Rebuilds render again only the pages whose inputs changed.

Pelican renders every page on every build. An article page depends on the article (its raw
file, the code and data that analysed it: ``source_hash``), on its previous/next articles and
its copies, and on what every page shares (theme templates, settings, the pages in the
navigation). An actor, publisher, author or period page depends on the articles it lists (URL,
title, date, publisher) and, for an actor, on its profile and on which actors have pages. A
fingerprint of those is kept per page (CACHE_PATH); when it matches and the file is still in the
output, the page is not rendered again. The home page and the archives index are always rendered.
A feed is written again only when one of its newest entries (FEED_MAX_ITEMS) changed, and the
templates are compiled once, not on every build.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import jinja2
from pelican.writers import Writer

from .build_state import state_of


def _site_version(settings: dict, context: dict) -> str:
    digest = hashlib.sha1()
    theme = Path(settings["THEME"]) / "templates"
    for path in sorted(theme.rglob("*")) if theme.is_dir() else []:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    digest.update(repr(sorted((k, repr(v)) for k, v in settings.items() if k.isupper())).encode())
    digest.update(repr([(p.url, p.title) for p in context.get("pages", [])]).encode())
    digest.update(state_of(settings).cache.version.encode())
    return digest.hexdigest()


def _neighbour(article) -> tuple:
    return (article.url, article.title) if article is not None else ()


def fingerprint(article, site: str, relative_urls: bool) -> str:
    parts = [
        site,
        str(relative_urls),
        getattr(article, "source_hash", ""),
        _neighbour(getattr(article, "newer", None)),
        _neighbour(getattr(article, "older", None)),
        [
            (c.url, c.title, str(c.category), str(c.date), getattr(c, "date_known", True))
            for c in getattr(article, "copies", [])
        ],
        getattr(article, "copies_more", 0),
        getattr(article, "furniture", ()),
        _neighbour(getattr(article, "copies_page", None)),
    ]
    return hashlib.sha1(repr(parts).encode()).hexdigest()


# Templates whose pages are fingerprinted by what they list (Pelican passes period archives
# their period's articles; the home page and archives index get all articles: always rendered).
LISTINGS = ("tag", "category", "author", "period_archives")


def _entry(article) -> str:
    """What a listing shows of an article, as text; computed once per build (an article is in
    ~15 listings, and Pelican formats its URL anew at every access)."""
    entry = article.__dict__.get("_listing_entry")
    if entry is None:
        entry = article._listing_entry = repr(
            (article.url, article.title, str(article.date), getattr(article, "date_known", True), str(article.category))
        )
    return entry


def listing_fingerprint(
    name: str, template_name: str, kwargs: dict, context: dict, site: str, relative_urls: bool
) -> str:
    parts = [site, str(relative_urls), name, template_name, context.get("period")]
    tag = kwargs.get("tag")
    if tag is not None:
        profile = context.get("actor_profiles", {}).get(tag.slug)
        if profile is not None:
            parts.append(
                [
                    profile.articles,
                    profile.mentions,
                    str(profile.first),
                    str(profile.last),
                    profile.months,
                    profile.co_actors,
                    profile.members,
                    profile.timeline_svg,
                ]
            )
        parts.append(sorted(t.slug for t in context.get("tags", {})))
    for key in ("tag", "category", "author"):
        if key in kwargs:
            parts.append((str(kwargs[key]), kwargs[key].slug))
    digest = hashlib.sha1(repr(parts).encode())
    digest.update("\n".join([_entry(a) for a in kwargs.get("articles", [])]).encode())
    return digest.hexdigest()


def feed_fingerprint(path: str, url, feed_type: str, title, items: list, site: str) -> str:
    return hashlib.sha1(
        repr([site, path, url, feed_type, str(title), [(_entry(item), item.source_hash) for item in items]]).encode()
    ).hexdigest()


class SkippingWriter(Writer):
    """Pelican's writer, skipping article and listing pages and feeds whose fingerprint is unchanged."""

    def __init__(self, output_path, settings=None):
        super().__init__(output_path, settings=settings)
        self.state = state_of(settings)
        config = self.state.config
        self.enabled = config.cache
        self.manifest_path = Path(config.cache_folder) / "pages.json"
        self.previous: dict[str, list] = {}  # name -> [fingerprint, the files that call wrote]
        self.current: dict[str, list] = {}
        self.site: str | None = None
        self.skipped = 0
        if self.enabled and self.manifest_path and self.manifest_path.exists():
            try:
                self.previous = json.loads(self.manifest_path.read_text())
            except (OSError, ValueError):
                self.previous = {}
            if not all(isinstance(value, list) for value in self.previous.values()):
                self.previous = {}  # written by an older version: render everything once

    def write_file(
        self,
        name,
        template,
        context,
        relative_urls=False,
        paginated=None,
        template_name=None,
        override_output=False,
        url=None,
        **kwargs,
    ):
        article = kwargs.get("article")
        listing = template_name in LISTINGS and "articles" in kwargs
        if not self.enabled or (article is None and not listing) or not name:
            return super().write_file(
                name, template, context, relative_urls, paginated, template_name, override_output, url, **kwargs
            )
        site = self._site(context)
        if article is not None:
            stamp = fingerprint(article, site, relative_urls)
        else:
            stamp = listing_fingerprint(name, template_name, kwargs, context, site, relative_urls)
        if self._unchanged(name, stamp):
            return None
        mark = len(self.state.written)
        result = super().write_file(
            name, template, context, relative_urls, paginated, template_name, override_output, url, **kwargs
        )
        # A listing may write several pages (page/2/...): all of them are kept with it next time.
        self.current[name][1] = [self._relative(path) for path in self.state.written[mark:]] or [name]
        return result

    def write_feed(
        self, elements, context, path=None, url=None, feed_type="atom", override_output=False, feed_title=None
    ):
        items = elements[: self.settings["FEED_MAX_ITEMS"]]
        # An entry is what the analysis made of its file (source_hash): content, dates, tags.
        fingerprinted = self.enabled and path and all(getattr(item, "source_hash", "") for item in items)
        if fingerprinted and self._unchanged(
            path, feed_fingerprint(path, url, feed_type, feed_title, items, self._site(context))
        ):
            return None
        config = self.state.config
        if not config.siteurl and config.feed_domain:
            # A local build's links are relative; a feed's must be absolute (and its entry ids
            # tag: URIs of a host), so entries point at the local server.
            context = {**context, "SITEURL": config.feed_domain}
        return super().write_feed(elements, context, path, url, feed_type, override_output, feed_title)

    def _site(self, context: dict) -> str:
        if self.site is None:
            self.site = _site_version(self.settings, context)
        return self.site

    def _relative(self, path: str) -> str:
        return os.path.relpath(path, self.output_path).replace(os.sep, "/")

    def _unchanged(self, name: str, stamp: str) -> bool:
        """Remember ``name``'s fingerprint; True when the last build wrote the same one and the
        file is still in the output (then it is not written again, and its files are kept)."""
        old_stamp, old_files = self.previous.get(name) or (None, [])
        if old_stamp == stamp and os.path.exists(os.path.join(self.output_path, name)):
            self.current[name] = [stamp, old_files]
            self.state.kept.update(old_files)
            self.skipped += 1
            return True
        self.current[name] = [stamp, [name]]
        return False

    def save(self) -> None:
        if self.enabled and self.manifest_path and self.current:
            self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
            self.manifest_path.write_text(json.dumps(self.current))


def writer_class(pelican):
    """get_writer: Pelican instantiates the class it gets; the run's state remembers the
    instance, to save its manifest at the end."""
    writers = state_of(pelican.settings).writers

    class RememberedWriter(SkippingWriter):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            writers.append(self)

    return RememberedWriter


def save_manifest(pelican) -> None:
    """finalized: keep the fingerprints of the pages written (or kept) this build."""
    writers = state_of(pelican.settings).writers
    while writers:
        writers.pop().save()


def compiled_templates(generator) -> None:
    """generator_init: keep Jinja's compiled templates in CACHE_PATH (Jinja checks each one
    against its source) instead of compiling the theme on every build; the folder is per Jinja
    version and JINJA_ENVIRONMENT, which the compiled code also depends on (trim_blocks...)."""
    settings = generator.settings
    config = state_of(settings).config
    if not config.cache:
        return
    options = repr(sorted((k, repr(v)) for k, v in (settings["JINJA_ENVIRONMENT"] or {}).items()))
    version = hashlib.sha1(f"{jinja2.__version__} {options}".encode()).hexdigest()[:16]
    folder = Path(config.cache_folder) / "templates" / version
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    generator.env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
