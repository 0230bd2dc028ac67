"""The theme in a real browser: accessibility (axe-core), responsive layout, weight, security.

Screenshots of every page type at 360 and 1280 px are written to tests/browser/screenshots/
(look at them; they are not committed)."""

import gzip
import re
from pathlib import Path

import pytest

from ..conftest import ROOT

SHOTS = Path(__file__).parent / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def page_types(output: Path) -> dict[str, str]:
    """One page of each type of the built site (paths relative to its root)."""
    article = sorted(p.parent.relative_to(output).as_posix() for p in (output / "article").glob("*/index.html"))[0]
    publisher = sorted(p.parent.relative_to(output).as_posix() for p in (output / "publisher").glob("*/index.html"))[0]
    month = sorted(p.parent.relative_to(output).as_posix() for p in (output / "archive").glob("*/*/index.html"))[0]
    return {
        "home": "",
        "article": article + "/",
        "archives": "archive/",
        "undated": "archive/undated/",
        "month": month + "/",
        "publishers": "publisher/",
        "publisher": publisher + "/",
        "actors": "actor/",
        "actor": "actor/russia/",
        "search": "search/?q=serangan",
        "about": "about/",
        "404": "404.html",
    }


@pytest.fixture(scope="module")
def types(site):
    return page_types(site[1])


def open_page(page, base, path):
    page.goto(base + path)
    if path.startswith("search/"):
        page.wait_for_selector(".result")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "name",
    [
        "home",
        "article",
        "archives",
        "month",
        "undated",
        "publishers",
        "publisher",
        "actors",
        "actor",
        "search",
        "about",
        "404",
    ],
)
def test_no_serious_accessibility_violations(browser, site, types, name, scheme):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)  # bypass: to inject axe-core
    page = context.new_page()
    open_page(page, site[0], types[name])
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => [v.id, v.impact, v.nodes.length]))"
    )
    context.close()
    assert [v for v in found if v[1] in ("serious", "critical")] == []


@pytest.mark.parametrize("width", [360, 1280])
def test_layout_and_screenshots(browser, site, types, width):
    SHOTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for name, path in types.items():
        open_page(page, site[0], path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        assert page.locator("h1").count() == 1, name
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    if width == 1280:
        open_page(page, site[0], types["article"])
        reading = page.evaluate("document.getElementById('article-body').getBoundingClientRect().width")
        assert 500 <= reading <= 760  # a comfortable measure, not the full window
    context.close()


def test_article_prints_without_site_chrome(browser, site, types):
    context = browser.new_context()
    page = context.new_page()
    open_page(page, site[0], types["article"])
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "none"
    assert page.evaluate("getComputedStyle(document.getElementById('article-body')).display") != "none"
    context.close()


def test_non_search_pages_are_light_and_local(page, site, types):
    assets = set()
    page.on("response", lambda r: assets.add(r.url) if r.url.endswith((".css", ".js")) else None)
    for name in ("home", "article", "actor"):
        open_page(page, site[0], types[name])
    # Bodies fetched afterwards: a response's body is gone once the page has navigated on.
    sizes = {url: len(gzip.compress(page.request.get(url).body())) for url in assets}
    assert sizes and sum(sizes.values()) <= 30_000
    assert not [u for u in page.requests if re.search(r"\.(woff2?|ttf|otf)$", u)]


def test_skip_link_and_focus(page, site, types):
    open_page(page, site[0], types["article"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
