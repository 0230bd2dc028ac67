"""One hostile or broken file never stops or hangs the build (issue 20): each finding has a
test that failed before the fix."""

import dataclasses
import re
import time

import pytest

from news_archive.article.record import analyse_file, build_record
from news_archive.text.pipeline import analyse
from news_archive.text.resources import PROBES, DataError, check_pattern_time, load_rules
from news_archive.text.time_limit import TimeLimitError, time_limit

from ..config import article_config


def test_a_one_line_file_without_a_trailing_newline_is_read():
    for raw in (b"Breaking News", b"Breaking News\n", b"x", b"-", b"Title: a"):
        analysis = analyse(raw)
        assert analysis.lines and all(line.kind for line in analysis.lines)
    assert build_record(b"Breaking News", "a.txt", article_config()).skip.startswith("no article text")


def test_an_article_without_text_says_why():
    title_only = b"Title: Menteri Tunggu Penjelasan KPK\n\nMenteri Tunggu Penjelasan KPK\n"
    assert build_record(title_only, "a.txt", article_config()).skip == (
        "no article text found (its only line is its title)"
    )
    furniture = b"Judul Berita Yang Cukup Panjang\n\nADVERTISEMENT\nBaca juga: Judul Lain Yang Cukup Panjang\n"
    skip = build_record(furniture, "b.txt", article_config()).skip
    assert skip.startswith("no article text found (every line was removed: ") and "×1" in skip


def test_punctuation_left_where_a_scraper_lost_the_link_texts_is_no_article():
    # babalenong's CNN Indonesia rows: the dateline, then one comma per paragraph (trimmed)
    commas = b"Title: Bank BUMN Incar Kredit Rp90 T\n\n      Jakarta, CNN Indonesia -- ,\n,\n,\n, ,\n"
    record = build_record(commas, "c.txt", article_config())
    assert record.skip == "no article text found (every line was removed: no-words ×1)"
    assert analyse(commas).attribution.publisher == "CNN Indonesia"  # the dateline is still evidence
    # "( )" between paragraphs goes, listed; a comma piece of a line that also holds text stays
    holes = "Judul Berita\n\nParagraf pertama berisi teks.\n\n( )\n\nParagraf kedua, juga teks.\n"
    analysis = analyse(holes.encode())
    assert analysis.body_text == "Paragraf pertama berisi teks.\n\nParagraf kedua, juga teks."
    assert [(line.number, line.reason) for line in analysis.removed if line.text == "( )"] == [(5, "no-words")]
    glued = analyse(b"Judul Berita\n\nKalimat pertama tahun 2021.,Kalimat kedua.\n")
    assert "Kalimat pertama" in glued.body_text and "Kalimat kedua" in glued.body_text

    # a file of twenty thousand of them takes a linear pass (the marking once walked every line for each)
    many = b"Judul Berita\n\nTeks pertama artikel ini.\n\n" + b"( )\n\nKalimat.\n\n" * 20_000
    started = time.perf_counter()
    analysis = analyse(many)
    assert len(analysis.paragraphs) == 20_001
    assert sum(line.reason == "no-words" for line in analysis.removed) == 20_000
    assert time.perf_counter() - started < 10  # about 1 s; the walk per paragraph took over 20 s


@pytest.mark.parametrize("unit", ["1", "1 ", "1, ", "1 | ", "a", " "])
def test_every_built_in_rule_is_fast_on_lines_made_to_backtrack(unit):
    lines = [unit * n + end for n in (30, 200) for end in ("a", "!", "»", "1", "")]
    started = time.perf_counter()
    with time_limit(5):
        for rule in load_rules():
            for line in lines:
                rule.match(line, len(line.split()))
                for pattern in rule.patterns:
                    pattern.search(line)
    assert time.perf_counter() - started < 2


def test_the_pagination_rule_still_reads_page_numbers():
    (rule,) = [r for r in load_rules() if r.id == "pagination"]
    for line in ("1 2 3 4 Selanjutnya", "1, 2, 3", "Halaman: 1 | 2 | 3 »", "12", "Page 2 of 5"):
        assert rule.match(line, len(line.split())), line
    for line in ("1 dari 2 orang", "2016 adalah tahun"):
        assert not rule.match(line, len(line.split())), line


