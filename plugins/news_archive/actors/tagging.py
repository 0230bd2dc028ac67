"""Tag an analysed article with the actors its cleaned title and body name.

Removed lines, captions and the dateline opener are never read, so an actor named only in a
related headline, a "Baca juga" line, a caption or a dateline is not tagged.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..text.pipeline import Analysis
from .dictionary import Dictionary
from .matcher import ActorMatcher

DEFAULT_ACTORS_FILE = Path(__file__).resolve().parents[3] / "actors.yml"


def tagged_texts(analysis: Analysis) -> list[str]:
    texts = [] if analysis.title_derived else [analysis.title]
    for paragraph in analysis.paragraphs:
        text = paragraph.text
        if paragraph.dateline and text.startswith(paragraph.dateline):
            text = text[len(paragraph.dateline) :]
        texts.append(text)
    return texts


def apply_header(counts: Counter, value: str, dictionary: Dictionary) -> list[str]:
    """``Actors: russia, +turkey, -iran`` adds (count at least 1) or removes actors.

    Returns a message for each unknown id."""
    problems = []
    for item in filter(None, (part.strip() for part in re.split(r"[,;]", value))):
        remove, actor = item.startswith("-"), item.lstrip("+-").strip()
        if actor not in dictionary.actors:
            problems.append(f"header Actors: unknown actor id {actor!r}")
        elif remove:
            counts.pop(actor, None)
        else:
            counts[actor] = max(counts[actor], 1)
    return problems


def tag(analysis: Analysis, matcher: ActorMatcher) -> tuple[list[tuple[str, int]], list[str]]:
    """(actor id, mentions) most-mentioned first, and problems with a header Actors: line."""
    counts = matcher.count(tagged_texts(analysis))
    problems = (
        apply_header(counts, analysis.header["actors"], matcher.dictionary) if analysis.header.get("actors") else []
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0])), problems
