from news_archive.text.decode import decode, looks_binary
from news_archive.text.header import parse_header
from news_archive.text.pipeline import analyse


def test_bom_crlf_and_invisible_spaces_are_normalised():
    decoded = decode("\ufeffJudul\r\nSatu\u00a0dua\u200b tiga\rempat".encode("utf-8"))
    assert decoded.text == "Judul\nSatu dua tiga\nempat"
    assert decoded.encoding == "utf-8" and decoded.problems == []


def test_utf8_bom_bytes_are_dropped():
    assert decode(b"\xef\xbb\xbfABC").text == "ABC"


def test_invalid_utf8_falls_back_to_cp1252_and_names_the_line():
    decoded = decode(b"baris satu\nbaris dua caf" + b"\xe9\n")
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith("café\n")
    assert decoded.problems == [(2, "invalid UTF-8; decoded as cp1252", True)]


def test_nul_bytes_are_removed_and_reported():
    decoded = decode(b"satu\ndu\x00a")
    assert decoded.text == "satu\ndua"
    assert decoded.problems[0][0] == 2


def test_binary_is_recognised():
    assert looks_binary(bytes(range(256)) * 10)
    assert not looks_binary(b"Rusia dan Turki\n" * 50)


def test_header_of_known_keys_overrides_inference():
    raw = "Title: Judul dari header\nDate: 2016-03-01\nPublisher: Tempo\n\nMOSKOW - Rusia menyerang sasaran ISIS di Suriah pada hari Selasa kemarin.\n"
    analysis = analyse(raw)
    assert analysis.title == "Judul dari header"
    assert analysis.date.date.isoformat() == "2016-03-01" and analysis.date.evidence == "header-date"
    assert analysis.attribution.publisher == "Tempo"
    assert analysis.paragraphs[0].lines == [5]  # line numbers stay those of the raw file


def test_first_line_like_a_dateline_is_not_a_header():
    header = parse_header(["Moskow:", "", "Judul"])
    assert header.values == {} and header.lines == 0
    assert parse_header(["Sumber: sindonews.com", "teks"]).values == {}


def test_malformed_header_date_is_reported_and_the_text_is_read():
    raw = "Date: kemarin sore\n\nJudul Berita Hari Ini\nSelasa, 24 November 2015\n\nJAKARTA - Pemerintah menyatakan hal itu dalam konferensi pers di Jakarta kemarin.\n"
    analysis = analyse(raw)
    assert any("Date" in p.message and p.line == 1 and p.error for p in analysis.problems)
    assert analysis.date.date.isoformat() == "2015-11-24"