def test_built_in_patterns_pass_the_load_check_and_a_backtracking_one_does_not():
    for rule in load_rules():
        for pattern in rule.patterns:
            check_pattern_time(pattern, rule.id)
    with pytest.raises(DataError, match="backtracks"):
        check_pattern_time(re.compile(r"^(\d+\s*,?\s*){2,}x$"), "mine.yml: rule 1 (pages)")
    assert any(p.startswith("1111") for p in PROBES)


def test_a_user_rule_that_backtracks_is_refused_when_loaded(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text(
        "rules:\n  - id: pages\n    class: boilerplate\n    reason: pages\n    patterns: ['^(\\d+\\s*)+x$']\n"
    )
    with pytest.raises(DataError, match=r"rules.yml: rule 1 \(pages\).*backtracks"):
        load_rules((str(path),))


def test_the_analysis_of_one_file_is_bounded_in_time_and_the_file_published_as_it_is():
    config = dataclasses.replace(article_config(), file_seconds=0.01)
    data = (
        "Judul Berita Panjang\n\n" + "JAKARTA - Kalimat yang panjang sekali terus berulang. " * 3000 + "\n"
    ).encode() * 40
    started = time.perf_counter()
    record = build_record(data, "big.txt", config)
    assert time.perf_counter() - started < 10
    assert record.skip is None and record.fields["title"] == "Judul Berita Panjang"
    assert any("NEWS_ARCHIVE_FILE_SECONDS" in p.message for p in record.problems)
    assert record.fields["removed_lines"] == []


def test_a_time_limit_interrupts_a_backtracking_match():
    pattern = re.compile(r"^(\d+\s*,?\s*){2,}x$")
    with pytest.raises(TimeLimitError), time_limit(0.2):
        pattern.match("1" * 40 + "a")


def test_a_bug_met_by_one_file_skips_that_file_only(monkeypatch):
    from news_archive.article import record

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(record, "analyse", broken)
    result = record.build_record_safely(b"Judul Berita Hari Ini\n\nJAKARTA - Teks.\n", "a.txt", article_config())
    assert result.skip.startswith("could not be analysed (IndexError")


def test_many_read_also_labels_on_one_huge_line_take_linear_time():
    line = "JAKARTA - " + "teks biasa. Baca juga: " * 3000 + " kata" * 100000 + "."
    started = time.perf_counter()
    analysis = analyse(("Judul Berita Yang Panjang\n\n" + line + "\n").encode())
    assert time.perf_counter() - started < 5
    assert len(analysis.removed) == 3000 and "Baca juga" not in analysis.body_text


@pytest.mark.parametrize(
    "repeated",
    [
        "kata biasa.Ini Judul Berita Lain Yang PanjangSetelah itu kata. ",  # glued title-cased runs
        "Label Satu: " + "kata " * 20,  # labelled pieces too long to be a link list
        "foto kota.Banjir Kota (AFP)Pada hari itu hujan. ",  # glued bracketed credits
    ],
)
def test_thousands_of_glued_shapes_on_one_huge_line_take_linear_time(repeated):
    line = "JAKARTA - Awal berita. " + repeated * 8000
    started = time.perf_counter()
    analysis = analyse(("Judul Berita Yang Panjang\n\n" + line + "\n").encode())
    assert time.perf_counter() - started < 5
    assert analysis.body_text


def test_a_url_header_no_parser_reads_does_not_cost_the_article():
    from news_archive.article import record

    data = b"Title: Judul\nURL: http://[::1\n\nJAKARTA - Pemerintah mengumumkan kebijakan baru pada rapat terbatas kemarin.\n"
    result = record.build_record_safely(data, "a.txt", article_config())
    assert result.skip is None and result.fields["source_url"] is None
    assert result.fields["slug"].startswith("judul-")


def test_an_actor_of_the_dictionary_cited_like_an_outlet_is_no_outlet():
    raw = (
        "Judul Berita Ekonomi Dunia\n\nJAKARTA - Pertumbuhan melambat, dilansir dari IMF, Senin (3/4). Harga minyak"
        " naik, seperti dikutip dari Reuters. Pasar cemas, dilansir dari Tehran Times, Selasa. Media AS menyebut"
        " badai itu terburuk.\n"
    )
    analysis = analyse_file(raw.encode(), "a.txt", article_config()).analysis
    assert analysis.attribution.sources == ["Reuters", "Tehran Times"]  # "Tehran" alone would be Iran
    assert analyse(raw.encode()).attribution.sources == ["IMF", "Reuters", "Tehran Times", "AS"]  # the text layer
