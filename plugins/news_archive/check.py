"""`news-archive check`: validate a content folder without building it.

Errors (exit status 1): files that cannot become articles (empty, binary, undecodable, no
article text), malformed header values, unknown actor ids in a header. Warnings: no date or no
publisher found, more than half the lines removed (suspicious cleaning), exact and near copies.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from .actors.dictionary import dictionary_for
from .actors.matcher import ActorMatcher
from .actors.tagging import tag
from .duplicates import copy_groups, signature
from .text.decode import looks_binary
from .text.lines import BLANK
from .text.pipeline import analyse

SUSPICIOUS_REMOVED = 0.5


@dataclass
class Finding:
    file: str
    level: str  # "error" or "warning"
    line: int  # 0 when it concerns the whole file
    message: str


def check_folder(folder: Path, actors_file: str) -> list[Finding]:
    matcher = ActorMatcher(dictionary_for(actors_file))
    findings: list[Finding] = []
    texts: dict[str, str] = {}
    hashes: dict[str, str] = {}
    for path in sorted(folder.rglob("*.txt")):
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        found = lambda level, line, message: findings.append(Finding(rel, level, line, message))  # noqa: E731
        if not data.strip():
            found("error", 0, "empty file")
            continue
        if looks_binary(data):
            found("error", 0, "binary file, not text")
            continue
        digest = hashlib.sha1(data).hexdigest()
        if digest in hashes:
            found("warning", 0, f"same bytes as {hashes[digest]}")
        hashes.setdefault(digest, rel)
        analysis = analyse(data, source=rel)
        for line, message in analysis.problems:
            level = "error" if "UTF-8" in message or "header" in message else "warning"
            found(level, line, message)
        _, actor_problems = tag(analysis, matcher)
        for message in actor_problems:
            found("error", analysis.header_lines.get("actors", 1), message)
        if not analysis.paragraphs:
            found("error", 0, "no article text found: every line was classified as page furniture")
            continue
        if not analysis.date.known:
            found("warning", 0, "no date found in the text")
        if not analysis.attribution.publisher:
            found("warning", 0, "no publisher found")
        content = [l for l in analysis.lines if l.kind != BLANK]
        removed = sum(1 for l in content if l.removed)
        if content and removed / len(content) > SUSPICIOUS_REMOVED:
            found("warning", 0, f"suspicious cleaning: {removed} of {len(content)} lines removed")
        texts[rel] = analysis.body_text
    for group in copy_groups([(rel, signature(text), text) for rel, text in texts.items()]):
        for rel in group:
            others = ", ".join(o for o in group if o != rel)
            findings.append(Finding(rel, "warning", 0, f"near copy of {others}"))
    return findings


def as_dicts(findings: list[Finding]) -> list[dict]:
    return [asdict(f) for f in findings]
