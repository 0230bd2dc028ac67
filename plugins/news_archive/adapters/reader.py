"""Pelican Reader for raw scraped ``.txt`` articles: a thin adapter around article/record.py
(the work) and article/cache.py (hash-keyed, filled on all cores before Pelican reads).

Bad input never stops the build: it is reported (file and line) as a warning, which
``pelican --fatal warnings`` turns into a failure for those who want that. Files that hold no
article (empty, binary) are skipped; their raw original is still published (raw_originals.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import sys

from pelican.readers import BaseReader
from pelican.urlwrappers import Tag

from ..article.sources import EXTENSIONS, is_raw_text
from ..ui import printable
from .build_state import state_of

log = logging.getLogger(__name__)

# Pelican requires a date on every article. Undated ones get this placeholder, which sorts
# them last; `date_known` is False and templates, feeds and JSON-LD never show it. It is older
# than any date a header may give (text/dates.py, HEADER_MIN_YEAR), so no real date is taken
# for it, and recent enough for time zone arithmetic.
UNDATED = dt.datetime(1000, 1, 1)


def _intern(records: list[dict], keys: tuple[str, ...]) -> None:
    """One string object per distinct value under ``keys``: actor names and links, removal
    reasons repeat across articles, and unpickled they would be kept once per article."""
    for record in records:
        for key in keys:
            record[key] = sys.intern(record[key])


def relative_source(path: str, settings: dict) -> str:
    """``path`` relative to the content folder, with "/" separators. Pelican's PATH is absolute
    and its file names are below it: cutting the prefix is what relpath does, without its cost
    on every read."""
    base = os.path.join(settings["PATH"], "")
    rel = path[len(base) :] if path.startswith(base) else os.path.relpath(path, settings["PATH"])
    return rel.replace(os.sep, "/")


def _named(wrapper):
    """A publisher or author whose name has no letter a slug can keep ("★★★") gets a slug
    from a hash of the name: a page and a feed of its own instead of one shared empty one."""
    if not wrapper.slug:
        wrapper.slug = "n-" + hashlib.sha1(str(wrapper.name).encode()).hexdigest()[:10]
    return wrapper


class RawTextReader(BaseReader):
    enabled = True
    file_extensions = EXTENSIONS

    def read(self, source_path: str) -> tuple[str, dict]:
        rel = relative_source(source_path, self.settings)
        shown = printable(rel)  # a file name is untrusted text: no escape code reaches a terminal
        state = state_of(self.settings)
        refused = state.refusal(source_path, self.settings["PATH"])
        if refused:
            state.progress.article_read()
            log.warning("%s: %s; not read, not published", shown, refused)
            return "", {"title": os.path.basename(rel), "status": "skip"}
        cache = state.cache
        digest = cache.digest_of(source_path, rel)
        result = cache.get(source_path, rel, digest)
        state.progress.article_read()
        for line, message, _ in result.problems or []:
            log.warning("%s:%d: %s", shown, line, message) if line else log.warning("%s: %s", shown, message)
        if result.skip:
            log.warning("%s: %s; not published as an article (the raw original is)", shown, result.skip)
            return "", {"title": os.path.basename(rel), "status": "skip"}
        fields = dict(result.fields)
        _intern(fields["actor_mentions"], ("id", "name", "type", "url"))
        _intern(fields["removed_lines"], ("kind", "reason"))
        day = fields.pop("date")
        metadata = {
            **fields,
            "source_hash": cache.key(digest),  # what the page depends on (incremental_writer.py)
            "date": dt.datetime.combine(day, dt.time()) if day else UNDATED,
            "category": _named(self.process_metadata("category", fields["category"])),
        }
        if fields["byline"]:
            metadata["authors"] = [_named(author) for author in self.process_metadata("authors", fields["byline"])]
        tags = [self._tag(mention["id"], mention["name"]) for mention in fields["actor_mentions"]]
        if tags:
            metadata["tags"] = tags
        return result.content, metadata

    def _tag(self, actor_id: str, name: str) -> Tag:
        """One Tag per actor, shared by its articles (a Tag slugifies its name when made)."""
        tags = self.__dict__.setdefault("_tags", {})
        if (actor_id, name) not in tags:
            wrapper = Tag(name, self.settings)
            wrapper.slug = actor_id  # actor/<id>/, whatever the display name
            tags[actor_id, name] = wrapper
        return tags[actor_id, name]


def prefill_cache(generator) -> None:
    """article_generator_init: analyse the articles not cached yet on every core."""
    settings = generator.settings
    files = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"], extensions=EXTENSIONS)
    sources = [os.path.abspath(os.path.join(generator.path, name)) for name in files]  # as read_file names them
    state = state_of(settings)
    state.progress.start(len(sources))
    readable = [source for source in sources if state.refusal(source, settings["PATH"]) is None]
    state.cache.prefill([(source, relative_source(source, settings)) for source in readable])


def pages_leave_raw_text(generator) -> None:
    """page_generator_init: raw text is always an article, even under PAGE_PATHS (a Markdown
    page there stays a page)."""
    listed = generator.get_files

    def get_files(paths, exclude=(), extensions=None):
        files = listed(paths, exclude=list(exclude), extensions=extensions)
        return type(files)(name for name in files if not is_raw_text(name))

    generator.get_files = get_files


def articles_take_raw_text_from_pages(generator) -> None:
    """article_generator_init: the articles' file list also holds the raw text under PAGE_PATHS
    (which ARTICLE_EXCLUDES usually leaves out)."""
    listed, settings = generator.get_files, generator.settings

    def get_files(paths, exclude=(), extensions=None):
        files = listed(paths, exclude=list(exclude), extensions=extensions)  # a set, in Pelican 4.12
        if list(paths) == list(settings["ARTICLE_PATHS"]):
            pages = listed(settings["PAGE_PATHS"], exclude=settings["PAGE_EXCLUDES"], extensions=EXTENSIONS)
            files = type(files)([*files, *(name for name in pages if is_raw_text(name) and name not in files)])
        return files

    generator.get_files = get_files
