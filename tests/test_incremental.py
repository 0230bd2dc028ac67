"""Rebuilds render only the article pages whose inputs changed."""

import shutil

import pytest

from news_archive.adapters.reader import relative_source

from .build import article_pages, pelican
from .config import article_config, pelican_settings
from .conftest import CORPUS, ROOT


def mtimes(output):
    return {p.parent.name: p.stat().st_mtime_ns for p in (output / "article").glob("*/index.html")}


def feed_mtimes(output):
    return {str(p.relative_to(output / "feeds")): p.stat().st_mtime_ns for p in (output / "feeds").rglob("*.xml")}


def build(content, output, conf=None):
    result = pelican(content, output, **({"settings": str(conf)} if conf else {}))
    assert result.returncode == 0, result.stderr[-2000:]


def first_build(tmp_path):
    """The dev fixtures built once with a cache of their own: (content, output, settings file)."""
    content = tmp_path / "content"
    shutil.copytree(CORPUS / "dev", content, ignore=shutil.ignore_patterns("*.json"))
    conf = tmp_path / "conf.py"
    conf.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nCACHE_PATH = {str(tmp_path / 'cache')!r}\n"
    )
    output = tmp_path / "out"
    build(content, output, conf)
    return content, output, conf


@pytest.mark.build
def test_only_changed_articles_and_the_feeds_listing_them_are_rendered_again(tmp_path):
    content, output, conf = first_build(tmp_path)
    first, home, feeds = mtimes(output), (output / "index.html").stat().st_mtime_ns, feed_mtimes(output)
    build(content, output, conf)
    assert mtimes(output) == first  # nothing changed: no article page rendered again
    assert feed_mtimes(output) == feeds and len(feeds) > 10
    assert (output / "index.html").stat().st_mtime_ns != home  # listings always are

    pages = article_pages(output)
    changed = pages["010.txt"][1]["url"].split("/article/")[1].strip("/")
    (content / "010.txt").write_text((content / "010.txt").read_text().replace("Joko Widodo", "Joko Widodo (Jokowi)"))
    build(content, output, conf)
    after = mtimes(output)
    rendered = {slug for slug in after if after[slug] != first.get(slug)}
    assert changed in rendered and len(rendered) <= 3  # the article, and at most its date neighbours
    assert "Joko Widodo (Jokowi)" in (output / "article" / changed / "index.html").read_text()
    rewritten = {name for name, t in feed_mtimes(output).items() if t != feeds[name]}
    listing = {name for name in feeds if f"article/{changed}/" in (output / "feeds" / name).read_text()}
    assert "all.atom.xml" in listing and listing <= rewritten and len(rewritten) < len(feeds) / 2

    (output / "article" / changed / "index.html").unlink()
    build(content, output, conf)
    assert (output / "article" / changed / "index.html").exists()  # a missing page is written again

    conf.write_text(conf.read_text() + "SITENAME = 'Arsip Lain'\n")
    build(content, output, conf)
    assert all(t != mtimes(output)[slug] for slug, t in after.items() if slug != changed)  # settings: all
    assert "Arsip Lain" in next((output / "article").glob("*/index.html")).read_text()


def test_files_are_hashed_once_and_again_only_when_changed(tmp_path, monkeypatch):
    import pathlib

    from news_archive.article import cache

    (tmp_path / "a.txt").write_text("JAKARTA - Satu.\n")
    (tmp_path / "b.txt").write_text("JAKARTA - Dua.\n")
    files = [(tmp_path / "a.txt", "a.txt"), (tmp_path / "b.txt", "b.txt")]
    config, folder = article_config(), str(tmp_path / "cache" / "news_archive")
    cache.AnalysisCache(config, folder).prefill(files)
    read = []  # a new build (a new AnalysisCache): only digests.pickle remembers
    original = pathlib.Path.read_bytes
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    (tmp_path / "b.txt").write_text("JAKARTA - Dua, diubah.\n")
    fresh = cache.AnalysisCache(config, folder)
    fresh.prefill(files)
    assert read == ["b.txt"]
    assert fresh.digest_of(tmp_path / "b.txt", "b.txt") == cache.AnalysisCache.digest(
        original(tmp_path / "b.txt"), "b.txt"
    )


