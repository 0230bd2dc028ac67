"""Publish every raw original under raw/, mirroring its path in the content folder.

All ``.txt`` files are copied, including those the reader skipped or failed on: the raw
original is always kept and linked (isBasedOn in the JSON-LD).
"""

from __future__ import annotations

import logging
import os
import shutil

log = logging.getLogger(__name__)


def raw_sources(settings: dict) -> list[str]:
    """Paths, relative to the content folder (os.sep-separated), of every raw .txt file."""
    root = os.path.normpath(settings["PATH"])
    found: set[str] = set()
    for sub in settings.get("ARTICLE_PATHS", [""]):
        base = os.path.normpath(os.path.join(root, sub))
        if os.path.isfile(base):
            found.add(os.path.relpath(base, root))
        # os.walk and string slicing: pathlib (rglob, relative_to) costs ~1 s more at 10,000 files
        for folder, _, names in os.walk(base):
            prefix = folder[len(root) + 1 :]
            found.update(os.path.join(prefix, name) for name in names if name.endswith(".txt"))
    return sorted(found)


def publish_raw(pelican) -> None:
    settings = pelican.settings
    root = settings["PATH"]
    target = os.path.join(settings["OUTPUT_PATH"], settings.get("NEWS_ARCHIVE_RAW_DIR", "raw"))
    copied = 0
    for rel in raw_sources(settings):
        source, destination = os.path.join(root, rel), os.path.join(target, rel)
        stat = os.stat(source)
        try:
            published = os.stat(destination)
            if published.st_size == stat.st_size and published.st_mtime >= stat.st_mtime:
                continue
        except OSError:  # not published yet
            pass
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copy2(source, destination)
        copied += 1
    log.info("news_archive: %d raw originals published under %s", copied, os.path.relpath(target))
