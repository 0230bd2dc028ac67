"""Odd but honest input is read, and what is ignored is said (issue 20)."""

import dataclasses
import datetime as dt

import pytest

from news_archive.actors.dictionary import dictionary_for
from news_archive.actors.matcher import ActorMatcher
from news_archive.actors.tagging import DEFAULT_ACTORS_FILE, tag
from news_archive.article.record import build_record, cut
from news_archive.text.decode import decode, looks_binary
from news_archive.text.pipeline import analyse

from ..build import article_pages, pelican
from ..config import article_config

BODY = "JAKARTA - Presiden Erdog\u0306an bertemu Putin di Moskow untuk membahas serangan di Suriah utara.\n"


def test_utf16_with_its_bom_is_text():
    data = ("Judul Berita Hari Ini\n\n" + BODY).encode("utf-16")
    assert not looks_binary(data)
    analysis = analyse(data)
    assert analysis.encoding == "utf-16" and analysis.title == "Judul Berita Hari Ini" and not analysis.problems
    assert analysis.body_text == analyse(("Judul Berita Hari Ini\n\n" + BODY).encode()).body_text


def test_decomposed_unicode_is_normalised_and_tagged():
    assert decode("Erdog\u0306an".encode()).text == "Erdoğan"
    actors, _ = tag(
        analyse(("Judul Berita\n\n" + BODY).encode()), ActorMatcher(dictionary_for(str(DEFAULT_ACTORS_FILE)))
    )
    assert "recep-tayyip-erdogan" in dict(actors)


@pytest.mark.parametrize("value", ["3000-01-01", "0001-01-01", "1799-12-31"])
def test_header_dates_out_of_range_are_refused(value):
    analysis = analyse(f"Date: {value}\n\nJudul\n\n{BODY}".encode())
    assert analysis.date.date is None or analysis.date.date.year != int(value[:4])
    assert any("out of range" in p.message and p.error for p in analysis.problems)


def test_a_real_1970_date_is_a_date():
    analysis = analyse(f"Date: 1970-01-01\n\nJudul\n\n{BODY}".encode())
    assert analysis.date.date == dt.date(1970, 1, 1) and not analysis.problems


def test_repeated_header_keys_and_unknown_languages_are_reported():
    analysis = analyse(f"Title: Pertama\nTitle: Kedua\nLang: bahasa kita!\n\n{BODY}".encode())
    assert analysis.title == "Pertama" and analysis.lang in ("id", "en")
    messages = " ".join(p.message for p in analysis.problems)
    assert "header Title given again" in messages and "header Lang" in messages


def test_an_oversized_file_is_cut_between_characters_or_lines_and_says_so():
    one_line = ("Judul\n\n" + "JAKARTA - " + "kata " * 100 + "Erdoğan " * 100 + ".\n").encode()
    for limit in range(300, 900, 7):
        part = cut(one_line, limit)
        part.decode("utf-8")  # never inside a character
        assert len(part) <= limit and len(part) > limit // 3
    config = dataclasses.replace(article_config(), max_bytes=500)
    record = build_record(one_line, "big.txt", config)
    assert record.skip is None and "Ã" not in record.content and record.fields["shown_bytes"] <= 500
    assert "JAKARTA" in record.content


@pytest.mark.build
def test_upper_case_txt_files_are_articles_and_the_cut_is_shown(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "A.TXT").write_text("Judul Berita Besar\n\n" + BODY)
    (content / "b.txt").write_text("Judul Berita Kecil\n\n" + BODY * 200)
    result = pelican(content, tmp_path / "out", "-e", "NEWS_ARCHIVE_MAX_BYTES=2000")
    assert result.returncode == 0, result.stderr[-2000:]
    pages = article_pages(tmp_path / "out")
    assert set(pages) == {"A.TXT", "b.txt"}
    assert 'class="note"' in pages["b.txt"][0] and 'class="note"' not in pages["A.TXT"][0]
    assert (tmp_path / "out" / "raw" / "A.TXT").exists()
    assert (tmp_path / "out" / "raw" / "b.txt").stat().st_size == (content / "b.txt").stat().st_size


@pytest.mark.build
def test_raw_text_under_pages_is_an_article_and_markdown_there_a_page(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    (content / "pages" / "about.md").write_text("Title: Tentang\n\nHalaman tentang arsip.\n")
    (content / "pages" / "scrape.txt").write_text("Judul Berita Di Folder Halaman\n\n" + BODY)
    result = pelican(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    assert set(article_pages(tmp_path / "out")) == {"pages/scrape.txt"}
    assert (tmp_path / "out" / "tentang" / "index.html").exists()
    menu = (tmp_path / "out" / "index.html").read_text()
    assert "Tentang" in menu and "Judul Berita Di Folder Halaman</a></li>" not in menu.split("<main")[0]
