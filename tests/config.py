"""Settings as a build has them: Pelican's defaults, the plugin's declared defaults, overrides."""

from __future__ import annotations

from pelican.settings import read_settings

from news_archive.settings import ArticleConfig, Config


def pelican_settings(**overrides) -> dict:
    return read_settings(None, override=overrides)


def config(**overrides) -> Config:
    return Config.from_settings(pelican_settings(**overrides))


def article_config(**overrides) -> ArticleConfig:
    return config(**overrides).article
