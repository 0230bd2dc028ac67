"""A file never writes outside its own page (issue 20): header slugs, colliding paths, Pelican's
URL placeholders, symlinks and files that are not regular files."""

import os
import re

import pytest

from news_archive.article.slug import SLUG_MAX_BYTES, article_slug, header_slug, safe

from ..build import pelican

BODY = "JAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin.\n"
SUBS = (("[^\\w\\s-]", ""), ("(?u)\\A\\s*", ""), ("(?u)\\s*\\Z", ""), ("[-\\s]+", "-"))


def article(slug=None, title="Judul Berita", url=None):
    header = "".join(f"{k}: {v}\n" for k, v in (("Title", title), ("Slug", slug), ("URL", url)) if v is not None)
    return f"{header}\n{BODY}"


@pytest.mark.parametrize("value", ["..", ".", "../search", "../actor/russia", "a/b", "..\\x", "/etc/passwd"])
def test_a_header_slug_that_is_a_path_is_refused(value):
    slug, problem = header_slug(value, SUBS)
    assert slug == "" and "refused" in problem


def test_a_header_slug_is_reduced_to_safe_characters_and_length():
    assert header_slug("berita#1?x=%20", SUBS)[0] == "berita1x20"
    assert header_slug("erdogan-temui-putin", SUBS) == ("erdogan-temui-putin", None)
    assert header_slug("★★★", SUBS)[0] == ""
    long, problem = header_slug("a" * 400, SUBS)
    assert len(long.encode()) <= SLUG_MAX_BYTES and problem
    assert safe("a b/c\\d#e") == "a-b-c-d-e"


def test_the_url_header_keeps_the_slug_through_a_title_fix_and_a_rename():
    url = "https://news.detik.com/internasional/d-123/rusia-serang-isis-di-suriah"
    first = article_slug("Rusia Serang ISIS", "a/1.txt", SUBS, url)
    assert first == article_slug("Rusia Serang ISIS di Suriah (ralat)", "b/renamed.txt", SUBS, url)
    assert first.startswith("rusia-serang-isis")
    assert article_slug("Rusia", "a/1.txt", SUBS) != article_slug("Rusia", "a/2.txt", SUBS)


@pytest.mark.build
def test_hostile_slugs_never_replace_a_page_of_the_site(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    hostile = [
        "..",
        "../search",
        "../actor/russia",
        "../raw/b",
        "../theme/css/archive",
        "same",
        "same",
        "x" * 300,
        "../../feeds/all.atom.xml",
        "../404",
        "../sitemap.xml",
        "../search/d/0.json",
    ]
    for i, slug in enumerate(hostile):
        (content / f"{i:02d}.txt").write_text(article(slug, title=f"Judul Berita Nomor {i}"))
    (content / "clean.txt").write_text(article(title="Berita Biasa"))
    result = pelican(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    out = tmp_path / "out"
    pages = sorted(p.relative_to(out).as_posix() for p in (out / "article").rglob("index.html"))
    assert len(pages) == len(hostile) + 1 and len(set(pages)) == len(pages)
    assert (
        "Berita Biasa" not in (out / "index.html").read_text()
        or "Judul Berita Nomor" in (out / "index.html").read_text()
    )
    assert (out / "search" / "index.html").exists() and "NewsArticle" not in (out / "search" / "index.html").read_text()
    assert "NewsArticle" not in (out / "404.html").read_text()
    assert (out / "feeds" / "all.atom.xml").read_text().startswith("<?xml")
    for page in pages:
        assert len(page.split("/")[1].encode()) <= 255
    log = result.stdout + result.stderr
    assert re.search(r"06\.txt: its page \S+ would be the page of 05\.txt", log)
    assert re.search(r"00\.txt.*Slug", log) and re.search(r"01\.txt.*Slug", log)


@pytest.mark.build
def test_fatal_warnings_fail_on_a_hostile_slug(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(article("../search"))
    assert pelican(content, tmp_path / "out", "--fatal", "warnings").returncode != 0


@pytest.mark.build
@pytest.mark.parametrize(
    "url, save_as",
    [
        ("{date:%Y}/{slug}/", "{date:%Y}/{slug}/index.html"),
        ("{category}/{slug}.html", "{category}/{slug}.html"),
        ("{slug}.html", "{slug}.html"),
    ],
)
def test_every_placeholder_pelican_documents_works(tmp_path, url, save_as):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text("Title: Judul Satu\nDate: 2016-03-01\nPublisher: Antara\n\n" + BODY)
    (content / "b.txt").write_text(article("index", title="Judul Dua"))  # {slug}.html would be the home page
    result = pelican(content, tmp_path / "out", "-e", f'ARTICLE_URL="{url}"', f'ARTICLE_SAVE_AS="{save_as}"')
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Could not process" not in result.stdout + result.stderr
    found = [p for p in (tmp_path / "out").rglob("*.html") if "NewsArticle" in p.read_text()]
    assert len(found) == 2, found
    if "{date" in save_as:
        assert (tmp_path / "out" / "2016").is_dir()
    assert "NewsArticle" not in (tmp_path / "out" / "index.html").read_text()


@pytest.mark.build
def test_a_build_that_publishes_none_of_its_articles_fails(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_bytes(b"")
    (content / "b.txt").write_bytes(bytes(range(256)) * 8)
    result = pelican(content, tmp_path / "out")
    assert result.returncode != 0 and "none of" in (result.stdout + result.stderr)


@pytest.mark.build
def test_links_that_leave_the_content_folder_and_fifos_are_skipped(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Rahasia\n\nJAKARTA - Isi berkas di luar folder konten tidak boleh terbit di situs ini.\n")
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "s.txt").write_text(outside.read_text())
    content = tmp_path / "content"
    content.mkdir()
    (content / "ok.txt").write_text(article(title="Berita Biasa"))
    os.symlink(outside, content / "link.txt")
    os.symlink(tmp_path / "secrets", content / "folder")
    os.symlink(tmp_path / "missing.txt", content / "dangling.txt")
    os.mkfifo(content / "pipe.txt")
    (content / "inside.txt").symlink_to(content / "ok.txt")  # a link that stays inside is fine
    result = pelican(content, tmp_path / "out", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    out = tmp_path / "out"
    published = " ".join(p.read_text(errors="replace") for p in out.rglob("*") if p.is_file())
    assert "Rahasia" not in published and "di luar folder" not in published
    assert not (out / "raw" / "link.txt").exists() and not (out / "raw" / "folder").exists()
    log = result.stdout + result.stderr
    assert "link.txt" in log and "pipe.txt" in log


@pytest.mark.build
def test_a_markdown_article_beside_raw_text_builds(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "note.md").write_text("Title: Catatan Markdown\nDate: 2016-03-01\n\nIni teks markdown.\n")
    (content / "a.txt").write_text(article(title="Berita Biasa"))
    result = pelican(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    pages = [p.read_text() for p in (tmp_path / "out" / "article").glob("*/index.html")]
    assert len(pages) == 2 and all("NewsArticle" in page for page in pages)
