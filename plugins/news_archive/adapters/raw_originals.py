"""Publish every raw original under raw/, mirroring its path in the content folder.

All ``.txt`` files are copied, including those the reader skipped or failed on: the raw
original is always kept and linked (isBasedOn in the JSON-LD). An archive whose content folder
is served already (its repository on raw.githubusercontent.com) can link the originals there
instead (NEWS_ARCHIVE_RAW_URL), for a site near Pages' 1 GB.
"""

from __future__ import annotations

import logging
import os
import shutil
from urllib.parse import quote

from ..article.sources import is_raw_text
from ..settings import Config
from .build_state import state_of

log = logging.getLogger(__name__)


def raw_sources(config: Config) -> list[str]:
    """Paths, relative to the content folder (os.sep-separated), of every raw .txt file."""
    root = os.path.normpath(config.content_path)
    found: set[str] = set()
    for sub in config.article_paths:
        base = os.path.normpath(os.path.join(root, sub))
        if os.path.isfile(base):
            found.add(os.path.relpath(base, root))
        # os.walk and string slicing: pathlib's rglob and relative_to are much slower here
        for folder, _, names in os.walk(base):
            prefix = folder[len(root) + 1 :]
            found.update(os.path.join(prefix, name) for name in names if is_raw_text(name))
    return sorted(found)


def raw_url(config: Config, rel: str, site: str) -> str:
    """The link to the raw original at ``rel`` (relative to the content folder): under
    NEWS_ARCHIVE_RAW_URL when set, else under ``site`` (absolute or relative) and the raw folder."""
    path = quote(rel.replace(os.sep, "/"))
    if config.raw_url:
        return f"{config.raw_url.rstrip('/')}/{path}"
    return f"{site.rstrip('/')}/{config.raw_dir}/{path}"


def publish_raw(pelican) -> None:
    """finalized: copy the raw originals into the output (unless they are linked elsewhere)."""
    config = state_of(pelican.settings).config
    if config.raw_url:
        log.info("news_archive: raw originals linked at %s, not copied", config.raw_url)
        return
    root = config.content_path
    target = os.path.join(config.output_path, config.raw_dir)
    copied = 0
    published = state_of(pelican.settings).static
    for rel in raw_sources(config):
        source, destination = os.path.join(root, rel), os.path.join(target, rel)
        if state_of(pelican.settings).refusal(source, root):  # the reader said why
            continue
        published.add(f"{config.raw_dir}/{rel}".replace(os.sep, "/"))
        stat = os.stat(source)
        try:
            copy = os.stat(destination)
            # The copy is current when it has the source's size and time and was made after the
            # source last changed: a replacement keeping its time (cp -p, tar x) has a newer ctime.
            if (
                copy.st_size == stat.st_size
                and copy.st_mtime_ns == stat.st_mtime_ns
                and copy.st_ctime_ns >= stat.st_ctime_ns
            ):
                continue
        except OSError:  # not published yet
            pass
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copy2(source, destination)
        copied += 1
    log.info("news_archive: %d raw originals published under %s", copied, os.path.relpath(target))
