"""What the theme's templates get (generator_init): the interface strings in the site's
language, the site's root for pages served at any depth, and filters over articles."""

from __future__ import annotations

import datetime as dt
import re

from .. import ui
from ..archive.periods import by_month
from ..text.resources import load_fragment_rules, load_rules
from . import jsonld
from .build_state import state_of
from .raw_originals import raw_url

_MONTH_LINK = re.compile(r"__month__/(\d{4})/(\d{2})")


def install_helpers(generator) -> None:
    config = state_of(generator.settings).config
    lang = config.lang
    strings = ui.strings(lang)
    rules = (*load_rules(config.article.boilerplate_files), *load_fragment_rules(config.article.boilerplate_files))
    rule_words = {rule.id: rule.reason for rule in rules}  # a user's rule unknown to ui.yml: its own words
    generator.env.globals.update(
        ui=strings,
        # The site's root for pages served at any depth (404.html): the absolute SITEURL when
        # publishing, else root-relative links.
        SITE_ROOT=config.siteurl,
    )
    generator.env.filters.update(
        news_article_jsonld=lambda article: jsonld.script_json(jsonld.news_article(article, config)),
        archive_date=lambda article: ui.format_date(
            article.date.date() if getattr(article, "date_known", True) else None,
            lang,
            getattr(article, "date_precision", "day"),
        ),
        month_name=lambda number: strings["months"][int(number) - 1],
        by_month=lambda articles: by_month(articles, strings["months"], strings["undated"], config.month_url),
        plain_date=lambda day: ui.format_date(day, lang),
        number=lambda value: ui.format_number(value, lang),
        month_url=lambda year_month: config.month_url.format(date=dt.date(int(year_month[0]), int(year_month[1]), 1)),
        # the actor timeline's bars link their months (profiles.MONTH_LINK placeholders)
        timeline_links=lambda svg, site: _MONTH_LINK.sub(
            lambda m: f"{site}/{config.month_url.format(date=dt.date(int(m[1]), int(m[2]), 1))}", svg
        ),
        reason=lambda code: ui.reason_words(code, lang, rule_words),
        raw_url=lambda rel, site: raw_url(config, rel, site),
    )
