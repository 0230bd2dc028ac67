"""Zero broken links: the published site under a project subpath, and the plain local site."""

import shutil

import pytest

from .build import pelican, sample_content
from .crawl import crawl, fetch, links_of, serve


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    """The sample archive plus the labelled fixtures: dated, undated, many actors."""
    return sample_content(tmp_path_factory.mktemp("links") / "content")


@pytest.mark.build
def test_published_site_under_a_subpath_has_no_broken_link(content, tmp_path):
    root = tmp_path / "serve"
    with serve(root) as port:
        base = f"http://127.0.0.1:{port}/archive-test"
        result = pelican(content, root / "archive-test", settings="publishconf.py", env={"SITEURL": base})
        assert result.returncode == 0, result.stderr[-2000:]
        report = crawl(base + "/", base + "/")
        assert report["pages"] > 40
        assert report["broken"] == [] and report["escaped"] == [] and report["foreign"] == []
        assert (root / "archive-test" / ".nojekyll").exists()
        # 404.html is served for missing paths at any depth: its links must not depend on depth.
        status, body, _ = fetch(base + "/404.html")
        assert status == 200
        for link in links_of(body.decode()):
            if not link.startswith(("#", "data:")):
                assert link.startswith(base), link
                assert fetch(link)[0] == 200, link
        assert_search_files_resolve(base + "/search/")


@pytest.mark.build
def test_local_site_at_the_root_has_no_broken_link(content, tmp_path):
    output = tmp_path / "output"
    result = pelican(content, output)
    assert result.returncode == 0, result.stderr[-2000:]
    with serve(output) as port:
        base = f"http://127.0.0.1:{port}/"
        report = crawl(base, base)
        assert report["pages"] > 40
        assert report["broken"] == [] and report["escaped"] == [] and report["foreign"] == []
        _status, body, _ = fetch(base + "404.html")
        deep = base + "some/deep/missing/page/"
        from urllib.parse import urljoin

        for link in links_of(body.decode()):
            if not link.startswith(("#", "data:")):
                assert fetch(urljoin(deep, link))[0] == 200, link
        assert_search_files_resolve(base + "search/")


def assert_search_files_resolve(index: str) -> None:
    """Every file the search page can request exists: the crawler runs no script."""
    import json
    import math

    status, body, _ = fetch(index + "meta.json")
    assert status == 200
    meta = json.loads(body)
    paths = [f"t/{i}.json" for i in range(meta["shards"])] + [f"v/{k}.json" for k in meta["vocab"]]
    paths += [f"d/{i}.json" for i in range(math.ceil(meta["documents"] / meta["chunk"]))] + ["facets.json"]
    missing = [p for p in paths if fetch(index + p)[0] != 200]
    assert missing == []


def test_size_report_enforces_github_limits(tmp_path):
    from news_archive.cli.size_report import FILE_LIMIT, size_report

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("x")
    (tmp_path / "index.html").write_text("<p>ok</p>")
    report = size_report(tmp_path)
    assert (report.files, report.articles, report.errors) == (2, 1, [])
    with open(tmp_path / "big.bin", "wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(FILE_LIMIT + 1)
    report = size_report(tmp_path)
    assert report.errors and "big.bin" in report.errors[0]
    with open(tmp_path / "big.bin", "wb") as handle:
        handle.truncate(int(FILE_LIMIT * 0.8))
    report = size_report(tmp_path)
    assert report.errors == [] and "big.bin" in report.warnings[0]


def test_size_report_says_where_the_bytes_go_and_how_to_free_the_raw_originals(tmp_path, monkeypatch):
    from news_archive.cli import size_report as publish

    (tmp_path / "raw" / "001").mkdir(parents=True)
    (tmp_path / "raw" / "001" / "a.txt").write_text("r" * 600)
    (tmp_path / "raw" / "001" / "b.txt").write_text("r" * 400)
    for slug in ("a", "b"):
        (tmp_path / "article" / slug).mkdir(parents=True)
        (tmp_path / "article" / slug / "index.html").write_text("p" * 300)
    (tmp_path / "sitemap.xml").write_text("s" * 100)
    monkeypatch.setattr(publish, "SITE_LIMIT", 900)
    report = publish.size_report(tmp_path)
    assert report.sections == [("raw", 1000), ("article", 600), ("sitemap.xml", 100)]
    assert report.articles == 2 and report.errors and "NEWS_ARCHIVE_RAW_URL" in report.errors[0]
    # Originals linked, not copied: the article pages are counted, and there is nothing to free.
    shutil.rmtree(tmp_path / "raw")
    report = publish.size_report(tmp_path)
    assert (report.articles, report.total, report.errors) == (2, 700, [])
    assert report.warnings and "NEWS_ARCHIVE_RAW_URL" not in report.warnings[0]
