"""The output folder holds what this build produced, and nothing a deleted article left.

Every file the build writes or keeps is counted: pages and feeds (content_written,
feed_written, and the pages the incremental writer kept), static files, the theme's folder, raw
originals, the search index, the sitemap. The list is saved per output folder under
CACHE_PATH. At the end of a build, a file that the last build into the same folder produced and
this one did not is removed: the page of a deleted, renamed or re-titled article, its raw
original, its sitemap entry. A file that no build of ours wrote (put there by hand) is left
alone, and said once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from ..files import atomic_write
from .build_state import KEY, state_of

log = logging.getLogger(__name__)


def record_written(path, context=None, **_ignored) -> None:
    """content_written and feed_written: a file this build wrote."""
    state = (context or {}).get(KEY)
    if state is not None:
        state.written.append(str(path))


def record_static(generator) -> None:
    """static_generator_finalized: the static files of the content folder."""
    state_of(generator.settings).static.update(static.save_as for static in generator.staticfiles)


def _manifest_path(cache_folder: str, output: str) -> Path:
    key = hashlib.sha1(os.path.realpath(output).encode()).hexdigest()[:16]
    return Path(cache_folder) / "outputs" / f"{key}.json"


def _files_under(root: str, folder: str = "") -> set[str]:
    """Files below ``root``/``folder``, relative to ``root`` ("/"-separated): one relpath per folder,
    not per file (the whole output is walked at every build)."""
    found = set()
    for parent, _, names in os.walk(os.path.join(root, folder)):
        rel = os.path.relpath(parent, root).replace(os.sep, "/")
        prefix = "" if rel == "." else f"{rel}/"
        found.update(prefix + name for name in names)
    return found


def _relative(path: str, output: str) -> str:
    start = output.rstrip(os.sep) + os.sep
    rel = path[len(start) :] if path.startswith(start) else os.path.relpath(path, output)
    return rel.replace(os.sep, "/")


def produced(pelican) -> set[str]:
    """Output paths (relative, "/"-separated) that this build wrote or kept."""
    state, settings = state_of(pelican.settings), pelican.settings
    output = state.config.output_path
    files = {_relative(path, output) for path in state.written}
    files |= state.kept | state.static | {".nojekyll"}
    for folder in (settings["THEME_STATIC_DIR"], "search"):  # rewritten whole by their writers
        files |= _files_under(output, folder)
    return files | _sitemaps(output)


def _sitemaps(output: str) -> set[str]:
    return {name for name in os.listdir(output) if name.startswith("sitemap") and name.endswith(".xml")}


def remove_stale(pelican) -> None:
    """finalized, before the sitemap is written: remove what the last build produced and this
    one did not; name what no build of ours produced."""
    state = state_of(pelican.settings)
    config = state.config
    output = config.output_path
    path = _manifest_path(config.cache_folder, output)
    try:
        previous = set(json.loads(path.read_text())["files"])
    except (OSError, ValueError, KeyError, TypeError):
        previous = set()
    now = state.produced = produced(pelican)
    stale = sorted(previous - now)
    root = os.path.realpath(output)
    for rel in stale:
        target = os.path.join(output, rel)
        inside = os.path.commonpath([root, os.path.realpath(target)]) == root  # the list is a file: trust no path
        if inside and os.path.isfile(target) and not os.path.islink(target):
            os.remove(target)
            _remove_empty_parents(os.path.dirname(target), output)
    if stale:
        log.info("news_archive: %d files of the last build removed (deleted or renamed articles)", len(stale))
    if previous:  # only known once a build of ours has kept its list
        on_disk = _files_under(output)
        foreign = sorted(on_disk - now - previous)
        if foreign:
            log.warning(
                "%d files in %s were not written by this build and are left alone (e.g. %s); "
                "set DELETE_OUTPUT_DIRECTORY = True to start from an empty folder",
                len(foreign),
                output,
                ", ".join(foreign[:3]),
            )


def save(pelican) -> None:
    """finalized, last: what this build produced, for the next build into the same folder."""
    state = state_of(pelican.settings)
    config = state.config  # kept whatever NEWS_ARCHIVE_CACHE says: it is no cache, the next build needs it
    path = _manifest_path(config.cache_folder, config.output_path)
    files = sorted(state.produced | _sitemaps(config.output_path))  # the sitemap came after remove_stale
    try:
        atomic_write(path, json.dumps({"output": os.path.realpath(config.output_path), "files": files}).encode())
    except OSError as err:
        log.warning("news_archive: cannot keep the list of output files in %s: %s", path, err)


def _remove_empty_parents(folder: str, root: str) -> None:
    root = os.path.abspath(root)
    folder = os.path.abspath(folder)
    while folder != root and folder.startswith(root + os.sep):
        try:
            os.rmdir(folder)
        except OSError:
            return
        folder = os.path.dirname(folder)
