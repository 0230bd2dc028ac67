"""Which files of the content folder may be read: regular files whose real path is inside the
folder. A link to a file elsewhere (``x.txt -> /etc/passwd``), a linked folder that leads out, a
dangling link and a FIFO or device named ``*.txt`` are skipped with the reason, never opened."""

from __future__ import annotations

import os
import stat


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
    root = os.path.realpath(content_root)
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        return "a link to a file outside the content folder"
    return None
