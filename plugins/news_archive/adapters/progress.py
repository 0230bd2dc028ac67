"""Progress of long builds: articles read and pages written, about ten lines each, printed only
for archives of PROGRESS_FROM articles or more (small builds stay quiet)."""

from __future__ import annotations

import sys
import time

PROGRESS_FROM = 2000


class Progress:
    def __init__(self):
        self.total = self.read = self.written = 0
        self.started = time.perf_counter()

    def start(self, total: int) -> None:
        self.total, self.read, self.written, self.started = total, 0, 0, time.perf_counter()

    @property
    def step(self) -> int:
        return max(1000, self.total // 10)

    def _say(self, message: str) -> None:
        print(f"news-archive: {message} ({time.perf_counter() - self.started:.0f} s)", file=sys.stderr, flush=True)

    def article_read(self) -> None:
        self.read += 1
        if self.total >= PROGRESS_FROM and (self.read % self.step == 0 or self.read == self.total):
            self._say(f"{self.read:,} of {self.total:,} articles read")

    def page_written(self) -> None:
        self.written += 1
        if self.total >= PROGRESS_FROM and self.written % self.step == 0:
            self._say(f"{self.written:,} pages written")


def page_written(path, context=None) -> None:
    """content_written: count the page in this run's progress."""
    from .build_state import KEY

    state = (context or {}).get(KEY)
    if state is not None:
        state.progress.page_written()
