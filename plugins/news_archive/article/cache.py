"""Cache of the work on each raw file (record.py), keyed by the raw file's hash and the code version.

The version covers the plugin's code and data files, the actor dictionary and the settings the
work depends on: changing a rule, an alias or a threshold invalidates every entry, and a file
moved or touched keeps its entry. Files not yet cached are processed on all cores up front.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import re
import shutil
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from ..files import atomic_write
from ..settings import ArticleConfig
from .record import ArticleRecord, build_record_safely

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent.parent
PARALLEL_FROM = 64  # below this many uncached files, one process is faster
KEEP_VERSIONS = 3  # this version's entries and the two used last: switching back stays fast
_VERSION = re.compile(r"[0-9a-f]{16}")


@lru_cache(maxsize=4)
def code_version(config: ArticleConfig) -> str:
    """Hash of the plugin's code and data, the user's dictionary and rule files, and ``config``."""
    digest = hashlib.sha1()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in (".py", ".yml", ".txt") and p.is_file()):
        digest.update(path.read_bytes())
    for path in [config.actors_file, *config.boilerplate_files]:
        with contextlib.suppress(OSError):
            digest.update(Path(path).read_bytes())
    digest.update(repr(config).encode())
    return digest.hexdigest()[:16]


def load(path: Path | str | None, default):
    """A pickle kept under CACHE_PATH, or ``default`` when it is missing or unreadable."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (TypeError, OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return default


def store(path: Path | str | None, value) -> None:
    """Pickle ``value`` to ``path`` atomically (readers never see half a file)."""
    if path is None:
        return
    try:
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as err:  # a read-only cache folder only costs speed
        log.debug("news_archive: cannot write cache %s: %s", path, err)


class AnalysisCache:
    """One per build: ``folder`` is the plugin's folder under CACHE_PATH."""

    def __init__(self, config: ArticleConfig, folder: str, enabled: bool = True):
        self.config = config
        self.version = code_version(config)
        self.root = Path(folder)
        self.folder = self.root / self.version
        self.enabled = enabled
        self._hashed: dict[tuple, str] = {}  # (path, rel, size, mtime) -> digest, known
        self._seen: dict[tuple, str] = {}  # the stamps of this build's files

    @staticmethod
    def digest(data: bytes, rel: str) -> str:
        """Hash of a raw file and its path (the slug depends on the path)."""
        digest = hashlib.sha1(data)
        digest.update(rel.encode())
        return digest.hexdigest()

    def digest_of(self, source: Path | str, rel: str) -> str:
        """The file's digest, hashed once: digests are remembered by path, size, times and inode
        (in this process, and across builds in digests.pickle, as git's index does), so only a
        new or changed file is read and hashed."""
        stat = os.stat(source)
        # ctime and inode too: an edit that keeps the size and the modification time (cp -p,
        # rsync -t, tar x) still changes the ctime, and is hashed again.
        stamp = (str(source), rel, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        known = self._hashed.get(stamp)
        if known is None:
            known = self._hashed[stamp] = self.digest(Path(source).read_bytes(), rel)
        self._seen[stamp] = known
        return known

    def _path(self, digest: str) -> str:
        # Strings, not Paths: a rebuild at 100,000 articles asks for 200,000 of them.
        return os.path.join(self.folder, digest[:2], digest + ".pickle")

    def key(self, digest: str) -> str:
        """What the reader's work depends on: the file, its path and the code version."""
        return f"{self.version}-{digest}"

    def get(self, source: Path | str, rel: str, digest: str) -> ArticleRecord:
        """The work on ``source``: from the cache, or done now (the file is read only then)."""
        if not self.enabled:
            return build_record_safely(Path(source).read_bytes(), rel, self.config)
        path = self._path(digest)
        result = load(path, None)
        if result is None:
            result = build_record_safely(Path(source).read_bytes(), rel, self.config)
            store(path, result)
        return result

    def prefill(self, files: list[tuple[str, str]]) -> int:
        """Process the files not cached yet, on every core; returns how many were processed."""
        if not self.enabled:
            return 0
        self._prune()
        digests = self.root / "digests.pickle"
        self._hashed.update(load(digests, {}))
        missing = []
        for source, rel in files:
            if not os.path.exists(self._path(self.digest_of(source, rel))):
                missing.append((source, rel))
        store(digests, self._seen)
        workers = os.cpu_count() or 1
        if len(missing) < PARALLEL_FROM or workers < 2:
            return 0
        with ProcessPoolExecutor(workers) as pool:
            chunks = [missing[i::workers] for i in range(workers)]
            list(pool.map(_work, [(chunk, self.config, str(self.root)) for chunk in chunks]))
        log.info("news_archive: %d articles analysed on %d cores", len(missing), workers)
        return len(missing)

    def _prune(self) -> None:
        """Remove the entries of code versions not used lately: each version holds every article
        once (hundreds of MB at 100,000), and the Pages workflow carries the cache between runs."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            os.utime(self.folder)  # "used lately" is the folder's time
            versions = [p for p in self.root.iterdir() if p.is_dir() and _VERSION.fullmatch(p.name)]
        except OSError:
            return
        versions.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS:]:
            shutil.rmtree(old, ignore_errors=True)
            log.info("news_archive: removed the cache of an older code version, %s", old)


def _work(job) -> int:
    chunk, config, folder = job
    cache = AnalysisCache(config, folder)
    for source, rel in chunk:
        data = Path(source).read_bytes()
        store(cache._path(cache.digest(data, rel)), build_record_safely(data, rel, config))
    return len(chunk)
