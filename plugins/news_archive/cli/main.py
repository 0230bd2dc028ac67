"""`news-archive` command: import scraper output, check content, evaluate the cleaning, suggest
actors, report the site's size, preview the site. Each command is a module with NAME, HELP, arguments(parser)
and command(args) -> exit status."""

from __future__ import annotations

import argparse
import sys

from ..actors.dictionary import DictionaryError
from ..text.resources import DataError
from . import check, evaluate, importer, serve, size_report, suggest_actors
from .common import UsageError

COMMANDS = (evaluate, suggest_actors, size_report, importer, check, serve)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="news-archive", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        sub = commands.add_parser(module.NAME, help=module.HELP)
        module.arguments(sub)
        sub.set_defaults(run=module.command)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (UsageError, DictionaryError, DataError) as err:
        print(f"news-archive {args.command}: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
