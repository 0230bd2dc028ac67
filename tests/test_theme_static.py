"""Theme checks on the built HTML: security policy, metadata, feeds, sitemap, language."""

import re
import shutil

import pytest

from .build import pelican, sample_content
from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.build  # runs a real Pelican build


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("theme")
    content = sample_content(root / "content")
    result = pelican(content, root / "out", settings="publishconf.py", env={"SITEURL": "https://user.github.io/repo"})
    assert result.returncode == 0, result.stderr[-2000:]
    return root / "out"


def pages(output):
    return [p for p in output.rglob("*.html") if "raw" not in p.parts]


def test_only_external_scripts_and_json_ld(published):
    for path in pages(published):
        html = path.read_text()
        policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert policy, path
        directives = dict(d.strip().split(" ", 1) for d in policy.group(1).split(";"))
        for kind in ("script-src", "style-src", "connect-src"):  # unset: default-src applies
            assert directives.get(kind, directives["default-src"]) == "'self'", (path, kind)
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert 'src="' in tag or 'type="application/ld+json"' in tag, (path, tag)
        assert " style=" not in html and "<style" not in html, path  # style-src 'self' forbids inline styles


def test_canonical_and_open_graph(published):
    article = next((published / "article").glob("*/index.html"))
    html = article.read_text()
    url = "https://user.github.io/repo/" + article.parent.relative_to(published).as_posix() + "/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html and f'<meta property="og:url" content="{url}">' in html
    assert re.search(r'<meta property="og:title" content="[^"]+">', html)
    assert re.search(r'<meta property="og:description" content="[^"]{20,}">', html)
    search = (published / "search" / "index.html").read_text()
    assert '<meta name="robots" content="noindex">' in search


def test_sitemap_and_feeds_parse_with_absolute_links_and_dated_articles(published, tmp_path):
    from xml.etree import ElementTree

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "a": "http://www.w3.org/2005/Atom"}
    urls = ElementTree.parse(published / "sitemap.xml").getroot().findall("s:url", ns)
    dated = {u.find("s:loc", ns).text: u.find("s:lastmod", ns) for u in urls if "/article/" in u.find("s:loc", ns).text}
    assert dated and any(mod is not None for mod in dated.values())
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", mod.text) for mod in dated.values() if mod is not None)
    # a local build (no SITEURL): feed entries still link and identify absolutely
    local = tmp_path / "local"
    result = pelican(sample_content(tmp_path / "content"), local)
    assert result.returncode == 0, result.stderr[-2000:]
    for feed in [local / "feeds" / "all.atom.xml", *(local / "feeds" / "actor").glob("*.atom.xml")]:
        root = ElementTree.parse(feed).getroot()
        for entry in root.findall("a:entry", ns):
            assert entry.find("a:link", ns).get("href").startswith("http://127.0.0.1:8000/"), feed
            assert entry.find("a:id", ns).text.startswith("tag:127.0.0.1,"), feed


def test_feeds_and_sitemap(published):
    assert (published / "feeds" / "all.atom.xml").exists()
    assert list((published / "feeds" / "actor").glob("*.atom.xml"))
    assert list((published / "feeds" / "publisher").glob("*.atom.xml"))
    sitemap = (published / "sitemap.xml").read_text()
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert "https://user.github.io/repo/" in locs and "https://user.github.io/repo/actor/russia/" in locs
    assert len(locs) == len([p for p in published.rglob("index.html") if not {"raw", "t", "d", "v"} & set(p.parts)])
    feed = (published / "feeds" / "all.atom.xml").read_text()
    assert "<content" not in feed and "1000-01-01" not in feed  # summaries only, no placeholder dates


def test_english_interface(tmp_path):
    conf = tmp_path / "en.py"
    conf.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nNEWS_ARCHIVE_LANG = 'en'\nDEFAULT_LANG = 'en'\n"
    )
    content = tmp_path / "content"
    shutil.copytree(CORPUS / "seeds", content, ignore=shutil.ignore_patterns("*.json"))
    result = pelican(content, tmp_path / "out", settings=str(conf))
    assert result.returncode == 0, result.stderr[-2000:]
    html = "".join(p.read_text() for p in (tmp_path / "out" / "article").glob("*/index.html"))
    assert "Tuesday, 24 January 2017" in html and "date unknown" in html and "Publisher" in html
    assert '<html lang="en">' in html
    home = (tmp_path / "out" / "index.html").read_text()
    assert ">Archives</a>" in home and ">Arsip</a>" not in home


def test_indonesian_dates_and_reasons(published):
    html = "".join(p.read_text() for p in (published / "article").glob("*/index.html"))
    assert "Selasa, 24 November 2015" in html
    assert "widget komentar" in html and "tanggal terbit yang tertulis di atas artikel, baris" in html


def test_sitemaps_past_the_protocol_limit_are_split_under_an_index(tmp_path):
    from news_archive.adapters import sitemap

    for rel in ("", "a/", "b/", "b/c/", "raw/x/"):
        (tmp_path / rel).mkdir(parents=True, exist_ok=True)
        (tmp_path / rel / "index.html").write_text("<p>page</p>")
    assert sitemap.write(tmp_path, "https://u.github.io/r", {"raw"}, limit=10) == 1
    assert re.findall(r"<loc>([^<]+)</loc>", (tmp_path / "sitemap.xml").read_text()) == [
        "https://u.github.io/r/",
        "https://u.github.io/r/a/",
        "https://u.github.io/r/b/",
        "https://u.github.io/r/b/c/",
    ]
    assert sitemap.write(tmp_path, "https://u.github.io/r", {"raw"}, limit=3) == 3
    index = (tmp_path / "sitemap.xml").read_text()
    assert "<sitemapindex" in index and re.findall(r"<loc>([^<]+)</loc>", index) == [
        "https://u.github.io/r/sitemap-1.xml",
        "https://u.github.io/r/sitemap-2.xml",
    ]
    parts = [re.findall(r"<loc>([^<]+)</loc>", (tmp_path / f"sitemap-{n}.xml").read_text()) for n in (1, 2)]
    assert [len(p) for p in parts] == [3, 1]
    sitemap.write(tmp_path, "https://u.github.io/r", {"raw"}, limit=10)  # fewer pages again: no stale parts
    assert not list(tmp_path.glob("sitemap-*.xml"))
