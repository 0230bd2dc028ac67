"""`news-archive suggest-actors`: frequent names in the cleaned articles that no actor of the
dictionary covers, as YAML stubs to review and paste into actors.yml."""

from __future__ import annotations

import argparse

from ..actors.suggest import as_yaml, suggest
from ..article.record import actor_matcher, analyse_file
from ..article.sources import raw_text_files
from .common import add_config_arguments, folder_argument, load_config

NAME = "suggest-actors"
HELP = "list frequent names no actor covers, as YAML stubs"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", nargs="?", default="content", help="folder of raw .txt files (default: %(default)s)")
    add_config_arguments(parser)
    parser.add_argument(
        "--min-count", type=int, default=1, help="only names mentioned at least this often (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, default=50, help="at most this many suggestions")


def command(args: argparse.Namespace) -> int:
    folder = folder_argument(args.folder)
    config = load_config(args).article
    articles = []
    for path in raw_text_files(folder):
        analysis = analyse_file(path.read_bytes(), path.relative_to(folder).as_posix(), config).analysis
        if analysis is not None:
            articles.append((str(path), [p.text[len(p.dateline or "") :] for p in analysis.paragraphs]))
    found = [s for s in suggest(articles, actor_matcher(config)) if s.count >= args.min_count][: args.limit]
    print(f"# {len(found)} names in {len(articles)} articles that no actor of {config.actors_file} covers.")
    print("# Review each stub (type, Indonesian and English names, aliases), then paste it under `actors:`.")
    print(as_yaml(found), end="")
    return 0
