import logging
import re

from news_archive.settings import DECLARED, Config, validate
from news_archive.ui import strings

from .config import config, pelican_settings
from .conftest import ROOT


def test_wrong_values_are_reported_and_replaced_by_defaults(caplog):
    settings = {
        "NEWS_ARCHIVE_LANG": "fr",
        "NEWS_ARCHIVE_MAX_BYTES": "big",
        "NEWS_ARCHIVE_CACHE": True,
        "NEWS_ARCHIVE_CLEANING": {"subheading_cohesion": 0.7, "colour": "red"},
        "NEWS_ARCHIVE_NEAR_DUPLICATE": 1,
        "NEWS_ARCHIVE_RAW_URL": "raw.githubusercontent.com/u/r/main/content",
    }
    with caplog.at_level(logging.WARNING):
        built = config(**settings)
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert built.lang == "id" and "NEWS_ARCHIVE_LANG = 'fr'" in messages
    assert built.article.max_bytes == DECLARED["NEWS_ARCHIVE_MAX_BYTES"].default
    assert built.near_duplicate == 1 and built.cache is True
    assert "NEWS_ARCHIVE_CLEANING['colour'] is not a cleaning setting" in messages
    assert built.raw_url == "" and "NEWS_ARCHIVE_RAW_URL = 'raw.githubusercontent" in messages
    assert built.article.cleaning.subheading_cohesion == 0.7


def test_a_valid_value_is_kept_and_a_bool_is_no_int(caplog):
    settings = validate({"NEWS_ARCHIVE_HOME_ARTICLES": True, "NEWS_ARCHIVE_LANG": "en"})
    assert settings["NEWS_ARCHIVE_HOME_ARTICLES"] == DECLARED["NEWS_ARCHIVE_HOME_ARTICLES"].default
    assert settings["NEWS_ARCHIVE_LANG"] == "en"


def test_the_config_reads_pelicans_settings_and_the_unknown_publisher_has_one_label():
    built = config(CACHE_PATH="/tmp/c", SITEURL="https://u.github.io/r/", NEWS_ARCHIVE_LANG="en")
    assert built.cache_folder == "/tmp/c/news_archive" and built.siteurl == "https://u.github.io/r"
    assert built.article.unknown_publisher == strings("en")["publisher_unknown"]
    assert config(NEWS_ARCHIVE_UNKNOWN_PUBLISHER="Tak dikenal").article.unknown_publisher == "Tak dikenal"
    assert config(SITEURL="").siteurl == ""


def test_the_config_is_frozen_and_picklable():
    import dataclasses
    import pickle

    built = Config.from_settings(pelican_settings())
    assert pickle.loads(pickle.dumps(built.article)) == built.article
    try:
        built.lang = "en"
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Config must be frozen")


def test_no_module_reads_a_setting_with_a_default_of_its_own():
    # Settings are read from the Config; a second default (`.get("NAME", ...)`) is how they drifted apart.
    pattern = re.compile(r"""settings\.get\(\s*["'][A-Z_]+["']|\.get\(\s*["'](NEWS_ARCHIVE_|ACTORS_FILE)""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "plugins" / "news_archive").rglob("*.py")
        if path.name != "settings.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
