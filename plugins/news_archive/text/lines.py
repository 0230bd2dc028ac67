"""Lines of an article, each with its number in the raw file, a class and a reason."""

from __future__ import annotations

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
