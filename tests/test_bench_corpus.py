"""The benchmark's synthetic archive: deterministic, and read by our pipeline as a real scrape
would be (else the figures would measure something else)."""

from bench import corpus
from news_archive.text.pipeline import analyse


def files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_same_seed_writes_the_same_archive_and_its_markdown_twin(tmp_path):
    corpus.generate(30, tmp_path / "a" / "raw", tmp_path / "a" / "md")
    corpus.generate(30, tmp_path / "b" / "raw", tmp_path / "b" / "md")
    first = files(tmp_path / "a")
    assert len(first) == 60 and first == files(tmp_path / "b")
    twin = (tmp_path / "a" / "md" / "000" / "000003.md").read_text()
    assert twin.startswith("Title: ") and "\nDate: " in twin and "\nTags: " in twin
    corpus.generate(30, tmp_path / "c" / "raw", tmp_path / "c" / "md", seed=8)
    assert files(tmp_path / "c") != first


def test_generated_articles_have_the_boilerplate_dates_and_actors_our_reader_handles():
    generator = corpus.Generator()
    articles = [generator.article(i) for i in range(200)]
    stamped = removed = 0
    for article in articles:
        result = analyse(article.raw, source=article.name)
        body = result.body_text
        assert "0 komentar" not in body and "Baca juga" not in body and "Editor:" not in body, article.name
        removed += len(result.removed)
        if result.date.known:  # never invented: the date is on the line it cites
            line = result.date.line
            assert str(result.date.date.year) in article.raw.splitlines()[line - 1], article.name
        # A date stamp under the headline is unambiguous; elsewhere the recombined corpus
        # sentences bring their own dates ("seperti dikutip Reuters, Selasa (24/1/2017)").
        if (
            article.date
            and f"{article.date.day} {corpus.MONTHS[article.date.month - 1]} {article.date.year} |" in article.raw
        ):
            stamped += 1
            assert result.date.date == article.date, article.name
    assert stamped > 60
    assert removed >= 3 * len(articles)  # caption, "Baca juga", editor, comment widgets...
    assert sum(bool(a.actors) for a in articles) > 150
