"""What is wrong with an input file, as the pipeline reports it."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    line: int  # 1-based; 0 when it concerns the whole file
    message: str
    error: bool = False  # the file or its header is wrong (check fails); else a warning
