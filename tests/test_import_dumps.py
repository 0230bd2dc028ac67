"""news-archive import on real scraper output (trimmed copies in tests/fixtures/dumps) and on the
shapes that lost records before (issue 21): no flags, nothing lost."""

import json

import pytest

from news_archive.cli import main
from news_archive.cli.importer import IMPORTED, run
from news_archive.dumps.dates import parse_dump_date, parse_scrape_time
from news_archive.dumps.fields import choose
from news_archive.dumps.formats import read_dump
from news_archive.text.header import parse_header

from .conftest import FIXTURES

DUMPS = FIXTURES / "dumps"
LONG = "JAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin sore."

# file: (format, records, {role: column}, first article's (title start, date, URL start))
EXPECTED = {
    "maulanairfanf__Scraping__detik.csv": (
        "csv", 3, {"text": "Content", "title": "Judul Berita", "date": "Date", "url": "Link", "author": "Author"},
        ("Harga Kripto Hari Ini", "2022-03-29", "https://finance.detik.com/"),
    ),
    "AnggaPradiktas__analysis__tribunnews.csv": (
        "csv", 3, {"text": "Grey2pt5", "url": "Fbo_link"}, ("20 Proyek Terindikasi Korupsi", None, "http://www.tribunnews.com/nasional/"),
    ),
    "azizainunnajib__Crawling__kompas.csv": (
        "csv", 3, {"text": "content", "date": "datetime"}, ("UPDATE Covid-19 6 Juni", "2020-06-06", None),
    ),
    "choirulriz__Scrap-Berita__Tempoe.csv": ("csv", 2, {"text": "artikel", "title": "judul"}, ("Cerita Ma'ruf", None, None)),
    "Emansukmana__digital-talent__data_berita.csv": (
        "csv", 3, {"text": "column 2", "date": "column 3"}, ("Resmi Meluncur Ini Harga Nikon", "2018-10-26", None),
    ),
    "Esaiy__bdt-ets__berita.csv": ("csv", 2, {"text": "column 6"}, ("Masuk Daftar Ilmuwan", "2021-02-19", None)),
    "antoniusayodya__indo_news_scrapper__content.csv": (
        "pandas-series (records of 4 rows)", 2, {"text": "row 2", "url": "row 4"},
        ("Menang mudah, Celtics", "2023-11-12", "https://www.antaranews.com/"),
    ),
    "albasyir__detik-scraper__public__detik.com__2021-06-20_1-1000.json": (
        "json-array", 2, {"text": "content", "url": "link"},
        ("Covid-19 Melonjak", "2021-06-19", "https://travel.detik.com/"),
    ),
    "xhanalexander__JakartaPostScrap__JakartaPost@3aefa6e.json": (
        "json-objects", 3, {"text": "Description_News"}, ("Turkish, Indonesian firms", None, "https://www.thejakartapost.com/"),
    ),
    "xhanalexander__JakartaPostScrap__JakartaPostCompanies.json": ("json-array", 3, {"url": "Url_News"}, ("Inspirational", None, "https://")),
    "AnggaPradiktas__analysis__kumparan.txt": (
        "text items ending with a date line", 3, {"text": "line 2", "date": "date"}, ("Danang Parikesit", "2019-02-08", None),
    ),
    "gabriellaclairine__indonesian-news-summarization-dataset__data_berita.csv": (
        "csv", 3, {"text": "isi_berita", "url": "tautan", "date": "tanggal"},
        ("Presiden Banggakan Inflasi", "2025-10-21", "https://news.detik.com/"),
    ),
    "AnggaPradiktas__analysis__liputan6news.csv": ("csv", 3, {"text": "newsdesc", "title": "newstitle"}, ("Harga Rumah Subsidi", None, None)),
    "ilubis85__Webscraping_tutorial__docs__web_scraping.csv": (
        "csv", 2, {"text": "Berita", "publisher": "Media"}, ("Teror Harimau Sumatera", "2020-03-11", "https://aceh.tribunnews.com/"),
    ),
    "rizalsng__rizalsng.github.io__test4.csv": (
        "csv", 2, {"text": "text", "url": "link-href"}, ("44 Ribu Orang", "2019-11-07", "https://news.detik.com/"),
    ),
    "flxo25__Scrap__detiknews.csv": ("csv", 2, {"text": "konten", "publisher": "sumber"}, ("PT KAI Daop 5", "2020-03-25", None)),
    "abdfajar__republika_sentiner__scrapper_result__article_metadata.csv": (
        "csv", 2, {"text": "konten", "scraped": "timestamp_ekstraksi"}, ("MBG Watch Hadir", "2025-09-30", "https://republika.co.id/"),
    ),
    "brilboy__webscraping_101__antaranews.csv": ("csv", 3, {"text": "Short Desc"}, ("Quality Family Village", None, "https://en.antaranews.com/")),
}  # fmt: skip


