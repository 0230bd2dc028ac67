"""`news-archive` command: evaluate (more subcommands arrive with their issues)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _evaluate(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from .evaluate import evaluate

    folder = Path(args.gold_dir)
    if not folder.is_dir():
        print(f"news-archive evaluate: {folder} is not a folder", file=sys.stderr)
        return 2
    scores, articles = evaluate(folder)
    if not articles:
        print(f"news-archive evaluate: no NNN.txt with NNN.json in {folder}", file=sys.stderr)
        return 2
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-archive", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ev = commands.add_parser("evaluate", help="score the text pipeline against a labelled folder")
    ev.add_argument("gold_dir", help="folder of NNN.txt files with NNN.json gold labels")
    ev.add_argument("--json", action="store_true", help="print machine-readable scores")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    ev.set_defaults(run=_evaluate)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
