"""Browser tests: Playwright for Python driving Debian's chromium against a site served locally.

Without a browser they skip with a message, unless CI is set: in CI they must run.
"""

import html
import os
from pathlib import Path

import pytest

from ..build import pelican, sample_content
from ..crawl import CHROMIUM, FLAGS, serve

XSS_TITLE = "Judul <img src=x onerror=alert(1)> Berbahaya"


def _skip_or_fail(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: browser tests must run; .ci/run installs chromium)")
    pytest.skip(f"{reason}: browser tests skipped (install Debian's chromium, or set CI to make this an error)")


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        _skip_or_fail(f"{CHROMIUM} not found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("playwright is not installed")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The sample archive, the labelled fixtures and a hostile article, built and served."""
    root = tmp_path_factory.mktemp("browser")
    content = sample_content(root / "content")
    (content / "articles" / "xss.txt").write_text(
        # Markup in the text is read as HTML (the script goes); markup written as entities is text,
        # which every page and the search results must show escaped, never run.
        f"{html.escape(XSS_TITLE)}\n\nJAKARTA - Teks zanzibarkata <script>alert(2)</script> ini menguji pelolosan markup "
        "di halaman hasil pencarian arsip.\n"
    )
    output = root / "output"
    result = pelican(content, output)
    assert result.returncode == 0, result.stderr[-2000:]
    with serve(output) as port:
        yield f"http://127.0.0.1:{port}/", output


@pytest.fixture
def page(browser, site):
    base = site[0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors, page.requests, page.dialogs = [], [], []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith(base)] == []
    context.close()


def pytest_collection_modifyitems(items):
    """Every test in this folder drives a browser against a built site."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.build)