def header_of(path):
    return parse_header(path.read_text(encoding="utf-8").split("\n")).values


def test_every_fixture_dump_is_listed():
    assert sorted(p.name for p in DUMPS.iterdir() if p.name != "README.md") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_dumps_import_with_no_flags(tmp_path, name):
    fmt, count, roles, (title, date, url) = EXPECTED[name]
    dump = read_dump(DUMPS / name)
    assert (dump.format, len(dump.records), dump.problems) == (fmt, count, [])
    mapping = choose(dump.columns, dump.records)
    assert {role: mapping.get(role) for role in roles} == roles
    report = run(DUMPS / name, tmp_path)
    assert report.imported + report.duplicates == count and not report.errors
    first = sorted(
        tmp_path.glob("*.txt"), key=lambda p: json.loads((tmp_path / IMPORTED).read_text())["files"][p.name]["identity"]
    )
    headers = [header_of(p) for p in tmp_path.glob("*.txt")]
    match = [h for h in headers if h.get("title", "").startswith(title)]
    assert match, (title, headers)
    assert match[0].get("date") == date
    assert (match[0].get("url") or None) == url or match[0].get("url", "").startswith(url or "\0")
    for path in first:
        text = path.read_text(encoding="utf-8")
        assert "<a href" not in text and "<br" not in text and "&amp;" not in text and "['" not in text[:200]


def test_dates_real_scrapers_write():
    cases = {
        "Diperbarui 18 Jun 2025, 14:05 WIB": "2025-06-18",
        "Kompas.com- 18/06/2025, 10:05 WIB": "2025-06-18",
        ",\xa0Jurnalis-Rabu, 18 Juni 2025 |00:05 WIB": "2025-06-18",
        "13+December+2018": "2018-12-13",
        "13th May 2024": "2024-05-13",
        "1591453380000": "2020-06-06",
        "2019-11-07T01-56-23Z": "2019-11-07",
        "2021-2-19": "2021-02-19",
        " Selasa, 29 Januari 2019 / 09:19 WIB ": "2019-01-29",
        "Fri, November 4, 2022": "2022-11-04",
        '[<div class="article__date">18/01/2019, 23:00 WIB</div>]': "2019-01-18",
    }
    for value, iso in cases.items():
        assert str(parse_dump_date(value).date) == iso, value
    assert parse_dump_date("10/21/2025 20:43", month_first=True).date.isoformat() == "2025-10-21"
    assert parse_dump_date("Waktu tidak ditemukan").date is None
    relative = parse_dump_date("2 jam lalu")
    assert relative.date is None and relative.relative
    scraped = parse_scrape_time("2025-10-02T08:00:00")
    assert parse_dump_date("2 hari yang lalu", scraped=scraped).date.isoformat() == "2025-09-30"
    assert parse_dump_date("yesterday 21:40", scraped=scraped).date.isoformat() == "2025-10-01"


