"""Files written whole or not at all: a temporary file beside the target, then a rename, so a
reader never sees half a file and an interrupted writer leaves none behind."""

from __future__ import annotations

import os
from pathlib import Path


def atomic_write(path: Path | str, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
