"""The optional header block of known keys at the top of a raw file.

Only the keys below count, so a first line such as ``Moskow:`` or ``Sumber: X`` stays text.
Header values always win over what the pipeline infers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KNOWN_KEYS = ("title", "date", "url", "publisher", "author", "lang", "actors", "slug")
_LINE = re.compile(r"^(?P<key>[A-Za-z]+)\s*:\s*(?P<value>.*\S)?\s*$")


@dataclass
class Header:
    values: dict[str, str] = field(default_factory=dict)
    lines: int = 0  # how many leading lines the header (and its closing blank) took
    line_of: dict[str, int] = field(default_factory=dict)  # key -> its line number
    repeated: list[tuple[int, str]] = field(default_factory=list)  # (line, key) given again: ignored


def parse_header(lines: list[str]) -> Header:
    """Read ``Key: value`` lines from the top while every key is a known one."""
    values: dict[str, str] = {}
    line_of: dict[str, int] = {}
    repeated: list[tuple[int, str]] = []
    count = 0
    for line in lines:
        match = _LINE.match(line)
        if not match or match["key"].lower() not in KNOWN_KEYS:
            break
        count += 1
        key = match["key"].lower()
        if key in values:
            repeated.append((count, key))
            continue
        values[key] = (match["value"] or "").strip()
        line_of[key] = count
    if not values:
        return Header()
    if count < len(lines) and not lines[count].strip():
        count += 1
    return Header(values=values, lines=count, line_of=line_of, repeated=repeated)