def write_xlsx(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


NEWS_WATCH = ["title", "publish_date", "author", "content", "keyword", "category", "source", "link"]
NEWS_WATCH_ROW = ["Rusia Serang Aleppo", "2016-10-05 10:00:00", "Rita Sari", LONG, "rusia", "dunia", "detik",
                  "https://news.detik.com/d-1/rusia-serang-aleppo"]  # fmt: skip


@pytest.mark.parametrize("kind", ["xlsx", "csv", "json"])
def test_news_watch_output_imports_with_no_flags_in_every_format(tmp_path, kind):
    source = tmp_path / f"news.{kind}"
    if kind == "xlsx":
        write_xlsx(source, [NEWS_WATCH, NEWS_WATCH_ROW])
    elif kind == "csv":
        source.write_text(",".join(NEWS_WATCH) + "\n" + ",".join(f'"{v}"' for v in NEWS_WATCH_ROW) + "\n")
    else:
        source.write_text(json.dumps([dict(zip(NEWS_WATCH, NEWS_WATCH_ROW, strict=True))]))
    assert main(["import", str(source), "--into", str(tmp_path / "out")]) == 0
    (article,) = (tmp_path / "out").glob("*.txt")
    header = header_of(article)
    assert header == {"title": "Rusia Serang Aleppo", "date": "2016-10-05", "url": NEWS_WATCH_ROW[-1],
                      "publisher": "detik", "author": "Rita Sari"}  # fmt: skip


@pytest.mark.parametrize("delimiter", [",", ";", "|", "~", "\t"])
def test_the_delimiter_is_found(tmp_path, delimiter):
    source = tmp_path / "dump.csv"
    rows = [
        ["Judul", "Isi", "Tanggal"],
        ["Satu; dua | tiga ~ empat", LONG, "2016-10-05"],
        ["Dua", LONG + " Lagi.", "2016-10-06"],
    ]
    source.write_text("\n".join(delimiter.join(f'"{c}"' for c in row) for row in rows) + "\n")
    dump = read_dump(source)
    assert dump.delimiter == delimiter and len(dump.records) == 2
    assert run(source, tmp_path / "out").imported == 2


def test_a_bom_on_json_lines_keeps_the_first_record_and_a_huge_field_keeps_the_rows_after(tmp_path):
    source = tmp_path / "dump.jsonl"
    source.write_bytes(
        b"\xef\xbb\xbf" + "\n".join(json.dumps({"title": f"T{i}", "text": LONG + str(i)}) for i in range(3)).encode()
    )
    assert run(source, tmp_path / "a").imported == 3
    big = tmp_path / "big.csv"
    big.write_text(
        "title,text\n" + f'Besar,"{LONG} {"kata " * 40000}"\n' + "".join(f"T{i},{LONG} {i}\n" for i in range(5))
    )
    assert run(big, tmp_path / "b").imported == 6


def test_lone_surrogates_and_latin1_are_imported_with_a_note(tmp_path, capsys):
    source = tmp_path / "dump.json"
    source.write_text('[{"title": "Judul \\ud800 rusak", "text": "' + LONG + ' \\udc00"}]')
    assert main(["import", str(source), "--into", str(tmp_path / "a")]) == 0
    (article,) = (tmp_path / "a").glob("*.txt")
    assert "\ufffd" in article.read_text(encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(("judul,isi\nCaf\xe9 di Damaskus," + LONG + "\n").encode("latin-1"))
    assert main(["import", str(latin), "--into", str(tmp_path / "b")]) == 0
    assert "Café di Damaskus" in next((tmp_path / "b").glob("*.txt")).read_text(encoding="utf-8")
    assert "Windows-1252" in capsys.readouterr().err


def test_lists_become_paragraphs_html_is_read_and_an_empty_list_is_no_text(tmp_path):
    source = tmp_path / "dump.json"
    source.write_text(json.dumps([
        {"title": "Daftar", "content": ['<p>Satu <a href="https://x">tautan</a> kalimat panjang.</p>', "", "Dua &amp; tiga."]},
        {"title": "Kosong", "content": []},
        {"title": "Sel CSV", "content": "['Paragraf pertama yang panjang.', '', 'Paragraf kedua.']"},
    ]))  # fmt: skip
    report = run(source, tmp_path / "out")
    assert report.imported == 2 and report.skipped["no text"] == 1
    texts = {header_of(p)["title"]: p.read_text().split("\n\n", 1)[1] for p in (tmp_path / "out").glob("*.txt")}
    assert texts["Daftar"] == "Satu tautan kalimat panjang.\n\nDua & tiga.\n"
    assert texts["Sel CSV"] == "Paragraf pertama yang panjang.\n\nParagraf kedua.\n"


def test_a_url_shared_by_many_records_is_a_listing_page_not_an_identity(tmp_path):
    source = tmp_path / "listing.csv"
    rows = "".join(f'https://x.id/tag/pupr,Judul {i},"{LONG} nomor {i}."\n' for i in range(6))
    source.write_text("url,title,description\n" + rows)
    report = run(source, tmp_path / "out")
    assert report.imported == 6 and report.duplicates == 0
    assert all("url" not in header_of(p) for p in (tmp_path / "out").glob("*.txt"))


def test_a_listing_pages_address_gives_way_to_the_column_of_article_addresses(tmp_path):
    # Web Scraper's listing export: "url" is the result page the scraper went through (a few
    # pages, many rows each), the article's address is in "<selector>_link"
    source = tmp_path / "listing.csv"
    rows = "".join(
        f'https://search.x.id/search/{i // 3}?q=pupr,Judul {i},https://daerah.x.id/read/{i}/judul-{i},"{LONG} nomor {i}."\n'
        for i in range(9)
    )
    source.write_text("url,News Title,News Title_link,News Summary\n" + rows)
    report = run(source, tmp_path / "out")
    assert report.imported == 9
    urls = sorted(header_of(p)["url"] for p in (tmp_path / "out").glob("*.txt"))
    assert urls == [f"https://daerah.x.id/read/{i}/judul-{i}" for i in range(9)]


def test_a_dump_named_after_an_outlet_gives_it_to_records_that_name_no_publisher(tmp_path):
    rows = (
        'Harga Emas Naik,"Harga emas batangan naik pada perdagangan pagi ini, kata analis di Jakarta."\n'
        'Saham Turun,"Jakarta, CNN Indonesia -- Indeks saham turun tipis pada sesi pertama hari ini."\n'
    )
    for name, publishers in (
        ("detik.csv", ["detikNews", None]),
        ("berita.csv", [None, None]),
        ("kompas/2021.csv", ["Kompas.com", None]),  # the folder's name when the file's names none
    ):
        source = tmp_path / name
        source.parent.mkdir(exist_ok=True)
        source.write_text("judul,isi\n" + rows)
        report = run(source, tmp_path / name.replace(".", "_"))
        found = {
            h["title"]: h.get("publisher") for h in map(header_of, (tmp_path / name.replace(".", "_")).glob("*.txt"))
        }
        assert [found["Harga Emas Naik"], found["Saham Turun"]] == publishers, name
        assert any("named by the file" in note for note in report.notes) == (publishers[0] is not None)


def test_an_analysis_that_overruns_its_limit_leaves_the_publisher_to_the_build(tmp_path, monkeypatch):
    import time

    from news_archive.cli import importer

    def stuck(*args, **kwargs):  # a text the analysis never finishes with
        time.sleep(5)

    monkeypatch.setattr(importer, "ANALYSIS_SECONDS", 0.2)
    monkeypatch.setattr(importer, "analyse", stuck)
    source = tmp_path / "detik.csv"
    source.write_text(f'judul,isi\nHarga Emas Naik,"{LONG}"\n')
    started = time.monotonic()
    report = run(source, tmp_path / "out")
    assert time.monotonic() - started < 3 and report.imported == 1
    assert [header_of(p).get("publisher") for p in (tmp_path / "out").glob("*.txt")] == [None]


def test_reimporting_with_another_mapping_updates_and_leaves_edited_files_alone(tmp_path, capsys):
    source = tmp_path / "dump.csv"
    source.write_text(f"judul,isi,ringkas\nPertama,{LONG},Ringkasan satu\nKedua,{LONG} Dua.,Ringkasan dua\n")
    into = tmp_path / "out"
    assert run(source, into).imported == 2
    edited = next(p for p in into.glob("*.txt") if header_of(p)["title"] == "Kedua")
    edited.write_text(edited.read_text() + "Catatan penyunting.\n")
    report = run(source, into, {"title": "ringkas"})
    assert report.updated == 1 and report.skipped["file edited since it was imported: left alone"] == 1
    titles = sorted(header_of(p)["title"] for p in into.glob("*.txt"))
    assert titles == ["Kedua", "Ringkasan satu"] and len(list(into.glob("*.txt"))) == 2
    assert "Catatan penyunting." in edited.read_text()


def test_an_interrupted_import_leaves_no_half_file_and_resumes(tmp_path, monkeypatch):
    from news_archive.cli import importer

    source = tmp_path / "dump.jsonl"
    source.write_text(
        "\n".join(json.dumps({"url": f"https://x.id/{i}", "title": f"T{i}", "text": f"{LONG} {i}"}) for i in range(4))
    )
    calls = []
    real = importer.atomic_write

    def interrupted(path, data):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(importer, "atomic_write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(source, tmp_path / "out")
    monkeypatch.setattr(importer, "atomic_write", real)
    assert all(p.stat().st_size for p in (tmp_path / "out").iterdir())
    assert not list((tmp_path / "out").glob(".*.tmp"))
    report = run(source, tmp_path / "out")
    assert report.imported + report.unchanged == 4 and len(list((tmp_path / "out").glob("*.txt"))) == 4


def test_a_folder_import_never_overwrites_a_different_file(tmp_path):
    source, into = tmp_path / "scrapes", tmp_path / "content"
    source.mkdir()
    into.mkdir()
    (source / "a.txt").write_text(LONG + "\n")
    (into / "a.txt").write_text("Teks milik orang lain.\n")
    report = run(source, into)
    assert report.imported == 0 and report.skipped["file not written by the importer: left alone"] == 1
    assert (into / "a.txt").read_text() == "Teks milik orang lain.\n"


def test_nothing_imported_is_a_failure_and_a_dry_run_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.csv"
    empty.write_text("title,text\nA,\nB,\n")
    assert main(["import", str(empty), "--into", str(tmp_path / "a")]) == 1
    source = tmp_path / "dump.csv"
    source.write_text(f"Judul;Isi;Tanggal\nSatu;{LONG};13+December+2018\n")
    assert main(["import", str(source), "--into", str(tmp_path / "b"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "csv" in out and "delimiter ;" in out and "text      <- 'Isi'" in out and "Date: 2018-12-13" in out
    assert not (tmp_path / "b").exists()


def test_a_text_that_starts_like_a_header_is_not_read_as_one(tmp_path):
    source = tmp_path / "dump.jsonl"
    source.write_text(json.dumps({"text": "Slug: ..\n" + LONG}) + "\n")
    run(source, tmp_path / "out")
    (article,) = (tmp_path / "out").glob("*.txt")
    assert header_of(article) == {} and "Slug: .." in article.read_text()


def test_publisher_for_a_whole_file_and_relative_dates_against_the_scrape_time(tmp_path):
    source = tmp_path / "dump.csv"
    source.write_text(
        f"title,text,date,scraped_at\nSatu,{LONG},2 hari lalu,2025-10-02T08:00:00\nDua,{LONG} Dua.,3 hours ago,\n"
    )
    report = run(source, tmp_path / "out", publisher="Kompas.com")
    headers = {h["title"]: h for h in map(header_of, (tmp_path / "out").glob("*.txt"))}
    assert headers["Satu"]["date"] == "2025-09-30" and "date" not in headers["Dua"]
    assert all(h["publisher"] == "Kompas.com" for h in headers.values())
    assert any("relative date and no scrape time" in note for note in report.notes)


def test_a_json_array_cut_short_keeps_its_complete_records_and_deep_nesting_is_no_crash(tmp_path):
    records = [{"title": f"Judul {i}", "text": f"{LONG} {i}"} for i in range(3)]
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(records, indent=2)[:-60])  # the scraper was interrupted mid-record
    dump = read_dump(cut)
    assert len(dump.records) == 2 and "broken JSON after record 2" in dump.problems[0]
    assert run(cut, tmp_path / "out").imported == 2
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000)
    report = run(deep, tmp_path / "out2")
    assert report.imported == 0 and report.errors


def test_a_page_titles_site_suffix_is_left_out_of_the_title(tmp_path):
    run(DUMPS / "antoniusayodya__indo_news_scrapper__content.csv", tmp_path / "a")
    run(DUMPS / "choirulriz__Scrap-Berita__Tempoe.csv", tmp_path / "b")
    titles = [header_of(p)["title"] for p in tmp_path.rglob("*.txt")]
    assert titles and not any(t.endswith(("ANTARA News", "Tempo.co")) for t in titles)
    assert "Menang mudah, Celtics kalahkan Raptors 117-94" in titles
