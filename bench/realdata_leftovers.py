"""Leftover families of real scraper output (realdata-dev's SOURCES.md) that stay in the article
body after import and analysis: on a line of their own and glued inside a line. Also: the share of
the text's letters and digits found neither in the body nor in the removed list (silently lost),
and the share of records with a URL whose publisher is found.
Usage: .venv/bin/python bench/realdata_leftovers.py [IMPORTED_FOLDER] (a folder written by
bench/import_survey.py; without it, the trimmed dumps of tests/fixtures/dumps are imported first)."""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from news_archive.text.pipeline import analyse  # noqa: E402

FAMILIES = {
    "ADVERTISEMENT": r"\bADVERTISEMENT\b",
    "SCROLL TO CONTINUE": r"SCROLL TO CONTINUE WITH CONTENT",
    "Baca juga": r"\bBaca [Jj]uga\b",
    "[Gambas:]": r"\[Gambas:",
    "ad script": r"googletag\.cmd",
    "Kompas Telegram promo": r"Dapatkan update berita pilihan",
    "WhatsApp channel promo": r"Ikuti Whats[Aa]pp Channel",
    "ad placeholder": r"Tidak ada kode iklan",
    "syndication note": r"Artikel ini telah tayang",
    "Instagram embed": r"A post shared by",
    "paywall": r"Starting from IDR",
    "video teaser": r"\b(?:Simak|Tonton)(?: [Jj]uga)? [Vv]ideo\b",
    "editors' picks": r"Pilihan Redaksi",
}


def measure(folder: Path) -> dict:
    raw_own, raw_glued, body_own, body_glued = Counter(), Counter(), Counter(), Counter()
    started, size, files = time.perf_counter(), 0, 0
    characters = lost = with_url = with_publisher = 0
    for path in sorted(folder.rglob("*.txt")):
        data = path.read_bytes()
        size += len(data)
        files += 1
        analysis = analyse(data, source=path.name)
        raw = data.decode("utf-8", errors="replace").split("\n")
        header_end = max(analysis.header_lines.values(), default=0)
        text_lines = [line.strip() for line in raw[header_end:]]
        kept = Counter(c for c in analysis.body_text + "".join(r.text for r in analysis.removed) if c.isalnum())
        written = Counter(c for line in text_lines for c in line if c.isalnum())
        written.subtract(Counter(c for c in analysis.title if c.isalnum()))  # a headline line is the title
        characters += sum(written.values())
        lost += sum((written - kept).values())
        if analysis.header.get("url"):
            with_url += 1
            with_publisher += analysis.attribution.publisher is not None
        for name, pattern in FAMILIES.items():
            regex = re.compile(pattern)
            for line in text_lines:
                for match in regex.finditer(line):
                    own = len(line) < len(match.group()) + 40
                    (raw_own if own else raw_glued)[name] += 1
            for paragraph in analysis.body_text.split("\n\n"):
                for match in regex.finditer(paragraph):
                    own = len(paragraph) < len(match.group()) + 40
                    (body_own if own else body_glued)[name] += 1
    seconds = time.perf_counter() - started
    return {"files": files, "MB/s": size / 1e6 / seconds, "raw_own": raw_own, "raw_glued": raw_glued,
            "body_own": body_own, "body_glued": body_glued, "lost": lost / characters if characters else 0.0,
            "with_url": with_url, "publisher_found": with_publisher}  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        import tempfile

        from news_archive.cli.importer import run

        folder = Path(tempfile.mkdtemp())
        for dump in sorted(p for p in (ROOT / "tests" / "fixtures" / "dumps").iterdir() if p.suffix != ".md"):
            run(dump, folder / dump.stem)
    result = measure(folder)
    print(f"{result['files']} articles, {result['MB/s']:.2f} MB/s")
    print(f"text silently lost (neither in the body nor listed as removed): {result['lost']:.3%}")
    found, urls = result["publisher_found"], result["with_url"]
    print(f"publisher found for {found} of {urls} records with a URL ({found / urls if urls else 0:.1%})\n")
    print("| family | in raw, own line | left in body | in raw, glued | left in body |")
    print("|---|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0]
    for name in FAMILIES:
        row = [result["raw_own"][name], result["body_own"][name], result["raw_glued"][name], result["body_glued"][name]]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"| {name} | " + " | ".join(map(str, row)) + " |")
    share = lambda left, raw: f"{left / raw:.1%}" if raw else "-"
    print(
        f"| **all** | {totals[0]} | {totals[1]} ({share(totals[1], totals[0])}) | {totals[2]} | {totals[3]} ({share(totals[3], totals[2])}) |"
    )
