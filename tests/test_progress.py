from news_archive.adapters.progress import PROGRESS_FROM, Progress


def test_progress_is_quiet_for_small_builds(capsys):
    progress = Progress()
    progress.start(PROGRESS_FROM - 1)
    for _ in range(PROGRESS_FROM - 1):
        progress.article_read()
        progress.page_written()
    assert capsys.readouterr().err == ""


def test_progress_prints_about_ten_lines_for_large_builds(capsys):
    progress = Progress()
    progress.start(25_000)
    for _ in range(25_000):
        progress.article_read()
    for _ in range(60_000):
        progress.page_written()
    lines = capsys.readouterr().err.splitlines()
    read = [ln for ln in lines if "articles read" in ln]
    written = [ln for ln in lines if "pages written" in ln]
    assert len(read) == 10 and read[-1].startswith("news-archive: 25,000 of 25,000 articles read")
    assert len(written) == 24 and written[0].startswith("news-archive: 2,500 pages written")
