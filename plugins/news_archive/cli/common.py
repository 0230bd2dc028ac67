"""What several commands share: usage errors, folder arguments, and the build's Config read
from a Pelican settings file (the same Config a build makes, so what `check` and `evaluate`
judge is what `pelican` publishes)."""

from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path

from ..settings import Config

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Scraped text or a file name for a terminal: control characters (escape sequences, bidi
    overrides, line separators) shown as escapes, never acted on. Print it as rich ``Text``."""
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode(), str(text))


class UsageError(Exception):
    """A problem with the call (a missing folder, a bad option): message, exit status 2."""


def folder_argument(path: str, hint: str = "") -> Path:
    folder = Path(path)
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder{hint}")
    return folder


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-s",
        "--settings",
        metavar="FILE",
        help="Pelican settings file whose rules, thresholds and dictionary apply (default: the plugin's defaults)",
    )
    parser.add_argument(
        "--actors", help="actor dictionary (default: ACTORS_FILE of the settings, else the bundled one)"
    )


def load_config(args: argparse.Namespace) -> Config:
    """The Config of ``--settings`` (Pelican's defaults without it), ``--actors`` overriding."""
    from pelican.settings import read_settings

    if args.settings and not Path(args.settings).is_file():
        raise UsageError(f"{args.settings} is not a file")
    override = {"ACTORS_FILE": str(args.actors)} if args.actors else None
    quiet = logging.getLogger("pelican.settings")
    level, quiet.level = quiet.level, logging.ERROR  # its notes on PATH are for builds
    try:
        settings = read_settings(args.settings, override=override)
    finally:
        quiet.level = level
    return Config.from_settings(settings)
