"""`news-archive import`: scraper output to raw .txt articles, each with a header block of what
the dump knew (Title, Date, URL, Publisher, Author), with no hand conversion.

The dump's format, delimiter and columns are found from its content (dumps/); `--dry-run` says
what was found and writes nothing. Every write is atomic (a temporary file, then a rename), so an
interrupted import leaves no half file and resumes cleanly. The importer keeps a list of the files
it wrote (IMPORTED in the target folder): importing again, with another mapping, updates them; a
file edited since is left alone and reported, and so is a file it did not write. Records are
deduplicated by URL when each record has its own, else by text. A bad record is reported with its
file and line; every other record is imported. The exit status is 1 when a record could not be
read or nothing could be imported.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..article.slug import DEFAULT_SUBSTITUTIONS, slugify
from ..dumps.dates import parse_dump_date, parse_scrape_time, slash_order
from ..dumps.fields import ROLES, Mapping, choose
from ..dumps.formats import Dump, Record, decode_bytes, read_dump
from ..dumps.values import cell_text, one_line
from ..files import atomic_write
from ..settings import DECLARED
from ..text.attribution import known_outlet
from ..text.header import KNOWN_KEYS
from ..text.pipeline import analyse
from ..text.time_limit import TimeLimitError, time_limit
from ..text.title import split_site_suffix
from .common import UsageError, printable

NAME = "import"
HELP = "import scraper output (JSON, JSON Lines, CSV/TSV, .xlsx, folders of .txt/.html) as raw articles"
IMPORTED = ".news-archive-imported.json"  # in the target folder: what this command wrote there
NAME_WORDS = 50  # characters of the title in a file name
SHARED_URL = 3  # a URL in this many records is a listing page, not an article's address
SAVE_EVERY = 500  # records between two saves of the list of written files
ANALYSIS_SECONDS = DECLARED["NEWS_ARCHIVE_FILE_SECONDS"].default  # the build's limit on one text's analysis
_HEADER_LIKE = re.compile(rf"^({'|'.join(KNOWN_KEYS)})\s*:", re.IGNORECASE)


@dataclass
class Report:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0  # written by an earlier import, the same now
    duplicates: int = 0  # same URL or same text as another record
    skipped: Counter = field(default_factory=Counter)  # reason -> records
    errors: list[str] = field(default_factory=list)  # "FILE:LINE: message": records that could not be read
    notes: list[str] = field(default_factory=list)  # "FILE:LINE: message": what was done about a record

    def skip(self, where: str, reason: str, detail: str = "") -> None:
        self.skipped[reason] += 1
        self.notes.append(f"{where}: {detail or reason}")

    @property
    def usable(self) -> int:
        return self.imported + self.updated + self.unchanged


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


class Target:
    """The target folder and the list of what the importer wrote there."""

    def __init__(self, into: Path, report: Report):
        self.into, self.report = into, report
        self.list_path = into / IMPORTED
        try:
            known = json.loads(self.list_path.read_text(encoding="utf-8"))
            self.files: dict[str, dict] = known["files"]
        except (OSError, ValueError, KeyError, TypeError):
            self.files = {}
        self.by_identity = {entry.get("identity"): name for name, entry in self.files.items()}
        self.changes = 0

    def name_for(self, identity: str, title: str) -> str:
        known = self.by_identity.get(identity)
        if known:
            return known
        words = slugify(title, DEFAULT_SUBSTITUTIONS)[:NAME_WORDS].strip("-") or "article"
        return f"{words}-{_sha1(identity.encode())[:10]}.txt"

    def write(self, name: str, data: bytes, identity: str, where: str) -> None:
        path = self.into / name
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            current = None
        ours = self.files.get(name, {}).get("sha1")
        if current is not None and current == data:
            self.report.unchanged += 1
        elif current is not None and current and _sha1(current) != ours:
            why = "edited since it was imported" if ours else "not written by the importer"
            self.report.skip(where, f"file {why}: left alone", f"{name} is {why}: left alone")
            return
        else:
            atomic_write(path, data)
            if current:
                self.report.updated += 1
            else:
                self.report.imported += 1
        self.files[name] = {"sha1": _sha1(data), "identity": identity}
        self.by_identity[identity] = name
        self.changes += 1
        if self.changes % SAVE_EVERY == 0:
            self.save()

    def save(self) -> None:
        if self.files:
            atomic_write(self.list_path, json.dumps({"files": self.files}, indent=0, sort_keys=True).encode())


def html_page_to_text(page: str) -> tuple[str, dict]:
    """Main text of a saved page (trafilatura), and what it found of title, date and site."""
    import trafilatura

    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if document is None:
        return "", {}
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    found = {"title": data.get("title") or "", "date": data.get("date") or "", "publisher": data.get("sitename") or ""}
    return data.get("text") or "", found


def article_file(values: dict[str, str], text: str) -> bytes:
    """The raw article: the header block of what is known, a blank line, the text. A text whose
    first line looks like a header line is kept from being read as one."""
    labels = (("Title", "title"), ("Date", "date"), ("URL", "url"), ("Publisher", "publisher"), ("Author", "author"))
    header = [f"{label}: {values[key]}" for label, key in labels if values.get(key)]
    text = text.strip("\n").rstrip()
    if header:
        return ("\n".join(header) + "\n\n" + text + "\n").encode()
    return (("\n" if _HEADER_LIKE.match(text) else "") + text + "\n").encode()


def outlet_in_name(path: Path) -> str | None:
    """The listed outlet a dump's file name names ("detik.csv", "Data Tirto.ID.csv",
    "liputan6news.csv"), else its folder's ("kompas/2021.csv"), if it names exactly one."""
    for name in (path.stem, path.parent.name):
        parts = [name, *re.split(r"[\s_\-]+", name)]
        found = {outlet.name for outlet in map(known_outlet, filter(None, parts)) if outlet is not None}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


