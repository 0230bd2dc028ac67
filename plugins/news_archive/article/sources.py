"""Which files of the content folder may be read: regular files whose real path is inside the
folder. A link to a file elsewhere (``x.txt -> /etc/passwd``), a linked folder that leads out, a
dangling link and a FIFO or device named ``*.txt`` are skipped with the reason, never opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Raw text files, whatever the case of their extension (Windows tools write .TXT).
EXTENSIONS = ("txt", "TXT", "Txt")


def is_raw_text(name: str) -> bool:
    return name.lower().endswith(".txt")


def raw_text_files(folder: Path) -> list[Path]:
    """Every raw text file below ``folder``, sorted."""
    return sorted(path for path in folder.rglob("*") if is_raw_text(path.name))


def refusal(path: str, content_root: str, real_root: str | None = None) -> str | None:
    """Why ``path`` must not be read, or None when it may. ``real_root``: the content folder's real
    path, when the caller found it already (once per build)."""
    try:
        info = os.stat(path)  # follows links: what would be read
    except FileNotFoundError:
        return "a link to nothing (dangling)"
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a FIFO, device or socket)"
    root = real_root or os.path.realpath(content_root)
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        return "a link to a file outside the content folder"
    return None
