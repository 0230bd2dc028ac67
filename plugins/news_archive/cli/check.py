"""`news-archive check`: validate a content folder without building it.

Each file goes through the build's own per-file path (article/record.py) with the Config of
``-s SETTINGS``. Errors (exit status 1): files that cannot become articles (empty, binary, no
article text), undecodable bytes, malformed header values, unknown actor ids in a header.
Warnings: no date or no publisher found, more than half the lines removed (suspicious
cleaning), exact and near copies.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..article.record import build_record
from ..article.sources import raw_text_files, refusal
from ..near_duplicates import copy_groups, signature
from ..settings import ArticleConfig
from .common import add_config_arguments, folder_argument, load_config, printable

NAME = "check"
HELP = "validate raw articles without building (exit 1 on errors)"
SUSPICIOUS_REMOVED = 0.5  # share of a file's lines removed past which the cleaning is suspect


@dataclass
class Finding:
    file: str
    level: str  # "error" or "warning"
    line: int  # 0 when it concerns the whole file
    message: str


def check_file(data: bytes, rel: str, config: ArticleConfig) -> tuple[list[Finding], str | None]:
    """The findings on one file, and its cleaned body (None when it is no article)."""
    findings: list[Finding] = []
    record = build_record(data, rel, config)
    for problem in record.problems or []:
        findings.append(Finding(rel, "error" if problem.error else "warning", problem.line, problem.message))
    if record.skip:
        findings.append(Finding(rel, "error", 0, record.skip))
        return findings, None
    fields = record.fields
    if not fields["date_known"]:
        findings.append(Finding(rel, "warning", 0, "no date found in the text"))
    if not fields["publisher"]:
        findings.append(Finding(rel, "warning", 0, "no publisher found"))
    removed, content = fields["line_counts"]
    if content and removed / content > SUSPICIOUS_REMOVED:
        findings.append(Finding(rel, "warning", 0, f"suspicious cleaning: {removed} of {content} lines removed"))
    return findings, fields["body_text"]


def check_folder(folder: Path, config: ArticleConfig) -> list[Finding]:
    findings: list[Finding] = []
    texts: dict[str, str] = {}
    hashes: dict[str, str] = {}
    for path in raw_text_files(folder):
        rel = path.relative_to(folder).as_posix()
        refused = refusal(str(path), str(folder))
        if refused:
            findings.append(Finding(rel, "error", 0, f"{refused}; not read"))
            continue
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        if data.strip() and digest in hashes:
            findings.append(Finding(rel, "warning", 0, f"same bytes as {hashes[digest]}"))
        hashes.setdefault(digest, rel)
        found, body = check_file(data, rel, config)
        findings += found
        if body is not None:
            texts[rel] = body
    for group in copy_groups([(rel, signature(text), text) for rel, text in texts.items()]):
        for rel in group:
            others = ", ".join(o for o in group if o != rel)
            findings.append(Finding(rel, "warning", 0, f"near copy of {others}"))
    return findings


def as_dicts(findings: list[Finding]) -> list[dict]:
    return [asdict(f) for f in findings]


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", nargs="?", default="content", help="folder of raw .txt files (default: %(default)s)")
    add_config_arguments(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable findings")


def command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    folder = folder_argument(args.folder)
    config = load_config(args)
    findings = check_folder(folder, config.article)
    errors = sum(1 for f in findings if f.level == "error")
    if args.json:
        summary = {"errors": errors, "warnings": len(findings) - errors, "findings": as_dicts(findings)}
        print(json.dumps(summary, indent=1))
    elif findings:
        table = Table(title=f"{folder}: {errors} errors, {len(findings) - errors} warnings")
        for column in ("file", "level", "line", "problem"):
            table.add_column(column)
        for f in findings:  # scraped text and file names as Text: never read as markup
            level = Text(f.level, style="red" if f.level == "error" else "")
            table.add_row(Text(printable(f.file)), level, str(f.line or ""), Text(printable(f.message)))
        Console(highlight=False).print(table)
    else:
        print(f"{folder}: no problems found")
    return 1 if errors else 0