class Importer:
    def __init__(self, into: Path, given: dict[str, str], publisher: str = ""):
        self.report = Report()
        self.target = Target(into, self.report)
        self.given, self.publisher = given, publisher
        self.seen: dict[str, str] = {}  # URL or text hash -> where first seen
        self.named = None  # the outlet the current dump's file name names
        self.from_name = 0  # records given that outlet as their publisher

    def dump(self, dump: Dump, progress=None) -> Mapping:
        self.report.errors += dump.problems
        self.report.notes += dump.notes
        mapping = choose(dump.columns, dump.records, self.given)
        urls = Counter(one_line(r.fields.get(mapping.get("url"))) for r in dump.records if mapping.get("url"))
        date_column = mapping.get("date")
        month_first = slash_order(r.fields.get(date_column) for r in dump.records) if date_column else None
        self.named, self.from_name = outlet_in_name(dump.path), 0
        for record in dump.records:
            self.record(dump, record, mapping, urls, month_first)
            if progress:
                progress(1)
        if self.from_name:
            self.report.notes.append(
                f"{dump.path.name}: publisher {self.named!r}, named by the file's name, for {self.from_name} "
                "record(s) with no publisher, URL or outlet in their text (--publisher to set another)"
            )
        return mapping

    def name_publisher(self, values: dict[str, str], text: str) -> None:
        """A record that names no publisher anywhere (no column, no URL, no dateline or brand in its
        text) gets the outlet its dump's file name names, if any."""
        if not self.named or values.get("publisher") or values.get("url"):
            return
        try:  # the build's limit on one file's analysis: a hostile record cannot hang the import
            with time_limit(ANALYSIS_SECONDS):
                found = analyse(article_file(values, text)).attribution.publisher
        except TimeLimitError:
            return  # left to the build, which publishes such a text as it is
        if found is None:
            values["publisher"] = self.named
            self.from_name += 1

    def values(self, record: Record, mapping: Mapping, month_first, urls: Counter) -> tuple[dict, str, str, str]:
        """(header values, text, HTML, identity URL) of a record. A URL that many records share is
        a listing page's address: neither this article's address nor its identity."""
        get = lambda role: record.fields.get(mapping.get(role)) if mapping.get(role) else None
        values = {role: one_line(get(role)) for role in ("url", "title", "publisher", "author")}
        values["title"] = split_site_suffix(values["title"])[0]  # a page <title>'s " - Site" goes
        text = cell_text(get("text"))
        if not text.strip() and get("teaser") is not None and mapping.get("text") is None:
            text = cell_text(get("teaser"))
        page = str(get("html") or "")
        raw_date = get("date")
        scraped = parse_scrape_time(get("scraped")) if get("scraped") else None
        found = parse_dump_date(raw_date, month_first, scraped)
        values["date"] = found.date.isoformat() if found.date else ""
        if raw_date not in (None, "") and one_line(raw_date) and not found.date:
            why = "a relative date and no scrape time" if found.relative else "not understood"
            self.report.notes.append(f"{record.where}: date {one_line(raw_date)!r} {why}; left to the text")
        if self.publisher:
            values["publisher"] = self.publisher
        url = values["url"]
        if url and urls[url] >= SHARED_URL:
            url = ""
        values["url"] = url if url.startswith(("http://", "https://")) else ""  # a path alone is no address
        return values, text, page, url

    def record(self, dump: Dump, record: Record, mapping: Mapping, urls: Counter, month_first) -> None:
        values, text, page, url = self.values(record, mapping, month_first, urls)
        if not text.strip() and page.strip():
            text, found = html_page_to_text(page)
            values = {k: values.get(k) or one_line(found.get(k, "")) for k in set(values) | set(found)}
        if not text.strip():
            self.report.skip(record.where, "no text")
            return
        self.name_publisher(values, text)
        text_key = _sha1(re.sub(r"\s+", " ", text).strip().encode())
        for key in filter(None, (url, text_key)):
            if key in self.seen:
                self.report.duplicates += 1
                self.report.notes.append(f"{record.where}: duplicate of {self.seen[key]}")
                return
        identity = url or f"{dump.path.name}#{record.number}"
        name = self.target.name_for(identity, values.get("title") or text[:60])
        for key in filter(None, (url, text_key)):
            self.seen[key] = name
        self.target.write(name, article_file(values, text), identity, record.where)
        if page.strip():
            atomic_write(self.target.into / Path(name).with_suffix(".html"), page.encode())

    def folder(self, root: Path, progress=None) -> None:
        """Folders of .txt (copied as they are) and .html pages (their main text)."""
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".html", ".htm")):
            if progress:
                progress(1)
            data = path.read_bytes()
            text, encoding = decode_bytes(data)
            if encoding == "cp1252":
                self.report.notes.append(f"{path}: not UTF-8: read as Windows-1252 (Latin-1)")
            if path.suffix.lower() == ".txt":
                rel = path.relative_to(root).as_posix()
                if not text.strip():
                    self.report.skip(str(path), "no text")
                    continue
                self.target.write(rel, text.encode() if encoding == "cp1252" else data, f"file:{rel}", str(path))
            else:
                dump = Dump(path, "html", columns=["html"])
                dump.records.append(Record(str(path), 1, {"html": text}))
                self.dump(dump)


