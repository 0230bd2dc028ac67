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
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from types import SimpleNamespace

import yaml

from ..archive.furniture import find_furniture
from ..article.record import build_record
from ..article.sources import raw_text_files, refusal
from ..near_duplicates import copy_groups, signature
from ..settings import ArticleConfig
from .common import add_config_arguments, folder_argument, load_config, printable

NAME = "check"
HELP = "validate raw articles without building (exit 1 on errors)"
SUSPICIOUS_REMOVED = 0.5  # share of a file's lines removed past which the cleaning is suspect
FURNITURE_FIELDS = ("source_url", "publisher", "paragraph_keys", "body_text")
FURNITURE_SHOWN = 10  # repeated paragraphs listed, most repeated first


@dataclass
class Finding:
    file: str
    level: str  # "error" or "warning"
    line: int  # 0 when it concerns the whole file
    message: str


@dataclass
class RepeatedParagraph:
    """A paragraph found in many stories of one source: page furniture the build removes, and a
    rule to paste so that every build removes it without counting."""

    source: str
    stories: int
    text: str

    def rule(self, number: int) -> str:
        """A line rule matching this paragraph whole, as YAML for a 'rules:' list."""
        entry = {"id": f"furniture-{number}", "class": "boilerplate", "reason": f"repeated at {self.source}",
                 "patterns": [f"^{re.escape(self.text)}$"]}  # fmt: skip
        return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000)


def check_file(data: bytes, rel: str, config: ArticleConfig) -> tuple[list[Finding], dict | None]:
    """The findings on one file, and its record's fields (None when it is no article)."""
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
    return findings, fields


def check_folder(
    folder: Path, config: ArticleConfig, furniture_min: int = 5
) -> tuple[list[Finding], list[RepeatedParagraph]]:
    """The findings on every file, and the paragraphs repeated across a source's stories."""
    findings: list[Finding] = []
    records: dict[str, dict] = {}
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
        found, fields = check_file(data, rel, config)
        findings += found
        if fields is not None:
            records[rel] = fields
    group_of = {}
    for number, group in enumerate(
        copy_groups([(rel, signature(f["body_text"]), f["body_text"]) for rel, f in records.items()])
    ):
        for rel in group:
            group_of[rel] = number
            others = ", ".join(o for o in group if o != rel)
            findings.append(Finding(rel, "warning", 0, f"near copy of {others}"))
    return findings, repeated_paragraphs(records, group_of, furniture_min)


def repeated_paragraphs(records: dict[str, dict], group_of: dict[str, int], minimum: int) -> list[RepeatedParagraph]:
    """The furniture the build would remove, most repeated first, once per source and text."""
    articles = [
        SimpleNamespace(raw_path=rel, copy_group=group_of.get(rel), **{k: f[k] for k in FURNITURE_FIELDS})
        for rel, f in records.items()
    ]
    seen: dict[tuple[str, str], RepeatedParagraph] = {}
    for article, repeated in zip(
        articles, (find_furniture(articles, minimum).get(id(a)) for a in articles), strict=True
    ):
        texts = article.body_text.split("\n\n")
        for item in repeated or ():
            seen.setdefault((item.source, article.paragraph_keys[item.index]),
                            RepeatedParagraph(item.source, item.stories, texts[item.index]))  # fmt: skip
    return sorted(seen.values(), key=lambda r: (-r.stories, r.source, r.text))


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
    findings, repeated = check_folder(folder, config.article, config.furniture_min)
    errors = sum(1 for f in findings if f.level == "error")
    if args.json:
        summary = {"errors": errors, "warnings": len(findings) - errors, "findings": as_dicts(findings),
                   "repeated_paragraphs": [asdict(r) for r in repeated]}  # fmt: skip
        print(json.dumps(summary, indent=1))
        return 1 if errors else 0
    console = Console(highlight=False)
    if findings:
        table = Table(title=f"{folder}: {errors} errors, {len(findings) - errors} warnings")
        for column in ("file", "level", "line", "problem"):
            table.add_column(column)
        for f in findings:  # scraped text and file names as Text: never read as markup
            level = Text(f.level, style="red" if f.level == "error" else "")
            table.add_row(Text(printable(f.file)), level, str(f.line or ""), Text(printable(f.message)))
        console.print(table)
    else:
        print(f"{folder}: no problems found")
    if repeated:
        print(f"\n# {len(repeated)} paragraphs repeated across many stories of one source (page furniture the build")
        print("# removes). To remove them without counting, put these rules in a rule file named by")
        print("# NEWS_ARCHIVE_BOILERPLATE_FILES:")
        print("rules:")
        for number, item in enumerate(repeated[:FURNITURE_SHOWN], 1):
            print(f"  # {item.stories} stories at {printable(item.source)}")
            print("".join(f"  {line}\n" for line in printable(item.rule(number)).splitlines()), end="")
    return 1 if errors else 0
