"""Nothing stale: the output holds what this build produced (issue 20)."""

import shutil

import pytest

from ..build import article_pages, pelican

pytestmark = pytest.mark.build
BODY = "JAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin.\n"


def build(content, output, cache):
    result = pelican(content, output, "-e", f'CACHE_PATH="{cache}"')
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_deleted_renamed_and_retitled_articles_leave_nothing_behind(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    for name, title in (
        ("a.txt", "Berita Pertama Hari Ini"),
        ("b.txt", "Berita Kedua Hari Ini"),
        ("c.txt", "Berita Ketiga Hari Ini"),
    ):
        (content / name).write_text(f"{title}\n\n{BODY}")
    build(content, output, cache)
    (output / "mine.html").write_text("put here by hand")
    before = article_pages(output)
    (content / "a.txt").unlink()  # deleted
    (content / "b.txt").rename(content / "b2.txt")  # renamed
    (content / "c.txt").write_text(f"Berita Ketiga Diralat\n\n{BODY}")  # re-titled
    result = build(content, output, cache)
    after = article_pages(output)
    assert set(after) == {"b2.txt", "c.txt"}
    assert len(list((output / "article").glob("*/index.html"))) == 2
    assert not (output / "raw" / "a.txt").exists() and not (output / "raw" / "b.txt").exists()
    sitemap = (output / "sitemap.xml").read_text()
    gone = {before[raw][1]["url"].split("/article/")[1] for raw in ("a.txt", "b.txt")}
    assert gone and not any(slug in sitemap for slug in gone)
    assert (output / "mine.html").read_text() == "put here by hand"
    assert "mine.html" in result.stdout + result.stderr


def test_building_another_folder_into_the_same_output_removes_the_first_ones_pages(tmp_path):
    first, second, output, cache = tmp_path / "one", tmp_path / "two", tmp_path / "out", tmp_path / "cache"
    first.mkdir()
    second.mkdir()
    (first / "sample.txt").write_text(f"Berita Contoh Situs Awal\n\n{BODY}")
    (second / "mine.txt").write_text(f"Berita Milik Saya Sendiri\n\n{BODY}")
    build(first, output, cache)
    build(second, output, cache)
    assert set(article_pages(output)) == {"mine.txt"}
    assert not (output / "raw" / "sample.txt").exists()
    assert "Contoh" not in (output / "index.html").read_text()
    assert "contoh" not in (output / "sitemap.xml").read_text()


def test_a_same_size_edit_that_keeps_its_time_is_seen(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    (content / "a.txt").write_text(f"Berita Pertama Hari Ini\n\n{BODY}")
    build(content, output, cache)
    edited = tmp_path / "edited.txt"
    edited.write_text(f"Berita Pertama Hari Itu\n\n{BODY}")  # same size
    shutil.copystat(content / "a.txt", edited)
    shutil.copy2(edited, content / "a.txt")  # as cp -p does: the old modification time
    build(content, output, cache)
    ((page, _),) = article_pages(output).values()
    assert "Berita Pertama Hari Itu" in page
    assert "Hari Itu" in (output / "raw" / "a.txt").read_text()
