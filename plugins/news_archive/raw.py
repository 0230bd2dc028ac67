"""Publish every raw original under raw/, mirroring its path in the content folder.

All ``.txt`` files are copied, including those the reader skipped or failed on: the raw
original is always kept and linked (isBasedOn in the JSON-LD).
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)


def raw_sources(settings: dict) -> list[Path]:
    root = Path(settings["PATH"])
    found: set[Path] = set()
    for sub in settings.get("ARTICLE_PATHS", [""]):
        base = root / sub
        if base.is_file():
            found.add(base)
        for folder, _, names in os.walk(base):  # os.walk: pathlib's rglob is ~10x slower here
            found.update(Path(folder, name) for name in names if name.endswith(".txt"))
    return sorted(found)


def publish_raw(pelican) -> None:
    settings = pelican.settings
    root = Path(settings["PATH"])
    target = Path(settings["OUTPUT_PATH"]) / settings.get("NEWS_ARCHIVE_RAW_DIR", "raw")
    copied = 0
    for source in raw_sources(settings):
        destination = target / source.relative_to(root)
        stat = source.stat()
        try:
            published = destination.stat()
            if published.st_size == stat.st_size and published.st_mtime >= stat.st_mtime:
                continue
        except OSError:  # not published yet
            pass
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
        copied += 1
    log.info("news_archive: %d raw originals published under %s", copied, os.path.relpath(target))
