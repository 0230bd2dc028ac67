"""Lines of an article, each with its number in the raw file, a class and a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Line classes. Everything that is not title, meta or body is removed from the article.
TITLE, META, BODY, BLANK = "title", "meta", "body", "blank"
BOILERPLATE, CAPTION, RELATED, CREDIT = "boilerplate", "caption", "related", "credit"
REMOVED = frozenset({BOILERPLATE, CAPTION, RELATED, CREDIT})


@dataclass
class Line:
    number: int  # 1-based, in the raw file
    text: str  # stripped
    kind: str = ""  # one of the classes above; "" until classified
    reason: str = ""  # why: a code of reasons.py or a rule id; its words are in data/ui.yml
    rule: str = ""  # id of the data rule that matched, if one did
    words: int = field(init=False)  # asked for by every heuristic: counted once

    def __post_init__(self) -> None:
        self.words = len(self.text.split())

    @property
    def removed(self) -> bool:
        return self.kind in REMOVED

    def mark(self, kind: str, reason: str) -> None:
        self.kind, self.reason = kind, reason


def split_lines(text: str, first_number: int = 1) -> list[Line]:
    lines = []
    for offset, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        lines.append(Line(first_number + offset, stripped, BLANK if not stripped else ""))
    return lines


# A line that begins like the middle of a sentence (", Senin (9/6/2025).", "- Direktur ..."), or
# one that ends as no sentence ends ("Jakarta -", "dikutip dari"): link or emphasis markup split
# the sentence into one line per text node.
_STARTS_INSIDE = re.compile(r"^(?:[,.;:)\]!?%]|[-–—](?:\s|$))")


def rejoin_split_sentences(lines: list[Line], open_endings: frozenset[str]) -> list[Line]:
    """Lines of one sentence, split where markup was, joined again (the first line's number).
    ``open_endings``: words a sentence never ends with ("dari", "dan", "the")."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and line.kind != BLANK
            and previous.kind != BLANK
            and _continues(previous, line, open_endings)
        ):
            glue = "" if _STARTS_INSIDE.match(line.text) and not line.text.startswith(("-", "–", "—")) else " "
            previous.text = f"{previous.text}{glue}{line.text}"
            previous.words = len(previous.text.split())
            continue
        joined.append(line)
    return joined


PLACE_MAX_WORDS = 3  # "Jakarta" / "-" / "Direktur ...": a dash line continues only a place name


def _continues(previous: Line, line: Line, open_endings: frozenset[str]) -> bool:
    if _STARTS_INSIDE.match(line.text):
        # A dash opens a line after a place name (a split dateline), not after a headline.
        return not line.text.startswith(("-", "–", "—")) or previous.words <= PLACE_MAX_WORDS
    ending = previous.text.rsplit(None, 1)[-1] if previous.text else ""
    return ending in ("-", "–", "—", ",", "(") or ending.endswith((",", "(")) or ending in open_endings
