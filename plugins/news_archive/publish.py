"""Publishing checks for GitHub Pages: the size report of `make publish`, and .nojekyll.

GitHub Pages refuses files over 100 MB and warns from 50 MB; a published site must stay under
1 GB. We fail at 50 MB per file and 1 GB in total, and warn from 75% of either.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

FILE_LIMIT = 50_000_000
SITE_LIMIT = 1_000_000_000
WARN_RATIO = 0.75


@dataclass
class SizeReport:
    files: int
    total: int
    articles: int
    largest: list[tuple[str, int]]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def per_article(self) -> float:
        return self.total / self.articles if self.articles else 0.0


def size_report(output: Path, raw_dir: str = "raw", top: int = 10) -> SizeReport:
    sizes = [(str(p.relative_to(output)), p.stat().st_size) for p in output.rglob("*") if p.is_file()]
    total = sum(size for _, size in sizes)
    articles = sum(1 for _ in (output / raw_dir).rglob("*.txt")) if (output / raw_dir).is_dir() else 0
    report = SizeReport(len(sizes), total, articles, sorted(sizes, key=lambda s: -s[1])[:top])
    for name, size in sizes:
        if size > FILE_LIMIT:
            report.errors.append(f"{name}: {size:,} bytes, over GitHub Pages' {FILE_LIMIT:,}-byte file limit")
        elif size > FILE_LIMIT * WARN_RATIO:
            report.warnings.append(f"{name}: {size:,} bytes, past {WARN_RATIO:.0%} of the file limit")
    if total > SITE_LIMIT:
        report.errors.append(f"site: {total:,} bytes, over GitHub Pages' {SITE_LIMIT:,}-byte site limit")
    elif total > SITE_LIMIT * WARN_RATIO:
        report.warnings.append(f"site: {total:,} bytes, past {WARN_RATIO:.0%} of the site limit")
    return report


def write_nojekyll(pelican) -> None:
    """finalized: GitHub Pages must serve the output as is (no Jekyll processing)."""
    (Path(pelican.settings["OUTPUT_PATH"]) / ".nojekyll").touch()