def test_the_cache_keeps_this_code_version_and_the_two_used_last(tmp_path):
    import os

    from news_archive.article import cache

    root = tmp_path / "cache" / "news_archive"
    older = [root / f"{n:016x}" for n in range(4)]  # versions used 4, 3, 2 and 1 days ago
    for days, folder in zip((4, 3, 2, 1), older):
        (folder / "ab").mkdir(parents=True)
        os.utime(folder, (0, folder.stat().st_mtime - days * 86400))
    (root / "notes").mkdir()  # not a version: left alone
    current = cache.AnalysisCache(article_config(), str(root))
    current.prefill([])
    versions = sorted(p.name for p in root.iterdir() if p.is_dir())
    assert versions == sorted([current.version, older[2].name, older[3].name, "notes"])


@pytest.mark.build
def test_only_the_listings_of_a_changed_article_are_rendered_again(tmp_path):
    content, output, conf = first_build(tmp_path)

    def listings():
        return {
            p.parent.relative_to(output).as_posix(): p.stat().st_mtime_ns
            for folder in ("actor", "publisher")
            for p in (output / folder).glob("*/index.html")
        }

    first = listings()
    build(content, output, conf)
    assert listings() == first  # nothing changed: no actor or publisher page rendered again

    _html, data = article_pages(output)["010.txt"]
    own = {f"actor/{m['identifier']}" for m in data["mentions"]}
    title = data["headline"]
    (content / "010.txt").write_text((content / "010.txt").read_text().replace(title, title + " (diperbarui)", 1))
    build(content, output, conf)
    now = listings()
    rendered = {page for page in now if now[page] != first[page]}
    actor_pages = {page for page in rendered if page.startswith("actor/")}
    assert actor_pages == own and own  # the changed article's actors, and no other actor
    for page in own:
        assert title + " (diperbarui)" in (output / page / "index.html").read_text()


def test_compiled_templates_are_kept_per_jinja_setup_and_follow_the_source(tmp_path):
    from types import SimpleNamespace

    import jinja2

    from news_archive.adapters.incremental_writer import compiled_templates

    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "page.html").write_text("{{ x }} one")

    def generator(**settings):
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path / "t")))
        found = SimpleNamespace(env=env, settings=pelican_settings(CACHE_PATH=str(tmp_path / "cache"), **settings))
        compiled_templates(found)
        return found

    first = generator(JINJA_ENVIRONMENT={"trim_blocks": True})
    assert first.env.get_template("page.html").render(x=1) == "1 one"
    kept = list((tmp_path / "cache" / "news_archive" / "templates").glob("*/*.cache"))
    assert len(kept) == 1
    (tmp_path / "t" / "page.html").write_text("{{ x }} two")
    assert generator(JINJA_ENVIRONMENT={"trim_blocks": True}).env.get_template("page.html").render(x=1) == "1 two"
    other = generator(JINJA_ENVIRONMENT={"trim_blocks": False})
    assert other.env.bytecode_cache.directory != first.env.bytecode_cache.directory
    assert generator(JINJA_ENVIRONMENT={}, NEWS_ARCHIVE_CACHE=False).env.bytecode_cache is None


def test_a_source_is_named_relative_to_the_content_folder():
    # The cache key and the slug's hash use this name: the fast path must agree with relpath.
    settings = {"PATH": "/site/content"}
    assert relative_source("/site/content/2016/03/a.txt", settings) == "2016/03/a.txt"
    assert relative_source("/site/content-old/a.txt", settings) == "../content-old/a.txt"  # a sibling, not inside
