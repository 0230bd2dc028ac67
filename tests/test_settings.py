import logging

from news_archive.settings import DECLARED, cleaning_settings, validate


def test_wrong_values_are_reported_and_replaced_by_defaults(caplog):
    settings = {"NEWS_ARCHIVE_LANG": "fr", "NEWS_ARCHIVE_MAX_BYTES": "big", "NEWS_ARCHIVE_CACHE": True,
                "NEWS_ARCHIVE_CLEANING": {"subheading_cohesion": 0.7, "colour": "red"}, "NEWS_ARCHIVE_NEAR_DUPLICATE": 1,
                "NEWS_ARCHIVE_RAW_URL": "raw.githubusercontent.com/u/r/main/content"}
    with caplog.at_level(logging.WARNING):
        validate(settings)
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert settings["NEWS_ARCHIVE_LANG"] == "id" and "NEWS_ARCHIVE_LANG = 'fr'" in messages
    assert settings["NEWS_ARCHIVE_MAX_BYTES"] == DECLARED["NEWS_ARCHIVE_MAX_BYTES"].default
    assert settings["NEWS_ARCHIVE_NEAR_DUPLICATE"] == 1 and settings["NEWS_ARCHIVE_CACHE"] is True
    assert "NEWS_ARCHIVE_CLEANING['colour'] is not a cleaning setting" in messages
    assert settings["NEWS_ARCHIVE_RAW_URL"] == "" and "NEWS_ARCHIVE_RAW_URL = 'raw.githubusercontent" in messages
    assert cleaning_settings(settings).subheading_cohesion == 0.7


def test_every_declared_setting_gets_its_default():
    settings = validate({})
    assert all(settings[name] == spec.default for name, spec in DECLARED.items())
