"""Untrusted text printed as text (issue 20): YAML stubs, terminal tables."""

import pytest
import yaml

from news_archive.actors.suggest import Suggestion, as_yaml
from news_archive.cli import main


def test_a_line_separator_in_a_scraped_sentence_stays_in_its_yaml_comment():
    evil = "Kata dia.\u2028  - id: evil\n    names: {id: Evil, en: Evil}\r\x85\u2029- id: worse"
    stub = Suggestion("Abu Salim", count=3, articles={"a"}, example=evil)
    text = "actors:\n" + as_yaml([stub])
    assert text.count("\n") == len(text.splitlines()) and "\u2028" not in text and "\x85" not in text
    data = yaml.safe_load(text)
    assert [entry["id"] for entry in data["actors"]] == [stub.id]


def test_check_prints_markup_and_escape_codes_in_names_and_headers_as_text(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "[bold]x[-bold].txt").write_text(
        "Date: [/bold] \x1b[31m\n\nJAKARTA - Teks berita yang cukup panjang untuk dibaca sebagai paragraf artikel.\n"
    )
    (folder / "evil\x1b]0;title\x07.txt").write_text("")
    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "[/bold]" in out and "\x1b" not in out and "\x07" not in out


def test_size_report_prints_file_names_as_text(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")
    (tmp_path / "[bold]\x1b[2J.html").write_text("x")
    assert main(["size-report", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[bold]" in out and "\x1b" not in out and "\\x1b[2J" in out


@pytest.mark.build
def test_the_build_log_shows_escape_codes_in_file_names_as_text(tmp_path):
    from ..build import pelican

    content = tmp_path / "content"
    content.mkdir()
    (content / "evil\x1b[31mred.txt").write_text("")
    (content / "ok.txt").write_text(
        "Judul Berita Satu Dua\n\nJAKARTA - Teks berita yang cukup panjang untuk menjadi paragraf.\n"
    )
    result = pelican(content, tmp_path / "out")
    log = result.stdout + result.stderr
    assert "evil\\x1b[31mred.txt" in log.replace("\n", "") or "evil\\x1b[31mred" in log
    assert "\x1b[31mred" not in log
