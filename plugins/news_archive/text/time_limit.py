"""A time limit on a piece of work, so that one hostile input cannot hang a build: a regular
expression that backtracks without end on one line, say.

The limit is a SIGALRM timer, which interrupts pure-Python work and ``re`` matching alike (the
regex engine checks for signals). Signals reach only the main thread: elsewhere the work runs
without a limit. The build's reader and its worker processes run the analysis in their main
thread.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitError(Exception):
    """The work took longer than its limit."""


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitError inside the block once ``seconds`` have passed (0: no limit)."""
    if seconds <= 0 or not _can_time():
        yield
        return

    def expired(signum, frame):
        raise TimeLimitError(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expired)
    started = time.monotonic()
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # an outer limit was running: give it back what remains of it
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
