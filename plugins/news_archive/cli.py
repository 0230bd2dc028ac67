"""`news-archive` command: import scraper output, check content, evaluate the cleaning, suggest
actors, report the site's size."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .actors.tagging import DEFAULT_ACTORS_FILE


class UsageError(Exception):
    """A problem with the call (a missing folder, a bad option): message, exit status 2."""


def _folder(path: str, hint: str = "") -> Path:
    folder = Path(path)
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder{hint}")
    return folder


def _evaluate(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from .evaluate import evaluate

    folder = _folder(args.gold_dir)
    scores, articles = evaluate(folder, Path(args.actors))
    if not articles:
        raise UsageError(f"no NNN.txt with NNN.json in {folder}")
    if args.json:
        print(json.dumps({"summary": scores, "articles": [{"name": a.name, "problems": a.problems} for a in articles]}, indent=1))
        return 0
    console = Console()
    if args.verbose:
        for article in articles:
            for problem in article.problems:
                console.print(f"{article.name}: {problem}", markup=False, highlight=False)
    table = Table(title=f"{scores['articles']} labelled articles in {folder}")
    table.add_column("measure")
    table.add_column("score", justify="right")
    for key, value in scores.items():
        if key != "articles":
            table.add_row(key.replace("_", " "), f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    return 0


def _suggest_actors(args: argparse.Namespace) -> int:
    from .actors.dictionary import dictionary_for
    from .actors.matcher import ActorMatcher
    from .actors.suggest import as_yaml, suggest
    from .text.pipeline import analyse

    folder = _folder(args.folder)
    matcher = ActorMatcher(dictionary_for(args.actors))
    articles = []
    for path in sorted(folder.rglob("*.txt")):
        analysis = analyse(path.read_bytes(), source=str(path))
        articles.append((str(path), [p.text[len(p.dateline or ""):] for p in analysis.paragraphs]))
    found = [s for s in suggest(articles, matcher) if s.count >= args.min_count][: args.limit]
    print(f"# {len(found)} names in {len(articles)} articles that no actor of {args.actors} covers.")
    print("# Review each stub (type, Indonesian and English names, aliases), then paste it under `actors:`.")
    print(as_yaml(found), end="")
    return 0


def _size_report(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from .publish import SITE_LIMIT, size_report

    output = _folder(args.output, " (build the site first)")
    report = size_report(output)
    console = Console(highlight=False)
    console.print(
        f"{output}: {report.files:,} files, {report.total:,} bytes ({report.total / SITE_LIMIT:.1%} of 1 GB), "
        f"{report.articles:,} articles, {report.per_article:,.0f} bytes per article"
    )
    table = Table(title="largest files")
    table.add_column("file")
    table.add_column("bytes", justify="right")
    for name, size in report.largest:
        table.add_row(name, f"{size:,}")
    console.print(table)
    table = Table(title="where the bytes go")
    for column in ("folder or file", "bytes", "share", "per article"):
        table.add_column(column, justify="left" if column == "folder or file" else "right")
    for name, size in report.sections:
        share = size / report.total if report.total else 0.0
        per_article = f"{size / report.articles:,.0f}" if report.articles else "?"
        table.add_row(name, f"{size:,}", f"{share:.1%}", per_article)
    console.print(table)
    for message in report.warnings:
        console.print(f"warning: {message}", style="yellow")
    for message in report.errors:
        console.print(f"error: {message}", style="red")
    return 1 if report.errors else 0


def _import(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from .importer import FIELDS, run

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
    columns = [TextColumn("importing"), BarColumn(), DownloadColumn() if total else TextColumn("{task.completed} records")]
    with Progress(*columns, TimeRemainingColumn(), console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("import", total=total)
        report = run(source, into, mapping, lambda n: progress.advance(task, n))
    for problem in report.problems[: args.show]:  # plain lines: "FILE:LINE: message", never wrapped
        print(problem, file=sys.stderr)
    if len(report.problems) > args.show:
        print(f"... and {len(report.problems) - args.show} more", file=sys.stderr)
    skipped = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common()) or "none"
    print(f"{report.imported} imported into {into}, {report.already} already there, {report.duplicates} duplicates, "
          f"skipped: {skipped}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from .check import as_dicts, check_folder

    folder = _folder(args.folder)
    findings = check_folder(folder, args.actors)
    errors = sum(1 for f in findings if f.level == "error")
    if args.json:
        print(json.dumps({"errors": errors, "warnings": len(findings) - errors, "findings": as_dicts(findings)}, indent=1))
    else:
        console = Console(highlight=False)
        if findings:
            table = Table(title=f"{folder}: {errors} errors, {len(findings) - errors} warnings")
            for column in ("file", "level", "line", "problem"):
                table.add_column(column)
            for f in findings:
                table.add_row(f.file, f"[red]{f.level}[/red]" if f.level == "error" else f.level, str(f.line or ""), f.message)
            console.print(table)
        else:
            print(f"{folder}: no problems found")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-archive", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ev = commands.add_parser("evaluate", help="score the text pipeline against a labelled folder")
    ev.add_argument("gold_dir", help="folder of NNN.txt files with NNN.json gold labels")
    ev.add_argument("--json", action="store_true", help="print machine-readable scores")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    ev.add_argument("--actors", default=str(DEFAULT_ACTORS_FILE), help="actor dictionary (default: %(default)s)")
    ev.set_defaults(run=_evaluate)
    sa = commands.add_parser("suggest-actors", help="list frequent names no actor covers, as YAML stubs")
    sa.add_argument("folder", nargs="?", default="content", help="folder of raw .txt files (default: %(default)s)")
    sa.add_argument("--actors", default=str(DEFAULT_ACTORS_FILE), help="actor dictionary (default: %(default)s)")
    sa.add_argument("--min-count", type=int, default=1, help="only names mentioned at least this often (default: %(default)s)")
    sa.add_argument("--limit", type=int, default=50, help="at most this many suggestions")
    sa.set_defaults(run=_suggest_actors)
    sr = commands.add_parser("size-report", help="site size against GitHub Pages' limits (fails past them)")
    sr.add_argument("output", nargs="?", default="output", help="built site (default: %(default)s)")
    sr.set_defaults(run=_size_report)
    im = commands.add_parser("import", help="import scraper output (JSON Lines, CSV, .txt/.html folders) as raw articles")
    im.add_argument("source", help="a .jsonl/.ndjson file, a .csv/.tsv file, or a folder of .txt and .html files")
    im.add_argument("--into", default="content/articles", help="where the raw .txt files go (default: %(default)s)")
    im.add_argument("--field", action="append", default=[], metavar="KEY=NAME",
                    help="read KEY (url, title, date, text, html, publisher) from the record's NAME field")
    im.add_argument("--show", type=int, default=50, help="problems to list (default: %(default)s)")
    im.set_defaults(run=_import)
    ck = commands.add_parser("check", help="validate raw articles without building (exit 1 on errors)")
    ck.add_argument("folder", nargs="?", default="content", help="folder of raw .txt files (default: %(default)s)")
    ck.add_argument("--actors", default=str(DEFAULT_ACTORS_FILE), help="actor dictionary (default: %(default)s)")
    ck.add_argument("--json", action="store_true", help="machine-readable findings")
    ck.set_defaults(run=_check)
    args = parser.parse_args(argv)
    from .actors.dictionary import DictionaryError

    try:
        return args.run(args)
    except (UsageError, DictionaryError) as err:
        print(f"news-archive {args.command}: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