def run(source: Path, into: Path, given: dict[str, str] | None = None, progress=None, *, publisher: str = "",
        delimiter: str | None = None) -> Report:  # fmt: skip
    importer = Importer(into, given or {}, publisher)
    try:
        if source.is_dir():
            importer.folder(source, progress)
        else:
            importer.dump(read_dump(source, delimiter), progress)
    finally:
        importer.target.save()
    return importer.report


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", help="a dump (JSON, JSON Lines, CSV/TSV, .xlsx, text items) or a folder of .txt/.html"
    )
    parser.add_argument("--into", default="content/articles", help="where the raw .txt files go (default: %(default)s)")
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="ROLE=NAME",
        help=f"read ROLE ({', '.join(ROLES)}) from the column NAME (names are found without it)",
    )
    parser.add_argument("--publisher", default="", help="the publisher of every record of this dump")
    parser.add_argument("--delimiter", help="the CSV delimiter (found from the file without it)")
    parser.add_argument("--dry-run", action="store_true", help="say what would be imported and how; write nothing")
    parser.add_argument("--show", type=int, default=50, help="problems to list (default: %(default)s)")


def _given(items: list[str]) -> dict[str, str]:
    given = {}
    for item in items:
        role, _, name = item.partition("=")
        if role not in ROLES or not name:
            raise UsageError(f"--field {item!r}: expected ROLE=NAME with ROLE in {list(ROLES)}")
        given[role] = name
    return given


