"""Every setting of the plugin, declared once as data, validated in one loop, and read as the
attributes of one frozen :class:`Config` built per build (the mkdocs plugin-config model).

A wrong value gets a warning naming the setting and falls back to its default, so a typo in
pelicanconf.py never stops a build half-way nor silently changes behaviour. A default is
written once, in :data:`DECLARED`; nothing else reads a setting with a default of its own.

Pelican's own settings that the plugin reads (paths, URL patterns) are not declared here:
Pelican fills every one of them before a plugin sees the settings, and ``news-archive check``
and ``evaluate`` read a settings file through Pelican's ``read_settings`` for the same reason.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass

from .actors.tagging import DEFAULT_ACTORS_FILE
from .text.thresholds import CleaningSettings
from .ui import strings

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
    "NEWS_ARCHIVE_FILE_SECONDS": Setting(
        20, (int, float), "longest analysis of one file; past it the file is published as it is, with a warning"
    ),
    "NEWS_ARCHIVE_RAW_DIR": Setting("raw", str, "output folder of the published raw originals"),
    "NEWS_ARCHIVE_RAW_URL": Setting(
        "",
        str,
        "address where the content folder's raw files are already served "
        "(empty: they are published under NEWS_ARCHIVE_RAW_DIR)",
        pattern=r"(https?://\S+)?",
    ),
    "NEWS_ARCHIVE_UNKNOWN_PUBLISHER": Setting(
        "", str, "category of articles with no publisher found (empty: the interface's words for it)"
    ),
    "ACTORS_FILE": Setting(str(DEFAULT_ACTORS_FILE), str, "the actor dictionary (YAML)"),
    "NEWS_ARCHIVE_PERIODS": Setting({}, dict, "period archives: granularity -> (url, save_as)"),
    "NEWS_ARCHIVE_UNDATED": Setting(
        ("archive/undated/", "archive/undated/index.html"), (tuple, list), "the undated articles' page: (url, save_as)"
    ),
    "NEWS_ARCHIVE_CACHE": Setting(True, bool, "cache the reader's work by file hash under CACHE_PATH"),
    "NEWS_ARCHIVE_NEAR_DUPLICATE": Setting(
        0.6, (int, float), "share of word shingles two bodies must share to be copies"
    ),
    "NEWS_ARCHIVE_FURNITURE_MIN": Setting(
        5, int, "a paragraph in this many stories of one source is page furniture and removed (0: off)"
    ),
    "NEWS_ARCHIVE_HOME_ARTICLES": Setting(
        30, int, "newest articles shown on the home page (the archives list them all)"
    ),
}


def validate(settings: dict) -> dict:
    """Check every declared setting in ``settings`` (in place) and return it."""
    for name, spec in DECLARED.items():
        value = settings.get(name, spec.default)
        problem = None
        if not isinstance(value, spec.kind) or (isinstance(value, bool) and spec.kind is int):
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


def absolute_siteurl(siteurl: str | None) -> str:
    """SITEURL without its trailing slash when it is absolute (publishing), else ""."""
    base = (siteurl or "").rstrip("/")
    return base if base.startswith(("http://", "https://")) else ""


@dataclass(frozen=True)
class ArticleConfig:
    """What the work on one raw file depends on, and nothing else: it travels to worker
    processes, and its repr is part of the cache version (a change invalidates every entry)."""

    lang: str
    max_bytes: int
    file_seconds: float
    cleaning: CleaningSettings
    boilerplate_files: tuple[str, ...]
    actors_file: str
    unknown_publisher: str
    slug_substitutions: tuple[tuple[str, str], ...]
    article_url: str
    article_save_as: str
    tag_url: str


@dataclass(frozen=True)
class Config:
    """The settings of one build, validated, as attributes."""

    article: ArticleConfig
    lang: str
    raw_dir: str
    raw_url: str
    periods: dict
    undated: tuple[str, str]  # (url, save_as) of the undated articles' page
    cache: bool
    cache_folder: str  # the plugin's own folder under CACHE_PATH
    near_duplicate: float
    furniture_min: int
    home_articles: int
    content_path: str
    article_paths: tuple[str, ...]
    output_path: str
    siteurl: str  # absolute SITEURL when publishing, else ""
    feed_domain: str
    default_lang: str

    @property
    def month_url(self) -> str:
        return self.periods.get("month", ("",))[0]

    @classmethod
    def from_settings(cls, settings: dict) -> Config:
        """The Config of Pelican ``settings`` (complete, as Pelican makes them); the declared
        settings are validated in place first."""
        validate(settings)
        lang = settings["NEWS_ARCHIVE_LANG"]
        article = ArticleConfig(
            lang=lang,
            max_bytes=settings["NEWS_ARCHIVE_MAX_BYTES"],
            file_seconds=float(settings["NEWS_ARCHIVE_FILE_SECONDS"]),
            cleaning=CleaningSettings(**settings["NEWS_ARCHIVE_CLEANING"]),
            boilerplate_files=tuple(str(p) for p in settings["NEWS_ARCHIVE_BOILERPLATE_FILES"]),
            actors_file=str(settings["ACTORS_FILE"]),
            unknown_publisher=settings["NEWS_ARCHIVE_UNKNOWN_PUBLISHER"] or strings(lang)["publisher_unknown"],
            slug_substitutions=tuple(tuple(pair) for pair in settings["SLUG_REGEX_SUBSTITUTIONS"]),
            article_url=settings["ARTICLE_URL"],
            article_save_as=settings["ARTICLE_SAVE_AS"],
            tag_url=settings["TAG_URL"],
        )
        return cls(
            article=article,
            lang=lang,
            raw_dir=settings["NEWS_ARCHIVE_RAW_DIR"],
            raw_url=settings["NEWS_ARCHIVE_RAW_URL"],
            periods=dict(settings["NEWS_ARCHIVE_PERIODS"]),
            undated=tuple(settings["NEWS_ARCHIVE_UNDATED"]),
            cache=settings["NEWS_ARCHIVE_CACHE"],
            cache_folder=f"{settings['CACHE_PATH']}/news_archive",
            near_duplicate=float(settings["NEWS_ARCHIVE_NEAR_DUPLICATE"]),
            furniture_min=settings["NEWS_ARCHIVE_FURNITURE_MIN"],
            home_articles=settings["NEWS_ARCHIVE_HOME_ARTICLES"],
            content_path=settings["PATH"],
            article_paths=tuple(settings["ARTICLE_PATHS"]),
            output_path=settings["OUTPUT_PATH"],
            siteurl=absolute_siteurl(settings["SITEURL"]),
            feed_domain=(settings["FEED_DOMAIN"] or "").rstrip("/"),
            default_lang=settings["DEFAULT_LANG"],
        )
