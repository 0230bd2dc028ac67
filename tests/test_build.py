"""A real Pelican build of the labelled fixtures plus bad input, checked against the contracts."""

import json
import re
import shutil

import pytest
from markupsafe import escape

from .build import BODY, article_pages, json_ld, pelican, raw_based_on, sample_content
from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.build  # runs a real Pelican build

BAD = {
    "bad/empty.txt": b"",
    "bad/blank.txt": b"  \n\n \n",
    "bad/binary.txt": bytes(range(256)) * 64,
    "bad/nul.txt": b"Judul Dengan Byte Nol\n\nMOSKOW - Rusia menyatakan serangan\x00 itu menghantam sasaran ISIS di dekat Raqqa pada Selasa.\n",
    "bad/latin1.txt": "Judul Caf\xe9 Damaskus\n\nDAMASKUS - Sebuah kafe di pusat kota Damaskus dibuka kembali setelah perbaikan selama tiga bulan.\n".encode(
        "latin-1"
    ),
    # Markup is read as HTML (tags dropped, scripts gone); markup written as entities is text, escaped.
    "bad/script.txt": b"Judul &lt;script&gt;alert('judul')&lt;/script&gt; Berbahaya\n\nJAKARTA - Teks <img src=x onerror=alert(1)> ini menyisipkan markup &lt;img src=x onerror=alert(1)&gt; dari halaman aslinya ke dalam paragraf berita.\n\n</script><script>alert(2)</script>\n",
    "bad/badheader.txt": b"Date: 2016-13-45\nTitle: Judul Dari Header\n\nJAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin.\n",
    "bad/scripturl.txt": b"Title: Alamat Palsu\nURL: javascript:alert(1)//news.detik.com/x\n\nBANDUNG - Warga kota mengantre sejak subuh untuk membeli beras murah di pasar induk yang dibuka pemerintah.\n",
    "web/sourced.txt": b"Title: Dengan Alamat Asli\nURL: https://www.antaranews.com/berita/3819387/menang-mudah\n\nJakarta (ANTARA) - Boston Celtics menang mudah saat menghadapi Toronto Raptors dalam laga lanjutan NBA, Minggu.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    content = root / "content"
    for folder in ("seeds", "dev"):
        target = content / "articles" / folder
        target.mkdir(parents=True)
        for txt in (CORPUS / folder).glob("*.txt"):
            shutil.copy(txt, target / txt.name)
    for name, data in BAD.items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_bytes(data)
    result = pelican(content, root / "output")
    return root / "output", result


def gold(raw_path):
    folder, name = raw_path.split("/")[-2:]
    path = CORPUS / folder / name.replace(".txt", ".json")
    return json.loads(path.read_text()) if path.exists() else None


def test_build_succeeds_with_bad_input(site):
    _output, result = site
    assert result.returncode == 0, result.stderr[-3000:]


def test_every_fixture_becomes_an_article_page(site):
    pages = article_pages(site[0])
    fixtures = {p for p in pages if p.startswith("articles/")}
    assert len(fixtures) == 21


def test_news_article_json_ld_contract(site):
    for raw, (html, data) in article_pages(site[0]).items():
        assert len(json_ld(html)) == 1
        assert data["@type"] == "NewsArticle" and data["headline"] and data["url"].endswith("/")
        assert raw_based_on(data).endswith(raw) and data["inLanguage"] in ("id", "en")
        assert data["mainEntityOfPage"] == data["url"]
        assert all(
            m["@type"] in ("Country", "Organization", "Person", "GovernmentOrganization") for m in data["mentions"]
        )
        expected = gold(raw)
        if expected is None:
            continue
        assert data.get("datePublished") == expected["date"], raw
        if expected["publisher"]:
            assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]
        else:
            assert "publisher" not in data
        assert isinstance(data["citation"], list)


def test_the_original_article_is_linked_with_its_domain_and_is_what_the_page_is_based_on(site):
    pages = article_pages(site[0])
    html, data = pages["web/sourced.txt"]
    url = "https://www.antaranews.com/berita/3819387/menang-mudah"
    assert data["isBasedOn"] == [data["isBasedOn"][0], url] and data["isBasedOn"][0].endswith("/raw/web/sourced.txt")
    assert f'<a class="source" href="{url}" rel="nofollow noopener noreferrer external">antaranews.com</a>' in html
    html, data = pages["bad/scripturl.txt"]
    assert isinstance(data["isBasedOn"], str) and "javascript:" not in html.lower()
    assert 'class="source"' not in html