def _dry_run(source: Path, args: argparse.Namespace, given: dict[str, str]) -> int:
    if source.is_dir():
        files = [p for p in source.rglob("*") if p.suffix.lower() in (".txt", ".html", ".htm")]
        print(printable(f"{source}: a folder of {len(files)} .txt/.html files"))
        return 0
    dump = read_dump(source, args.delimiter)
    mapping = choose(dump.columns, dump.records, given)
    delimiter = {"\t": "tab", None: "-"}.get(dump.delimiter, dump.delimiter)
    print(printable(f"{source}: {dump.format}, {dump.encoding}, delimiter {delimiter}, {len(dump.records)} records"))
    for role in ROLES:
        if mapping.get(role):
            print(printable(f"  {role:<9} <- {mapping.get(role)!r} ({mapping.how[role]})"))
    for problem in dump.problems[: args.show]:
        print(printable(problem), file=sys.stderr)
    importer = Importer(Path(os.devnull), given, args.publisher)
    urls = Counter(one_line(r.fields.get(mapping.get("url"))) for r in dump.records if mapping.get("url"))
    date_column = mapping.get("date")
    month_first = slash_order(r.fields.get(date_column) for r in dump.records) if date_column else None
    for record in dump.records[:1]:
        values, text, _, _ = importer.values(record, mapping, month_first, urls)
        print("first record, as it would be written:")
        print(printable(article_file(values, text).decode()[:1500]))
    return 0 if dump.records else 1


def command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table
    from rich.text import Text

    source, into = Path(args.source), Path(args.into)
    if not source.exists():
        raise UsageError(f"{source} does not exist")
    given = _given(args.field)
    if args.dry_run:
        return _dry_run(source, args, given)
    console = Console(stderr=True, highlight=False)
    columns = [TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("import", total=None)
        report = run(source, into, given, lambda n: progress.advance(task, n), publisher=args.publisher,
                     delimiter=args.delimiter)  # fmt: skip
    problems = report.errors + report.notes
    for problem in problems[: args.show]:  # plain lines: "FILE:LINE: message", never wrapped
        print(printable(problem), file=sys.stderr)
    if len(problems) > args.show:
        print(f"... and {len(problems) - args.show} more", file=sys.stderr)
    table = Table(title=Text(printable(f"{source} -> {into}")))
    table.add_column("records")
    table.add_column("count", justify="right")
    rows = [("imported", report.imported), ("updated", report.updated), ("already there", report.unchanged),
            ("duplicates", report.duplicates)]  # fmt: skip
    rows += [(f"skipped: {reason}", n) for reason, n in report.skipped.most_common()]
    rows += [("could not be read", len(report.errors))]
    for label, count in rows:
        table.add_row(Text(printable(label)), str(count))
    Console(highlight=False).print(table)
    skipped = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common()) or "none"
    print(
        f"{report.imported} imported into {into}, {report.updated} updated, {report.unchanged} already there, "
        f"{report.duplicates} duplicates, skipped: {printable(skipped)}, {len(report.errors)} could not be read"
    )
    return 1 if report.errors or not report.usable else 0
