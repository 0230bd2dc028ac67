"""Import every dump of a folder of scraper output with no flags, and print a table: format,
records in, imported, duplicates, skipped by reason, unreadable, dates found, seconds.
Usage: .venv/bin/python bench/import_survey.py [DUMPS [OUT]]; DUMPS defaults to the trimmed real
dumps in tests/fixtures/dumps (point it at any folder of scraper output you have)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from news_archive.cli.importer import run  # noqa: E402
from news_archive.dumps.formats import read_dump  # noqa: E402

DUMPS = (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".xlsx", ".txt")
FIXTURES = ROOT / "tests" / "fixtures" / "dumps"


def survey(folder: Path, out: Path) -> list[str]:
    rows = [
        "| file | format | records | imported | duplicates | skipped | unreadable | with date | with URL | s |",
        "|---|---|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    totals = [0, 0, 0, 0]
    for path in sorted(
        p for p in folder.rglob("*") if p.suffix.lower() in DUMPS and p.is_file() and p.name != "README.md"
    ):
        target = out / path.relative_to(folder).with_suffix("")
        started = time.perf_counter()
        dump = read_dump(path)
        report = run(path, target)
        seconds = time.perf_counter() - started
        files = list(target.glob("*.txt"))
        dated = sum(1 for f in files if "\nDate: " in "\n" + f.read_text(encoding="utf-8").split("\n\n")[0])
        with_url = sum(1 for f in files if "\nURL: " in "\n" + f.read_text(encoding="utf-8").split("\n\n")[0])
        skipped = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common()) or "-"
        rows.append(
            f"| {path.relative_to(folder)} | {dump.format} | {len(dump.records)} | {report.imported} | "
            f"{report.duplicates} | {skipped} | {len(report.errors)} | {dated} | {with_url} | {seconds:.2f} |"
        )
        totals = [
            totals[0] + len(dump.records),
            totals[1] + report.imported,
            totals[2] + report.duplicates,
            totals[3] + len(report.errors),
        ]
    rows.append(f"| **all** | | {totals[0]} | {totals[1]} | {totals[2]} | | {totals[3]} | | | |")
    return rows


if __name__ == "__main__":
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    print("\n".join(survey(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES, out)))
    print(f"\nimported into {out}")
