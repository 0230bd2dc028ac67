"""What several commands share: usage errors, folder arguments, and the build's Config read
from a Pelican settings file (the same Config a build makes, so what `check` and `evaluate`
judge is what `pelican` publishes)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ..settings import Config
from ..ui import printable  # noqa: F401 - the commands print with it


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
