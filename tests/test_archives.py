"""The one-pass period archives give what Pelican's (quadratic) builder gives, without the
undated; taxonomy lists test membership by identity."""

import datetime as dt
from types import SimpleNamespace

import pytest
from pelican.generators import ArticlesGenerator

from news_archive import ui
from news_archive.archive.periods import ArticleList, period_archives, period_links

PERIODS = {
    "year": ("archive/{date:%Y}/", "archive/{date:%Y}/index.html"),
    "month": ("archive/{date:%Y}/{date:%m}/", "archive/{date:%Y}/{date:%m}/index.html"),
}


def article(day, known=True):
    return SimpleNamespace(date=dt.datetime(*day), date_known=known)


def test_same_archives_as_pelican_for_dated_articles():
    articles = [
        article((2017, 1, 24)),
        article((2016, 8, 9)),
        article((1000, 1, 1), known=False),
        article((2016, 8, 1)),
        article((2015, 11, 26)),
    ]
    dated = sorted((a for a in articles if a.date_known), key=lambda a: a.date, reverse=True)
    ours = period_archives(dated, articles, PERIODS)
    settings = {
        "YEAR_ARCHIVE_SAVE_AS": PERIODS["year"][1],
        "YEAR_ARCHIVE_URL": PERIODS["year"][0],
        "MONTH_ARCHIVE_SAVE_AS": PERIODS["month"][1],
        "MONTH_ARCHIVE_URL": PERIODS["month"][0],
        "DAY_ARCHIVE_SAVE_AS": "",
        "DAY_ARCHIVE_URL": "",
    }
    pelicans = ArticlesGenerator._build_period_archives(None, dated, [a for a in articles if a.date_known], settings)
    for granularity in ("year", "month"):
        assert [(p["save_as"], p["period_num"], p["period"], p["dates"], p["articles"]) for p in ours[granularity]] == [
            (p["save_as"], p["period_num"], p["period"], p["dates"], p["articles"]) for p in pelicans[granularity]
        ]
    assert all(a.date_known for g in ours.values() for p in g for a in p["articles"])


def test_article_list_membership_is_by_identity():
    a, b = article((2016, 1, 1)), article((2016, 1, 1))
    items = ArticleList([a])
    assert a in items and b not in items and list(items) == [a]


@pytest.mark.build
def test_listings_are_the_same_whatever_order_files_are_read_in(tmp_path):
    """Pelican reads files in set order (it changes with Python's hash seed); listings must not."""
    from .build import pelican, sample_content

    content = sample_content(tmp_path / "content")
    pages = {}
    for seed in ("1", "2", "3"):
        result = pelican(content, tmp_path / seed, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr[-2000:]
        pages[seed] = [
            (tmp_path / seed / page).read_text()
            for page in ("archive/index.html", "actor/syria/index.html", "index.html")
        ]
    assert pages["1"] == pages["2"] == pages["3"]


def test_each_year_and_month_page_knows_its_neighbours_and_count():
    articles = [article((2017, 1, 24)), article((2016, 8, 9)), article((2016, 8, 1)), article((2015, 11, 26))]
    links = period_links(period_archives(articles, articles, PERIODS))
    august = links["archive/2016/08/index.html"]
    assert august["count"] == 2
    assert august["older"]["url"] == "archive/2015/11/" and august["newer"]["url"] == "archive/2017/01/"
    assert links["archive/2015/11/index.html"]["older"] is None and links["archive/2017/01/index.html"]["newer"] is None
    assert links["archive/2016/index.html"]["newer"]["url"] == "archive/2017/"


def test_numbers_are_written_in_the_interface_language():
    assert (ui.format_number(1965, "id"), ui.format_number(1965, "en"), ui.format_number(7, "id")) == (
        "1.965",
        "1,965",
        "7",
    )


def test_no_author_index_without_bylines_leaves_the_run_settings_whole():
    from news_archive.adapters.archives import skip_empty_indexes

    settings = {"DIRECT_TEMPLATES": ["index", "authors", "archives"]}
    generator = SimpleNamespace(authors=[], settings=settings)
    skip_empty_indexes(generator)
    assert generator.settings["DIRECT_TEMPLATES"] == ["index", "archives"]
    assert settings["DIRECT_TEMPLATES"] == ["index", "authors", "archives"]  # the next build may have bylines
