"""Nothing stale: the output holds what this build produced (issue 20)."""

import datetime as dt
import shutil

import pytest

from ..build import article_pages, pelican

pytestmark = pytest.mark.build
BODY = "JAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin.\n"


def build(content, output, cache):
    result = pelican(content, output, "-e", f'CACHE_PATH="{cache}"')
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def one_article_built(tmp_path):
    """(content, output, cache) of a one-article site, built once."""
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    (content / "a.txt").write_text(f"Berita Pertama Hari Ini\n\n{BODY}")
    build(content, output, cache)
    return content, output, cache


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
    content, output, cache = one_article_built(tmp_path)
    edited = tmp_path / "edited.txt"
    edited.write_text(f"Berita Pertama Hari Itu\n\n{BODY}")  # same size
    shutil.copystat(content / "a.txt", edited)
    shutil.copy2(edited, content / "a.txt")  # as cp -p does: the old modification time
    build(content, output, cache)
    ((page, _),) = article_pages(output).values()
    assert "Berita Pertama Hari Itu" in page
    assert "Hari Itu" in (output / "raw" / "a.txt").read_text()


def test_a_thousand_copies_of_one_story_cost_each_page_a_bounded_list(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    story = " ".join(f"Kalimat nomor {i} dari berita kawat yang sama tentang serangan di Suriah." for i in range(12))
    for i in range(60):
        day = dt.date(2016, 3, 1) + dt.timedelta(days=i)
        (content / f"{i:03d}.txt").write_text(
            f"Title: Berita Kawat {i}\nDate: {day}\nPublisher: Media {i}\n\n{story}\n"
        )
    build(content, output, cache)
    pages = article_pages(output)
    listed = {raw: page.count('<li><a href="../../article/') for raw, (page, _) in pages.items()}
    assert max(listed.values()) == 59  # the oldest copy lists the whole group
    assert sorted(listed.values())[-2] <= 11  # every other page: ten copies and a link to it
    oldest = min(pages, key=lambda raw: pages[raw][1]["datePublished"])
    assert listed[oldest] == 59
    other_page = next(page for raw, (page, _) in pages.items() if raw != oldest)
    assert "salinan lain" in other_page and pages[oldest][1]["url"].split("/article/")[1] in other_page


def test_scraped_strings_are_isolated_and_unsluggable_names_get_pages(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    story = "JAKARTA - Kalimat pertama berita ini cukup panjang untuk menjadi paragraf yang utuh sekali."
    (content / "a.txt").write_text(f"Title: Judul \u202eterbalik\nPublisher: ★★★\nDate: 2016-03-01\n\n{story}\n")
    (content / "b.txt").write_text(f"Title: Judul Kedua\nPublisher: ☆☆☆\nDate: 2016-03-02\n\n{story} Lain.\n")
    build(content, output, cache)
    css = next(output.rglob("archive.css")).read_text()
    assert "unicode-bidi: isolate" in css
    publishers = sorted(p.parent.name for p in (output / "publisher").glob("*/index.html"))
    assert len(publishers) == 2 and all(publishers)
    feeds = sorted(p.name for p in (output / "feeds" / "publisher").glob("*.xml"))
    assert len(feeds) == 2 and ".atom.xml" not in feeds


def test_a_tampered_list_of_output_files_never_removes_outside_the_output(tmp_path):
    import json

    content, output, cache = one_article_built(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (listing,) = (cache / "news_archive" / "outputs").glob("*.json")
    data = json.loads(listing.read_text())
    data["files"] += ["../victim.txt", str(victim)]
    listing.write_text(json.dumps(data))
    build(content, output, cache)
    assert victim.read_text() == "keep me"


def test_a_paragraph_repeated_across_a_sources_stories_is_furniture_but_a_quote_shared_by_copies_is_not(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "out", tmp_path / "cache"
    content.mkdir()
    promo = "Dapatkan kabar terbaru setiap pagi lewat kanal kami di aplikasi pesan favorit Anda sekarang juga."
    topics = [
        "banjir melanda pesisir utara",
        "harga beras naik di pasar induk",
        "tim nasional menang tipis",
        "jalan tol baru diresmikan presiden",
        "gempa kecil mengguncang lereng gunung",
        "festival musik digelar di alun-alun",
    ]
    for i, topic in enumerate(topics):
        story = (
            f"JAKARTA - {topic.capitalize()}. "
            + " ".join(f"{word}{i}{j}" for j, word in enumerate(topic.split() * 4))
            + "."
        )
        url = f"https://www.contoh-berita.id/read/2021/10/1{i}/berita-{i}"
        (content / f"{i}.txt").write_text(f"Title: Berita Nomor {i}\nURL: {url}\n\n{story}\n\n{promo}\n")
    quote = "Kami akan terus berjuang sampai akhir demi rakyat, kata presiden dalam pidatonya di depan parlemen."
    wire = " ".join(f"Kalimat kawat nomor {i} tentang pidato presiden di depan parlemen." for i in range(10))
    for i in range(5):  # five copies of one wire story from one site share the quote: one story
        url = f"https://www.kawat.id/read/2021/10/0{i}/pidato-{i}"
        (content / f"w{i}.txt").write_text(f"Title: Pidato {i}\nURL: {url}\n\n{wire}\n\n{quote}\n")
    build(content, output, cache)
    pages = article_pages(output)
    for name in (f"{i}.txt" for i in range(6)):
        page = pages[name][0]
        body = page.split('id="article-body"')[1].split("</div>")[0]
        assert promo not in body and "JAKARTA" in body
        assert "di 6 artikel dari contoh-berita.id" in page
    for name in (f"w{i}.txt" for i in range(5)):
        assert quote in pages[name][0].split('id="article-body"')[1].split("</div>")[0]
