"""Every setting of the plugin, declared once as data and validated in one loop.

A wrong value gets a warning naming the setting and falls back to its default, so a typo in
pelicanconf.py never stops a build half-way nor silently changes behaviour.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass

from .actors.tagging import DEFAULT_ACTORS_FILE
from .text.boilerplate import CleaningSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    default: object
    kind: type | tuple[type, ...]
    doc: str
    choices: tuple = ()
    pattern: str = ""  # a str value must match it whole


DECLARED: dict[str, Setting] = {
    "NEWS_ARCHIVE_LANG": Setting("id", str, "language of the site's interface", ("id", "en")),
    "NEWS_ARCHIVE_BOILERPLATE_FILES": Setting([], (list, tuple), "extra boilerplate rule files (YAML)"),
    "NEWS_ARCHIVE_CLEANING": Setting({}, dict, "overrides of the cleaning thresholds"),
    "NEWS_ARCHIVE_MAX_BYTES": Setting(5_000_000, int, "larger raw files are read up to this size"),
    "NEWS_ARCHIVE_RAW_DIR": Setting("raw", str, "output folder of the published raw originals"),
    "NEWS_ARCHIVE_RAW_URL": Setting("", str, "address where the content folder's raw files are already served "
                                    "(empty: they are published under NEWS_ARCHIVE_RAW_DIR)", pattern=r"(https?://\S+)?"),
    "NEWS_ARCHIVE_UNKNOWN_PUBLISHER": Setting("", str, "category of articles with no publisher found"),
    "ACTORS_FILE": Setting(str(DEFAULT_ACTORS_FILE), str, "the actor dictionary (YAML)"),
    "NEWS_ARCHIVE_PERIODS": Setting({}, dict, "period archives: granularity -> (url, save_as)"),
    "NEWS_ARCHIVE_CACHE": Setting(True, bool, "cache the reader's work by file hash under CACHE_PATH"),
    "NEWS_ARCHIVE_NEAR_DUPLICATE": Setting(0.6, (int, float), "share of word shingles two bodies must share to be copies"),
    "NEWS_ARCHIVE_HOME_ARTICLES": Setting(30, int, "newest articles shown on the home page (the archives list them all)"),
}


def validate(settings: dict) -> dict:
    """Check every declared setting in ``settings`` (in place) and return it."""
    for name, spec in DECLARED.items():
        value = settings.get(name, spec.default)
        problem = None
        if not isinstance(value, spec.kind) or isinstance(value, bool) and spec.kind is int:
            problem = f"expected {getattr(spec.kind, '__name__', spec.kind)}"
        elif spec.choices and value not in spec.choices:
            problem = f"expected one of {spec.choices}"
        elif spec.pattern and not re.fullmatch(spec.pattern, value):
            problem = f"expected a value matching {spec.pattern}"
        if problem:
            log.warning("%s = %r: %s (%s); using %r", name, value, problem, spec.doc, spec.default)
            value = spec.default
        settings[name] = value
    fields = {f.name for f in dataclasses.fields(CleaningSettings)}
    cleaning = dict(settings["NEWS_ARCHIVE_CLEANING"])
    for key in sorted(set(cleaning) - fields):
        log.warning("NEWS_ARCHIVE_CLEANING[%r] is not a cleaning setting (known: %s); ignored", key, sorted(fields))
        del cleaning[key]
    settings["NEWS_ARCHIVE_CLEANING"] = cleaning
    return settings


def absolute_siteurl(settings: dict) -> str:
    """SITEURL without its trailing slash when it is absolute (publishing), else ""."""
    base = (settings.get("SITEURL") or "").rstrip("/")
    return base if base.startswith(("http://", "https://")) else ""


def cleaning_settings(settings: dict) -> CleaningSettings:
    return CleaningSettings(**settings.get("NEWS_ARCHIVE_CLEANING", {}))
