"""`news-archive import`: scraper output (JSON Lines, CSV, folders of .txt or .html) to raw .txt
articles with a header block of what the source knew (Title, Date, URL, Publisher).

Idempotent: a file's name comes from the record's URL (or its text when it has none), so
importing the same dump twice adds nothing. Records whose text repeats one already imported are
duplicates. A bad record (broken JSON, no text, undecodable bytes) is reported with its line
number and skipped; every other record is imported.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..article.slug import slugify
from ..text.dates import parse_header_date
from .common import UsageError, printable

# Pelican's default SLUG_REGEX_SUBSTITUTIONS: file names made as Pelican makes slugs.
SLUG_SUBSTITUTIONS = ((r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-"))

# Field names looked for in a record, first found wins; --field KEY=NAME puts NAME first.
FIELDS = {
    "url": ["url", "link", "href", "source_url", "permalink"],
    "title": ["title", "headline", "judul"],
    "date": ["date", "published", "published_at", "publish_date", "datetime", "time", "tanggal"],
    "text": ["text", "content", "body", "article", "isi"],
    "html": ["html", "raw_html", "page", "source_html"],
    "publisher": ["publisher", "site", "sitename", "outlet", "source", "domain", "media"],
}


@dataclass
class Report:
    imported: int = 0
    already: int = 0  # imported by an earlier run
    duplicates: int = 0  # same URL or same text as another record
    skipped: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)  # "SOURCE:LINE: message"

    def skip(self, where: str, reason: str) -> None:
        self.skipped[reason] += 1
        self.problems.append(f"{where}: {reason}")


def _pick(record: dict, key: str, mapping: dict[str, list[str]]) -> str:
    for name in mapping[key]:
        value = record.get(name)
        if value not in (None, ""):
            return str(value)
    return ""


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of a saved page (trafilatura), and what it found of title, date and site."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None:
        return "", {}
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    found = {"title": data.get("title") or "", "date": data.get("date") or "", "publisher": data.get("sitename") or ""}
    return data.get("text") or "", found


class Importer:
    def __init__(self, into: Path, mapping: dict[str, list[str]] | None = None):
        self.into = into
        self.mapping = mapping or FIELDS
        self.report = Report()
        self.seen_keys: dict[str, str] = {}  # URL (or text hash) -> file name
        self.seen_texts: dict[str, str] = {}

    def add(self, record: dict, where: str) -> None:
        url = _one_line(_pick(record, "url", self.mapping))
        text = _pick(record, "text", self.mapping)
        html = _pick(record, "html", self.mapping)
        known = {k: _one_line(_pick(record, k, self.mapping)) for k in ("title", "date", "publisher")}
        if not text.strip() and html.strip():
            text, found = html_to_text(html)
            known = {k: known[k] or _one_line(found.get(k, "")) for k in known}
        if not text.strip():
            self.report.skip(where, "no text")
            return
        if "\ufffd" in text or re.search(r"[\udc80-\udcff]", text):
            self.report.skip(where, "undecodable bytes in the text")
            return
        key = url or hashlib.sha1(text.encode()).hexdigest()
        text_key = hashlib.sha1(re.sub(r"\s+", " ", text).strip().encode()).hexdigest()
        if key in self.seen_keys or text_key in self.seen_texts:
            self.report.duplicates += 1
            self.report.problems.append(f"{where}: duplicate of {self.seen_keys.get(key) or self.seen_texts[text_key]}")
            return
        slug = slugify(known["title"] or text[:60], SLUG_SUBSTITUTIONS)
        name = f"{slug[:50].strip('-') or 'article'}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"
        target = self.into / f"{name}.txt"
        self.seen_keys[key] = self.seen_texts[text_key] = target.name
        if target.exists():
            self.report.already += 1
            return
        if known["date"] and parse_header_date(known["date"]) is None:
            self.report.problems.append(f"{where}: date {known['date']!r} not understood; left to the text")
            known["date"] = ""
        header = [
            f"{label}: {value}"
            for label, value in (
                ("Title", known["title"]),
                ("Date", known["date"]),
                ("URL", url),
                ("Publisher", known["publisher"]),
            )
            if value
        ]
        self.into.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(header) + ("\n\n" if header else "") + text.strip() + "\n", encoding="utf-8")
        if html.strip():
            target.with_suffix(".html").write_text(html, encoding="utf-8")  # the page it came from
        self.report.imported += 1

    # --- sources -------------------------------------------------------------------------
    def json_lines(self, path: Path, progress=None) -> None:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if progress:
                    progress(len(raw))
                if not raw.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError as err:
                    self.report.skip(where, f"undecodable bytes (byte {err.start})")
                    continue
                except json.JSONDecodeError as err:
                    self.report.skip(where, f"broken JSON ({err.msg}, column {err.colno})")
                    continue
                if not isinstance(record, dict):
                    self.report.skip(where, "not a JSON object")
                    continue
                self.add(record, where)

    def csv_file(self, path: Path, progress=None) -> None:
        text = path.read_bytes().decode("utf-8-sig", errors="surrogateescape")
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        try:
            for row in reader:
                if progress:
                    progress(1)
                self.add({k: v for k, v in row.items() if k is not None}, f"{path}:{reader.line_num}")
        except csv.Error as err:
            self.report.skip(f"{path}:{reader.line_num}", f"broken CSV ({err})")

    def folder(self, root: Path, progress=None) -> None:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".html", ".htm")):
            if progress:
                progress(1)
            where = str(path)
            data = path.read_bytes()
            try:
                decoded = data.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                line = data.count(b"\n", 0, err.start) + 1
                self.report.skip(f"{where}:{line}", "undecodable bytes")
                continue
            if path.suffix.lower() == ".txt":
                target = self.into / path.relative_to(root)
                if target.exists() and target.read_bytes() == data:
                    self.report.already += 1
                elif not decoded.strip():
                    self.report.skip(where, "no text")
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(path, target)
                    self.report.imported += 1
            else:
                self.add({"html": decoded, "url": ""}, where)


def run(source: Path, into: Path, mapping: dict[str, list[str]] | None = None, progress=None) -> Report:
    importer = Importer(into, mapping)
    if source.is_dir():
        importer.folder(source, progress)
    elif source.suffix.lower() in (".csv", ".tsv"):
        importer.csv_file(source, progress)
    else:
        importer.json_lines(source, progress)
    return importer.report


NAME = "import"
HELP = "import scraper output (JSON Lines, CSV, .txt/.html folders) as raw articles"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", help="a .jsonl/.ndjson file, a .csv/.tsv file, or a folder of .txt and .html files")
    parser.add_argument("--into", default="content/articles", help="where the raw .txt files go (default: %(default)s)")
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="KEY=NAME",
        help="read KEY (url, title, date, text, html, publisher) from the record's NAME field",
    )
    parser.add_argument("--show", type=int, default=50, help="problems to list (default: %(default)s)")


def command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    source, into = Path(args.source), Path(args.into)
    if not source.exists():
        raise UsageError(f"{source} does not exist")
    mapping = {key: list(names) for key, names in FIELDS.items()}
    for item in args.field:
        key, _, name = item.partition("=")
        if key not in mapping or not name:
            raise UsageError(f"--field {item!r}: expected KEY=NAME with KEY in {sorted(mapping)}")
        mapping[key].insert(0, name)
    console = Console(stderr=True, highlight=False)
    total = source.stat().st_size if source.is_file() and source.suffix.lower() not in (".csv", ".tsv") else None
    columns = [
        TextColumn("importing"),
        BarColumn(),
        DownloadColumn() if total else TextColumn("{task.completed} records"),
    ]
    with Progress(
        *columns, TimeRemainingColumn(), console=console, transient=True, disable=not console.is_terminal
    ) as progress:
        task = progress.add_task("import", total=total)
        report = run(source, into, mapping, lambda n: progress.advance(task, n))
    for problem in report.problems[: args.show]:  # plain lines: "FILE:LINE: message", never wrapped
        print(printable(problem), file=sys.stderr)
    if len(report.problems) > args.show:
        print(f"... and {len(report.problems) - args.show} more", file=sys.stderr)
    skipped = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common()) or "none"
    print(
        f"{report.imported} imported into {into}, {report.already} already there, {report.duplicates} duplicates, "
        f"skipped: {skipped}"
    )
    return 0
