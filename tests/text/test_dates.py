import datetime as dt

import pytest

from news_archive.text.dates import is_date_stamp, mentions, publication_date
from news_archive.text.pipeline import analyse


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selasa (24/1/2017)", "2017-01-24"),
        ("Kamis, 26 November 2015", "2015-11-26"),
        ("Senin, 5 Oktober 2015 14:30 WIB", "2015-10-05"),
        ("05/10/2015", "2015-10-05"),
        ("Selasa 06 Oct 2015 16:06 WIB", "2015-10-06"),
        ("KAMIS, 19 JANUARI 2017 | 03:17 WIB", "2017-01-19"),
        ("21-08-2018 | 17:28 WIB", "2018-08-21"),
        ("Jan 24, 2017 18:38 Asia/Jakarta", "2017-01-24"),
        ("Friday, October 27, 2017", "2017-10-27"),
        ("2025-07-30T06:25:16+00:00", "2025-07-30"),
        ("Ahad (3/1/2016)", "2016-01-03"),
        ("Rabu, 11 Nopember 2015", "2015-11-11"),
        ("Moskow, 12 Safar 1437/24 November 2015 (MINA)", "2015-11-24"),
        ("(21/1/18)", "2018-01-21"),
    ],
)
def test_date_forms(text, expected):
    assert mentions(text)[0].date.isoformat() == expected


@pytest.mark.parametrize(
    "text", ["Selasa (24/11)", "Rabu 7/1)", "pada 15 Juli", "bulan Juni tahun lalu", "31/02/2016", "4,88 persen"]
)
def test_incomplete_or_impossible_dates_are_not_dates(text):
    assert not mentions(text)


def test_weekday_is_checked_against_the_calendar():
    assert mentions("Selasa (24/1/2017)")[0].weekday_ok is True
    assert mentions("Rabu (24/1/2017)")[0].weekday_ok is False
    assert mentions("24/1/2017")[0].weekday_ok is None


def test_stamp_lines():
    assert is_date_stamp("Selasa, 24 November 2015, 21:40 WIB")
    assert is_date_stamp("09/08/2016 21:40")
    assert is_date_stamp("Kompas.com - 06/09/2016, 09:59 WIB")
    assert not is_date_stamp("Pada 24 November 2015 pasukan Turki menembak jatuh jet Rusia")


def test_stamp_beats_body_and_citation_beats_event_dates():
    body = [(5, "Rusia menyerang pada Rabu (30/9/2015), kata pejabat."), (7, "Insiden pada 24 November 2015 itu.")]
    assert publication_date([(2, "Kamis, 1 Oktober 2015 | 06:25 WIB")], body).date == dt.date(2015, 10, 1)
    cited = [
        (3, "Serangan terjadi Jumat malam, 13 November 2015."),
        (5, "Dilansir AFP, Sabtu, 14 November 2015, serangan itu"),
    ]
    assert publication_date([], cited).date == dt.date(2015, 11, 14)


def test_no_year_means_no_date_and_event_dates_are_not_promoted():
    body = [(3, "Turki menembak jatuh jet itu Selasa (24/11)."), (5, "Insiden pada 24 November 2015 menewaskan pilot.")]
    found = publication_date([], body)
    assert found.date is None and found.precision == "unknown"


def test_wrong_weekday_body_date_is_not_used():
    assert publication_date([], [(3, "Pertemuan digelar Rabu (24/1/2017) di Astana.")]).date is None


def test_a_date_in_the_url_path_is_evidence_and_a_disagreement_is_reported():
    body = "\n\nJAKARTA - Pemerintah mengumumkan kebijakan baru pada rapat terbatas di Istana Negara kemarin.\n"
    url_only = analyse("Title: T\nURL: https://news.example.com/read/2015/12/23/0915/berita" + body)
    assert (url_only.date.date.isoformat(), url_only.date.evidence) == ("2015-12-23", "url-date")
    compact = analyse("Title: T\nURL: https://www.example.com/ekonomi/20230105120000-92-1/berita" + body)
    assert compact.date.date.isoformat() == "2023-01-05"
    both = analyse("Title: T\nDate: 2015-12-24\nURL: https://news.example.com/read/2015/12/23/berita" + body)
    assert both.date.date.isoformat() == "2015-12-24"
    [problem] = [p for p in both.problems if "disagree" in p.message]
    assert "url-date 2015-12-23" in problem.message and "header-date 2015-12-24 is used" in problem.message
    assert problem.line == 2  # the Date header's line


def test_a_relative_time_never_becomes_a_date():
    analysis = analyse(
        "Title: T\n\n2 jam lalu\n\nJAKARTA - Pemerintah mengumumkan kebijakan baru pada rapat terbatas.\n"
    )
    assert analysis.date.date is None
