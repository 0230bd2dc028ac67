"""`news-archive size-report`: the built site against GitHub Pages' limits (run by `make publish`).

GitHub Pages refuses files over 100 MB and warns from 50 MB; a published site must stay under
1 GB. We fail at 50 MB per file and 1 GB in total, and warn from 75% of either.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..article.sources import raw_text_files
from .common import folder_argument, printable

FILE_LIMIT = 50_000_000
SITE_LIMIT = 1_000_000_000
WARN_RATIO = 0.75


@dataclass
class SizeReport:
    files: int
    total: int
    articles: int
    largest: list[tuple[str, int]]
    sections: list[tuple[str, int]] = field(default_factory=list)  # bytes per top-level folder or file
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def per_article(self) -> float:
        return self.total / self.articles if self.articles else 0.0


def size_report(output: Path, raw_dir: str = "raw", article_dir: str = "article", top: int = 10) -> SizeReport:
    files = [(p.relative_to(output), p.stat().st_size) for p in output.rglob("*") if p.is_file()]
    sizes = [(str(rel), size) for rel, size in files]
    total = sum(size for _, size in sizes)
    sections: Counter[str] = Counter()
    for rel, size in files:
        sections[rel.parts[0]] += size
    # Every article keeps its raw original, even one that failed; with the originals linked
    # (NEWS_ARCHIVE_RAW_URL) there are none in the site, and the article pages are counted.
    articles = len(raw_text_files(output / raw_dir)) if (output / raw_dir).is_dir() else 0
    articles = articles or sum(1 for _ in (output / article_dir).glob("*/index.html"))
    report = SizeReport(len(sizes), total, articles, sorted(sizes, key=lambda s: -s[1])[:top], sections.most_common())
    for name, size in sizes:
        if size > FILE_LIMIT:
            report.errors.append(f"{name}: {size:,} bytes, over GitHub Pages' {FILE_LIMIT:,}-byte file limit")
        elif size > FILE_LIMIT * WARN_RATIO:
            report.warnings.append(f"{name}: {size:,} bytes, past {WARN_RATIO:.0%} of the file limit")
    raw = sections.get(raw_dir, 0)
    hint = (
        (
            f" (the raw originals in {raw_dir}/ take {raw:,} bytes: set NEWS_ARCHIVE_RAW_URL to link them"
            ' where your repository serves them; README, "Large archives")'
        )
        if raw
        else ""
    )
    if total > SITE_LIMIT:
        report.errors.append(f"site: {total:,} bytes, over GitHub Pages' {SITE_LIMIT:,}-byte site limit{hint}")
    elif total > SITE_LIMIT * WARN_RATIO:
        report.warnings.append(f"site: {total:,} bytes, past {WARN_RATIO:.0%} of the site limit{hint}")
    return report


NAME = "size-report"
HELP = "site size against GitHub Pages' limits (fails past them)"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", nargs="?", default="output", help="built site (default: %(default)s)")


def command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    output = folder_argument(args.output, " (build the site first)")
    report = size_report(output)
    console = Console(highlight=False)
    console.print(
        Text(
            f"{output}: {report.files:,} files, {report.total:,} bytes ({report.total / SITE_LIMIT:.1%} of 1 GB), "
            f"{report.articles:,} articles, {report.per_article:,.0f} bytes per article"
        )
    )
    table = Table(title="largest files")
    table.add_column("file")
    table.add_column("bytes", justify="right")
    for name, size in report.largest:  # file names as Text: never read as markup
        table.add_row(Text(printable(name)), f"{size:,}")
    console.print(table)
    table = Table(title="where the bytes go")
    for column in ("folder or file", "bytes", "share", "per article"):
        table.add_column(column, justify="left" if column == "folder or file" else "right")
    for name, size in report.sections:
        share = size / report.total if report.total else 0.0
        per_article = f"{size / report.articles:,.0f}" if report.articles else "?"
        table.add_row(Text(printable(name)), f"{size:,}", f"{share:.1%}", per_article)
    console.print(table)
    for message in report.warnings:
        console.print(Text(f"warning: {printable(message)}", style="yellow"))
    for message in report.errors:
        console.print(Text(f"error: {printable(message)}", style="red"))
    return 1 if report.errors else 0