def test_bylines_link_their_author_pages_and_no_byline_means_no_author_index(site, tmp_path):
    output = site[0]
    linked = set()
    for html, _ in article_pages(output).values():
        linked |= set(re.findall(r'<dd><a href="(?:\.\./)*(author/[^"]+/)">', html))
    assert linked and all((output / url / "index.html").exists() for url in linked)
    assert re.search(r'href="(?:\./)?author/">', (output / "index.html").read_text())  # the index, from the footer
    bare = tmp_path / "content"
    shutil.copytree(CORPUS / "seeds", bare, ignore=shutil.ignore_patterns("*.json"))
    result = pelican(bare, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    assert not (tmp_path / "out" / "author").exists()
    assert "/author/" not in (tmp_path / "out" / "index.html").read_text()


def test_listing_pages_carry_no_news_article(site):
    output = site[0]
    for page in ["index.html", "archive/index.html", "publisher/index.html", "author/index.html"]:
        assert json_ld((output / page).read_text()) == []


def test_body_holds_paragraphs_only_and_removed_lines_are_listed_elsewhere(site):
    for raw, (html, _) in article_pages(site[0]).items():
        body = BODY.search(html).group(1).strip()
        assert body.startswith("<p>") or body.startswith('<p><span class="dateline">')
        expected = gold(raw)
        for line in (expected or {}).get("boilerplate", []):
            if len(line) > 12:
                escaped = line.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                assert escaped.strip() not in body, (raw, line)
                assert escaped.strip() in html, (raw, line)  # listed in the removed-lines section


def test_raw_originals_are_published_even_for_skipped_files(site):
    output = site[0]
    for name, data in BAD.items():
        assert (output / "raw" / name).read_bytes() == data
    assert len(list((output / "raw" / "articles").rglob("*.txt"))) == 21


def test_raw_originals_can_be_linked_where_the_repository_serves_them(tmp_path):
    """NEWS_ARCHIVE_RAW_URL: links and isBasedOn point there (path quoted) and raw/ is not written."""
    content = tmp_path / "content"
    (content / "dari web").mkdir(parents=True)
    (content / "dari web" / "satu artikel.txt").write_text(
        "Rusia Menyerang ISIS\n\nMOSKWA - Rusia menyerang posisi ISIS di Suriah pada Selasa, kata pejabat Rusia kepada wartawan.\n"
    )
    base = "https://raw.githubusercontent.com/user/repo/0123abc/content"
    result = pelican(content, tmp_path / "out", "-e", f'NEWS_ARCHIVE_RAW_URL="{base}/"')
    assert result.returncode == 0, result.stderr[-2000:]
    (page,) = (tmp_path / "out" / "article").glob("*/index.html")
    html = page.read_text()
    expected = f"{base}/dari%20web/satu%20artikel.txt"
    assert json_ld(html)[0]["isBasedOn"] == expected and f'<a href="{expected}" type="text/plain">' in html
    assert not (tmp_path / "out" / "raw").exists()


def test_scraped_markup_is_escaped_never_executed(site):
    (html, data) = article_pages(site[0])["bad/script.txt"]
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>" in data["headline"]  # kept as text in the data, escaped in the page
    assert "\\u003cscript" in html  # and inside the JSON-LD block


def test_bad_input_is_reported_with_file_and_line(site):
    log = site[1].stderr + site[1].stdout
    assert "bad/empty.txt: empty file" in log
    assert "bad/blank.txt: empty file" in log
    assert "bad/binary.txt: binary file" in log
    assert "bad/nul.txt:3: NUL bytes removed" in log
    assert "bad/latin1.txt:1: invalid UTF-8" in log
    assert "bad/badheader.txt:1: header Date" in log


def test_bad_header_date_is_not_used_and_header_title_is(site):
    (_, data) = article_pages(site[0])["bad/badheader.txt"]
    assert data["headline"] == "Judul Dari Header" and "datePublished" not in data


def test_undated_articles_are_listed_apart_and_kept_out_of_feeds(site):
    output = site[0]
    archive = (output / "archive" / "index.html").read_text()
    undated = [d for _, (_, d) in article_pages(output).items() if "datePublished" not in d]
    assert undated
    # the archive links the undated page with its count; that page lists them all
    assert re.search(
        rf'<h2><a href="(?:\.\./)*archive/undated/">[^<]+</a> <span class="count">\({len(undated)}\)', archive
    )
    bucket = (output / "archive" / "undated" / "index.html").read_text()
    feed = (output / "feeds" / "all.atom.xml").read_text()
    assert "1000-01-01" not in feed and ">1000<" not in archive + bucket
    for data in undated:
        assert str(escape(data["headline"]))[:20] in bucket


def test_fatal_warnings_fails_on_bad_input_and_passes_on_clean(tmp_path, site):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    assert pelican(bad, tmp_path / "out1", "--fatal", "warnings").returncode != 0
    clean = tmp_path / "clean"
    shutil.copytree(CORPUS / "seeds", clean, ignore=shutil.ignore_patterns("*.json"))
    result = pelican(clean, tmp_path / "out2", "--fatal", "warnings")
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_50_mb_file_does_not_stop_the_build(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    paragraph = (
        "JAKARTA - Pemerintah menyatakan sikapnya atas serangan udara di Suriah dalam konferensi pers kemarin.\n\n"
    )
    (content / "huge.txt").write_bytes(
        ("Judul Berkas Raksasa\n\n" + paragraph * (50_000_000 // len(paragraph))).encode()
    )
    (content / "small.txt").write_bytes(("Judul Berkas Kecil\n\n" + paragraph).encode())
    result = pelican(content, tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "huge.txt: larger than NEWS_ARCHIVE_MAX_BYTES" in result.stderr + result.stdout
    assert len(article_pages(tmp_path / "out")) == 2
    assert (tmp_path / "out" / "raw" / "huge.txt").stat().st_size > 50_000_000 - len(paragraph)


def test_actor_mentions_link_existing_actor_pages(site):
    output = site[0]
    seen = set()
    for _raw, (html, data) in article_pages(output).items():
        for mention in data["mentions"]:
            actor_id = mention["identifier"]
            assert mention["url"].endswith(f"/actor/{actor_id}/") and mention["name"]
            page = output / "actor" / actor_id / "index.html"
            assert page.exists(), actor_id
            assert f'href="../../actor/{actor_id}/"' in html  # the article links the actor
            seen.add(actor_id)
    assert {"russia", "turkey", "isis", "vladimir-putin"} <= seen


def test_actor_page_and_index(site):
    output = site[0]
    page = (output / "actor" / "russia" / "index.html").read_text()
    assert "<h1>Rusia</h1>" in page and "Moskow" in page  # name and aliases
    assert '<svg class="timeline"' in page and "Vladimir Putin" in page
    assert json_ld(page) == []
    assert (output / "feeds" / "actor" / "russia.atom.xml").exists()
    putin = re.sub(r"<[^>]+>", "", (output / "actor" / "vladimir-putin" / "index.html").read_text())
    assert "Rusia, Presiden (2012–)" in putin  # the role, a space, then its years
    index = (output / "actor" / "index.html").read_text()
    for heading in ("Negara", "Tokoh", "Kelompok bersenjata", "Organisasi"):
        assert f"<h2>{heading}</h2>" in index
    assert 'href="../actor/russia/"' in index
    # only actors that articles name are listed; the dictionary's others are folded away
    listed = re.findall(r'<li><a href="\.\./actor/([^/]+)/">', index)
    assert listed and all((output / "actor" / actor / "index.html").exists() for actor in listed)
    folded = index.split('<details class="unnamed-actors">', 1)[1]
    assert "<a " not in folded.split("</details>", 1)[0]


def test_invalid_actor_dictionary_stops_the_build(tmp_path):
    bad = tmp_path / "actors.yml"
    bad.write_text(
        "actors:\n  - id: russia\n    names: {en: Russia}\n    type: country\n  - id: russia\n    names: {en: R}\n    type: country\n"
    )
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.txt").write_text(
        "Judul\n\nMOSKOW - Rusia menyatakan sikapnya atas serangan udara di Suriah kemarin sore.\n"
    )
    settings = tmp_path / "conf.py"
    settings.write_text(f"from pelicanconf import *\nACTORS_FILE = {str(bad)!r}\n")
    result = pelican(content, tmp_path / "out", settings=str(settings), env={"PYTHONPATH": str(ROOT)})
    assert result.returncode != 0
    assert f"{bad}:5: duplicate id 'russia'" in result.stderr + result.stdout


def test_copies_link_each_other_and_nothing_else(site):
    pages = article_pages(site[0])
    linked = {}
    for raw, (html, _) in pages.items():
        if 'id="also-published"' in html:
            section = html.split('id="also-published"')[1].split("</section>")[0]
            linked[raw] = section
    assert set(linked) == {
        "articles/dev/001.txt",
        "articles/dev/002.txt",
        "articles/dev/005.txt",
        "articles/dev/006.txt",
    }
    url_of = {raw: data["url"] for raw, (_, data) in pages.items()}
    assert url_of["articles/dev/002.txt"].split("/article/")[1] in linked["articles/dev/001.txt"]
    assert url_of["articles/dev/005.txt"].split("/article/")[1] in linked["articles/dev/006.txt"]


def test_slugs_stay_unique_for_articles_with_the_same_title(tmp_path):
    """Wire copies share titles: 50 files with one title still give 50 pages (the path hash
    itself is tested on thousands of paths in tests/text/test_slug.py)."""
    content = tmp_path / "content"
    content.mkdir()
    for i in range(50):
        (content / f"{i:04d}.txt").write_text(
            f"Judul Yang Sama\n\nJAKARTA - Artikel nomor {i} memuat teks yang berbeda dari artikel lainnya dalam arsip ini.\n"
        )
    result = pelican(content, tmp_path / "out")
    assert result.returncode == 0 and "with slug" not in result.stderr + result.stdout
    assert len(list((tmp_path / "out" / "article").glob("*/index.html"))) == 50


def test_actor_pages_list_every_article_once_under_month_headings(site):
    output = site[0]
    page = (output / "actor" / "russia" / "index.html").read_text()
    listed = re.findall(r'<li><a href="\.\./\.\./(article/[^"]+)">', page)
    mentioning = {
        d["url"].lstrip("/")
        for _, d in article_pages(output).values()
        if any(m["identifier"] == "russia" for m in d.get("mentions", []))
    }
    assert len(listed) == len(set(listed)) and set(listed) == mentioning
    headings = re.findall(r"<h3>(?:<a href=\"\.\./\.\./archive/(\d{4})/(\d\d)/\">[^<]+</a>|(Tanpa tanggal))</h3>", page)
    dated = [(int(y), int(m)) for y, m, undated in headings if not undated]
    assert dated == sorted(dated, reverse=True) and len(dated) == len(set(dated))  # newest first, one heading each
    assert headings[-1][2] == "Tanpa tanggal"  # undated articles come last


def test_home_shows_the_newest_articles_and_links_the_whole_archive(tmp_path):
    content = sample_content(tmp_path / "content")
    result = pelican(content, tmp_path / "out", "-e", "NEWS_ARCHIVE_HOME_ARTICLES=3")
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "out" / "index.html").read_text()
    total = len(article_pages(tmp_path / "out"))
    assert home.count('<li class="card">') == 3
    assert f'<a href="./archive/">Semua {total} artikel, menurut bulan →</a>' in home
    assert not (tmp_path / "out" / "page").exists()  # no pages of cards


def test_month_pages_lead_to_their_neighbours_their_year_and_the_archive(site):
    output = site[0]
    months = sorted((output / "archive").glob("*/*/index.html"))
    assert len(months) >= 2
    for page in months:
        html = page.read_text()
        year = page.parent.parent.name
        assert re.search(rf'<a href="(?:\.\./)*archive/{year}/">{year}</a>', html), page
        assert 'rel="prev"' in html or 'rel="next"' in html, page
        assert re.search(r'<p class="meta">\d[\d.]* artikel', html), page


def test_article_header_is_one_byline_line_with_the_date_linking_its_month(site):
    for raw, (html, data) in article_pages(site[0]).items():
        header = html.split("<header>", 2)[-1].split("</header>", 1)[0]
        assert '<p class="byline">' in header and "<dl" not in header, raw
        if "datePublished" in data and len(data["datePublished"]) == 10:
            year, month = data["datePublished"][:4], data["datePublished"][5:7]
            assert re.search(
                rf'<time datetime="{data["datePublished"]}"><a href="(?:\.\./)*archive/{year}/{month}/">', header
            )
        chips = re.findall(r'<a href="[^"]*actor/', header.split("<details", 1)[0])
        assert len(chips) <= 7, raw  # the rest fold under "+N"
        assert 'class="provenance"' in html and "<dt>Penerbit</dt>" in html  # the full record, after the text


def test_an_undated_copy_says_whose_dated_story_it_copies(site):
    said = 0
    for html, data in article_pages(site[0]).values():
        if "datePublished" in data:
            continue
        match = re.search(
            r'<span class="undated">[^<]+</span> · <a href="[^"]+">salinan berita ([^<]+) tanggal ([^<]+)</a>', html
        )
        if match:
            said += 1
            assert re.search(r"\d{4}$", match.group(2))
    assert said >= 1


def test_actor_page_leads_to_months_and_search_and_publisher_pages_say_what_they_hold(site):
    output = site[0]
    page = (output / "actor" / "russia" / "index.html").read_text()
    assert re.search(r'<form class="search-within"[^>]*action="(?:\.\./)*search/"', page)
    assert '<input type="hidden" name="actor" value="russia">' in page
    bars = re.findall(r'<a href="((?:\.\./)*archive/\d{4}/\d\d/)" aria-label="[^"]+"><rect', page)
    assert bars and all((output / "actor" / "russia" / bar / "index.html").resolve().exists() for bar in bars)
    assert '<details class="timeline-table">' in page
    aliases = page.split("<dd>", 1)[1].split("</dd>", 1)[0]
    assert len(aliases.split("<details")[0].split(", ")) <= 5
    for feed_link in re.findall(r'href="((?:\.\./)*feeds/actor/[^"]+)"', page):
        feed = (output / "actor" / "russia" / feed_link).resolve().read_text()
        assert "<entry>" in feed  # a linked feed is never empty
    publisher = (output / "publisher" / "kompascom" / "index.html").read_text()
    assert re.search(
        r'<p class="meta">\d+ artikel · [^<]+ – [^<]+ · <a href="[^"]+\.atom\.xml">Atom</a></p>', publisher
    )
    assert '<p class="chips" aria-label="Aktor"><a href=' in publisher


def test_home_gives_an_overview_of_the_archive(site):
    output = site[0]
    home = (output / "index.html").read_text()
    overview = home.split('<section class="overview"', 1)[1].split("</section>", 1)[0]
    count = len(list((output / "article").glob("*/index.html")))
    assert re.search(rf">{count} artikel dari \d+ penerbit · [^<]+ – [^<]+ · <a ", overview)
    assert 'href="archive/undated/"' in overview or 'href="./archive/undated/"' in overview
    assert overview.count("actor/") >= 3 and overview.count("publisher/") >= 3


def test_related_stories_link_other_articles_never_the_page_or_its_copies(site):
    output = site[0]
    sections = 0
    for page in (output / "article").glob("*/index.html"):
        html = page.read_text()
        if 'id="related"' not in html:
            continue
        sections += 1
        related = re.findall(r'href="((?:\.\./)*article/[^"]+/)"', html.split('id="related"')[1].split("</section>")[0])
        copies = html.split('id="also-published"')[1].split("</section>")[0] if 'id="also-published"' in html else ""
        for url in related:
            target = (page.parent / url / "index.html").resolve()
            assert target.exists() and target != page.resolve() and url.split("article/")[1] not in copies
    assert sections >= 1


def test_actor_page_rows_give_date_and_publisher_and_publisher_pages_the_date(site):
    output = site[0]
    actor = (output / "actor" / "russia" / "index.html").read_text()
    rows = re.findall(r'<ol class="titles">\n<li>.*?</li>', actor)
    assert rows and all(re.search(r"<small>(<time>\d{4}-\d\d-\d\d</time> · )?[^<]+</small></li>$", r) for r in rows)
    publisher = (output / "publisher" / "kompascom" / "index.html").read_text()
    assert re.search(r"<small><time>\d{4}-\d\d-\d\d</time></small></li>", publisher)  # its own name is not repeated
