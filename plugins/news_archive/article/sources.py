"""Which files of the content folder may be read: regular files whose real path is inside the
folder. A link to a file elsewhere (``x.txt -> /etc/passwd``), a linked folder that leads out, a
dangling link and a FIFO or device named ``*.txt`` are skipped with the reason, never opened."""

from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

# Raw text files, whatever the case of their extension (Windows tools write .TXT).
EXTENSIONS = ("txt", "TXT", "Txt")


def is_raw_text(name: str) -> bool:
    return name.lower().endswith(".txt")


def raw_text_files(folder: Path) -> list[Path]:
    """Every raw text file below ``folder``, sorted."""
    return sorted(path for path in folder.rglob("*") if is_raw_text(path.name))


@lru_cache(maxsize=16)
def _real_root(content_root: str) -> str:
    """The content folder's real path, found once: a stale one (the folder made a link since)
    refuses files, never lets one out."""
    return os.path.realpath(content_root)


def refusal(path: str, content_root: str) -> str | None:
    """Why ``path`` must not be read, or None when it may."""
    try:
        info = os.stat(path)  # follows links: what would be read
    except FileNotFoundError:
        return "a link to nothing (dangling)"
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a FIFO, device or socket)"
    root = _real_root(content_root)
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        return "a link to a file outside the content folder"
    return None
