"""news-archive import and check."""

import json
import shutil

import pytest

from news_archive.cli import main

from .build import article_pages, pelican
from .conftest import CORPUS

GOOD = "MOSKOW - Rusia menyerang sasaran ISIS di dekat Aleppo pada hari Rabu, kata kementerian pertahanan."
PAGE = (
    "<html><head><title>Turki Tutup Perbatasan</title></head><body><nav>Beranda</nav><article><h1>Turki Tutup "
    "Perbatasan</h1><p>ANKARA - Pemerintah Turki menutup perbatasannya dengan Suriah pada Selasa untuk mencegah "
    "masuknya militan ISIS, kata pejabat setempat kepada wartawan di ibu kota.</p><p>Langkah ini diambil setelah "
    "serangkaian serangan di kota-kota perbatasan pekan lalu.</p></article><footer>Hak cipta</footer></body></html>"
)


def jsonl(tmp_path):
    lines = [
        json.dumps(
            {
                "url": "https://x.id/1",
                "title": "Rusia Serang Aleppo",
                "date": "2016-10-05",
                "text": GOOD,
                "publisher": "Tempo",
            }
        ),
        "{broken",
        json.dumps({"url": "https://x.id/2", "title": "Tanpa Isi"}),
        json.dumps({"url": "https://x.id/1", "title": "Lagi", "text": "teks lain"}),
        json.dumps({"url": "https://x.id/3", "html": PAGE}),
        json.dumps({"url": "https://x.id/4", "title": "Salinan", "text": GOOD}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe\n")
    return path


def test_import_json_lines_is_idempotent_and_reports_bad_records(tmp_path, capsys):
    source, into = jsonl(tmp_path), tmp_path / "content"
    assert main(["import", str(source), "--into", str(into)]) == 1  # a record could not be read
    out, err = capsys.readouterr()
    assert "2 imported" in out and "2 duplicates" in out
    assert (
        f"{source}:2: broken JSON" in err and f"{source}:3: no text" in err and f"{source}:7: undecodable bytes" in err
    )
    assert f"{source}:4: duplicate of rusia-serang-aleppo-" in err
    files = sorted(p.name for p in into.iterdir() if not p.name.startswith("."))
    assert len(files) == 3 and sum(name.endswith(".html") for name in files) == 1  # the page kept next to its text
    first = next(into.glob("rusia-serang-aleppo-*.txt")).read_text()
    assert first.startswith("Title: Rusia Serang Aleppo\nDate: 2016-10-05\nURL: https://x.id/1\nPublisher: Tempo\n\n")
    assert main(["import", str(source), "--into", str(into)]) == 1
    assert "0 imported" in capsys.readouterr().out
    assert len([p for p in into.iterdir() if not p.name.startswith(".")]) == 3


@pytest.mark.build
def test_imported_articles_build_and_keep_their_header(tmp_path, capsys):
    into = tmp_path / "content"
    main(["import", str(jsonl(tmp_path)), "--into", str(into)])
    result = pelican(into, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    pages = {data["headline"]: data for _, (_, data) in article_pages(tmp_path / "out").items()}
    assert pages["Rusia Serang Aleppo"]["datePublished"] == "2016-10-05"
    assert pages["Rusia Serang Aleppo"]["publisher"]["name"] == "Tempo"
    assert "Turki Tutup Perbatasan" in pages


def test_import_csv_with_custom_field_names(tmp_path, capsys):
    source = tmp_path / "dump.csv"
    source.write_text('tautan,judul,isi\nhttps://x.id/9,"Judul, Dengan Koma","' + GOOD + '"\nhttps://x.id/10,Kosong,\n')
    into = tmp_path / "content"
    assert (
        main(
            [
                "import",
                str(source),
                "--into",
                str(into),
                "--field",
                "url=tautan",
                "--field",
                "title=judul",
                "--field",
                "text=isi",
            ]
        )
        == 0
    )
    out, err = capsys.readouterr()
    assert "1 imported" in out and f"{source}:3: no text" in err
    assert next(into.glob("*.txt")).read_text().startswith("Title: Judul, Dengan Koma\nURL: https://x.id/9\n")


def test_import_folder_of_text_and_html(tmp_path, capsys):
    source = tmp_path / "scrapes"
    (source / "a").mkdir(parents=True)
    (source / "a" / "one.txt").write_text(GOOD + "\n")
    (source / "page.html").write_text(PAGE)
    into = tmp_path / "content"
    assert main(["import", str(source), "--into", str(into)]) == 0
    assert (into / "a" / "one.txt").read_text() == GOOD + "\n"
    text = next(into.glob("turki-*.txt")).read_text()
    assert "ANKARA - Pemerintah Turki" in text and "Hak cipta" not in text
    assert main(["import", str(source), "--into", str(into)]) == 0
    assert "0 imported" in capsys.readouterr().out.splitlines()[-1]


def test_check_reports_errors_and_warnings(tmp_path, capsys):
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(CORPUS / "dev" / "001.txt", folder / "a.txt")
    shutil.copy(CORPUS / "dev" / "002.txt", folder / "b.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "header.txt").write_text("Date: 2016-13-45\nActors: narnia\n\nJudul\n\n" + GOOD + "\n")
    (folder / "latin.txt").write_bytes(("Judul Caf\xe9\n\n" + GOOD + "\n").encode("latin-1"))
    assert main(["check", str(folder), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    found = {(f["file"], f["level"], f["line"], f["message"].split(":")[0].split(" (")[0]) for f in report["findings"]}
    assert ("empty.txt", "error", 0, "empty file") in found
    assert ("binary.txt", "error", 0, "binary file, not text") in found
    assert ("header.txt", "error", 1, "header Date '2016-13-45' is not a date; reading the date from the text") in found
    assert ("header.txt", "error", 2, "header Actors") in found
    assert ("latin.txt", "error", 1, "invalid UTF-8; decoded as cp1252") in found
    assert ("a.txt", "warning", 0, "near copy of b.txt") in found and (
        "b.txt",
        "warning",
        0,
        "no date found in the text",
    ) in found
    assert report["errors"] == 5


def test_check_passes_a_clean_folder(tmp_path, capsys):
    folder = tmp_path / "content"
    shutil.copytree(
        CORPUS / "dev",
        folder,
        ignore=shutil.ignore_patterns("*.json", "00[24].txt", "009.txt", "01[14].txt", "006.txt"),
    )
    assert main(["check", str(folder)]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_lists_furniture_as_rules_ready_to_paste(tmp_path, capsys):
    from news_archive.text.resources import load_rules

    folder = tmp_path / "content"
    folder.mkdir()
    promo = "Dapatkan kabar terbaru setiap pagi lewat kanal kami di aplikasi pesan favorit Anda sekarang juga."
    topics = ["banjir pesisir", "harga beras", "tim nasional", "jalan tol baru", "gempa kecil", "festival musik"]
    for i, topic in enumerate(topics):
        story = f"JAKARTA - {topic.capitalize()}. " + " ".join(
            f"{word}{i}{j}" for j, word in enumerate(topic.split() * 8)
        )
        (folder / f"{i}.txt").write_text(
            f"Title: Berita {i}\nURL: https://www.contoh.id/read/{i}\n\n{story}.\n\n{promo}\n"
        )
    assert main(["check", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["repeated_paragraphs"] == [{"source": "contoh.id", "stories": 6, "text": promo}]
    main(["check", str(folder)])
    out = capsys.readouterr().out
    rules = tmp_path / "rules.yml"
    rules.write_text(out[out.index("rules:") :])
    (rule,) = [r for r in load_rules((str(rules),)) if r.id == "furniture-1"]
    assert rule.match(promo, len(promo.split())) and not rule.match("JAKARTA - " + promo + " lagi", 20)
