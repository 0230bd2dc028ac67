"""Guess whether an article is Indonesian or English from its most common function words."""

from __future__ import annotations

import re

_MARKERS = {
    "id": {"yang", "dan", "di", "itu", "dengan", "untuk", "dari", "ini", "pada", "tidak", "akan", "dalam"},
    "en": {"the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "said"},
}


def guess_language(text: str, default: str = "id") -> str:
    words = re.findall(r"[a-z]+", text.lower()[:5000])
    scores = {lang: sum(1 for w in words if w in markers) for lang, markers in _MARKERS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > scores.get(default, 0) else default
