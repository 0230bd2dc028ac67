"""The search page in a real browser."""

import json
import re
import subprocess
from urllib.parse import quote

from news_archive.search.analysis import analyse

from ..conftest import ROOT
from .conftest import XSS_TITLE


def expected_titles(output, stem):
    """{title: story} of the indexed articles whose title or body has ``stem``, from the cards;
    copies of one story share its group."""
    meta = json.loads((output / "search" / "meta.json").read_text())
    titles = {}
    for i in range(0, meta["documents"], meta["chunk"]):
        for card in json.loads((output / "search" / "d" / f"{i // meta['chunk']}.json").read_text()):
            page = (output / card[0] / "index.html").read_text()
            if stem in analyse(
                re.sub(r"<[^>]+>", " ", page.split('id="article-body">')[1].split("</div>")[0]) + " " + card[1]
            ):
                titles[card[1]] = card[7] if card[7] is not None else card[0]
    return titles


def wait_until(page, expression, timeout=10.0):
    """Poll ``expression`` from the test side: Playwright's own polling evaluates strings in the
    page, which the site's Content-Security-Policy (no 'unsafe-eval') refuses."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        page.wait_for_timeout(50)


def results(page):
    page.wait_for_selector("#search-results .result")
    return [a.inner_text() for a in page.query_selector_all(".result h2 a")]


def test_serangan_finds_every_form_of_the_word_and_as_you_type_more(page, site):
    base, output = site
    expected = expected_titles(output, "serang")
    page.goto(base + "search/?q=serangan")  # a query as submitted: the word's forms, nothing else
    found = results(page)
    assert set(found) <= set(expected) and len(found) == len(set(expected.values())) >= 5  # one card per story
    assert "Rusia dan Turki menyerang ISIS di Aleppo" in found  # "menyerang" found by "serangan"
    assert page.url.endswith("/search/?q=serangan")
    marks = {m.inner_text().lower() for m in page.query_selector_all(".result mark")}
    assert {"menyerang", "serangan"} <= marks
    assert re.match(r"^\d+ (artikel|berita \(\d+ artikel\))", page.inner_text("#search-status"))
    page.goto(base + "search/")
    page.fill("#search-q", "serangan")  # as you type, the last word is also a prefix
    typed = results(page)
    assert len(typed) >= len(found) and "Rusia dan Turki menyerang ISIS di Aleppo" in typed
    assert page.url.endswith("/search/?q=serangan")  # the typed query is in the address


def test_a_word_still_being_typed_finds_and_announces_nothing_negative(page, site):
    base, _ = site
    page.goto(base + "search/")
    for partial in ("se", "ser", "seran"):
        page.fill("#search-q", partial)
        page.wait_for_timeout(600)
        status = page.inner_text("#search-status")
        assert "Tidak ada" not in status and "tidak dapat" not in status and "kata umum" not in status, (
            partial,
            status,
        )
    assert results(page)  # "seran" finds "serangan"


def test_filter_then_back_button(page, site):
    page.goto(site[0] + "search/?q=rusia")
    before = results(page)
    button = page.locator("#search-filters fieldset").nth(1).locator("button").first  # a publisher
    publisher = button.inner_text().rsplit(" (", 1)[0]
    count = int(button.inner_text().rsplit("(", 1)[1].rstrip(")"))
    button.click()
    wait_until(page, "document.querySelector('[aria-pressed=true]')")
    after = results(page)
    assert len(after) == count < len(before)
    assert all(publisher in m.inner_text() for m in page.query_selector_all(".result .meta"))
    assert "publisher=" in page.url
    page.go_back()
    wait_until(page, f"document.querySelectorAll('.result').length === {len(before)}")
    assert "publisher=" not in page.url


def test_reload_a_shared_url_and_open_a_result(page, site):
    page.goto(site[0] + "search/?q=putin")
    found = results(page)
    assert page.input_value("#search-q") == "putin" and found
    page.click(".result h2 a >> nth=0")
    page.wait_for_selector("#article-body")
    assert page.inner_text("h1") == found[0]


def test_no_results_offers_any_word_and_typo_tolerant_search(page, site):
    page.goto(site[0] + "search/?q=" + "serangn rusia")
    page.wait_for_selector("#search-suggestions button")
    assert "Tidak ada artikel" in page.inner_text("#search-status")
    page.click("#search-suggestions button >> nth=1")  # typo-tolerant
    assert results(page) and "mode=fuzzy" in page.url


def test_scraped_markup_is_shown_as_text(page, site):
    page.goto(site[0] + "search/?q=zanzibarkata")
    assert results(page) == [XSS_TITLE]
    assert page.query_selector("#search-results img") is None
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_keyboard(page, site):
    page.goto(site[0])
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-q"
    page.keyboard.type("isis")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=isis"))
    results(page)
    page.focus("#search-q")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.closest('.result') !== null")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.wait_for_selector("#article-body")
    assert page.inner_text("h1") == second


def test_index_loads_only_when_a_search_starts(page, site):
    page.goto(site[0] + "search/")
    page.wait_for_timeout(300)
    assert not [u for u in page.requests if "/search/meta.json" in u or "/search/t/" in u]
    page.fill("#search-q", "turki")
    results(page)
    assert [u for u in page.requests if "/search/meta.json" in u]


def test_split_index_matches_monolithic_lunr_in_the_browser(page, site, tmp_path):
    """The node exactness test, run again inside chromium on the built site's own index."""
    base, output = site
    bundle = output / "compare.js"
    subprocess.run(
        [
            "npx",
            "esbuild",
            "tests/js/browser_compare.js",
            "--bundle",
            "--format=iife",
            "--loader:.txt=text",
            f"--outfile={bundle}",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (output / "compare.html").write_text(
        '<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="compare.js"></script>'
    )
    page.goto(base + "compare.html")
    page.wait_for_function("window.comparison !== undefined", timeout=20000)
    comparison = page.evaluate("window.comparison")
    assert comparison["error"] is None
    assert len(comparison["queries"]) >= 10
    for item in comparison["queries"]:
        assert [r for r, _ in item["split"]] == [r for r, _ in item["monolithic"]], item["query"]
        assert all(abs(a - b) <= 1e-6 for (_, a), (_, b) in zip(item["monolithic"], item["split"]))


def test_no_filter_is_pressed_before_one_is_chosen(page, site):
    page.goto(site[0] + "search/?q=serangan")
    results(page)
    page.wait_for_selector("#search-filters button")
    assert page.locator("#search-filters [aria-pressed=true]").count() == 0
    undated = page.locator("#search-filters button", has_text="Tanpa tanggal")
    undated.click()
    wait_until(page, "document.querySelectorAll('[aria-pressed=true]').length === 1")
    assert "year=undated" in page.url
    assert all("tanggal tidak diketahui" in m.inner_text() for m in page.query_selector_all(".result .meta:not(.also)"))


def test_a_story_published_twice_is_shown_once_with_its_copy(page, site):
    page.goto(site[0] + "search/?q=latakia+sukhoi")
    found = results(page)
    titles = {
        "Turki Tembak Jatuh Jet Tempur Rusia di Perbatasan Suriah",
        "Jet Tempur Rusia Ditembak Jatuh Turki di Perbatasan Suriah",
    }
    assert len(titles & set(found)) == 1
    wait_until(page, "document.getElementById('search-status').textContent.startsWith('1 berita (2 artikel)')")
    also = page.locator(".result .also").first.inner_text()
    assert "Juga diterbitkan oleh" in also and ("wartaperang" in also or "Republika" in also)


def test_typing_a_title_with_stopwords_finds_it_first_and_stopwords_alone_are_explained(page, site):
    base, _ = site
    for query, title in (("Rusia dan Turki menyerang ISIS di Aleppo", "Rusia dan Turki menyerang ISIS di Aleppo"),
                         ("serangan di Aleppo", None)):  # fmt: skip
        page.goto(base + "search/?q=" + query.replace(" ", "+"))
        found = results(page)
        assert found and (title is None or found[0] == title), (query, found)
    page.goto(base + "search/?q=di+yang")
    wait_until(page, "document.getElementById('search-status').textContent.includes('kata umum')")
    assert page.query_selector("#search-results .result") is None


def test_results_come_first_and_survive_filter_data_that_fails_to_load(page, site):
    page.route("**/search/facets.json", lambda route: route.abort())
    page.goto(site[0] + "search/?q=serangan")
    assert results(page)
    page.wait_for_timeout(500)
    assert page.locator("#search-filters button").count() == 0
    assert "artikel" in page.inner_text("#search-status")
    page.errors[:] = [e for e in page.errors if "ERR_FAILED" not in e]  # the browser logs the refused fetch


def test_filters_count_disjunctively_stay_visible_and_keep_focus(page, site):
    page.goto(site[0] + "search/?q=rusia")
    total = len(results(page))
    page.wait_for_selector("#search-filters button")
    years = [b.get_attribute("data-value") for b in page.query_selector_all("#search-filters button[data-filter=year]")]
    dated = [y for y in years if y != "undated"]
    assert dated == sorted(dated, reverse=True) and (years[-1] == "undated" or "undated" not in years)  # time order
    year = page.locator("#search-filters button[data-filter=year]").first
    value = year.get_attribute("data-value")
    year.click()
    wait_until(page, "!!document.querySelector('#search-filters [aria-pressed=true]')")
    assert page.evaluate("document.activeElement.dataset.value") == value  # focus stays on the control
    in_year = len(results(page))
    assert in_year < total
    # the year group still counts every year (disjunctive), the others count within the year
    year_counts = sum(
        int(b.inner_text().rsplit("(", 1)[1].rstrip(")"))
        for b in page.query_selector_all("#search-filters button[data-filter=year]")
    )
    assert year_counts >= total
    assert value in page.inner_text("#search-chips")  # the active filter as a removable chip
    page.fill("#search-q", "rusia turki")  # refining the query keeps the filter
    wait_until(page, "location.search.includes('turki')")
    page.wait_for_timeout(400)
    assert f"year={value}" in page.url and value in page.inner_text("#search-chips")
    page.click("#search-chips button")
    wait_until(page, "!location.search.includes('year=')")


def test_on_a_phone_the_first_result_is_on_the_first_screen(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site[0] + "search/?q=serangan")
    page.wait_for_selector(".result")
    page.wait_for_timeout(400)
    top = page.evaluate("document.querySelector('.result').getBoundingClientRect().top")
    assert top < 740, top
    assert page.evaluate("document.getElementById('search-filters-fold').open") is False
    context.close()


def test_field_names_in_either_language_hyphenated_names_and_typos_on_the_folded_word(page, site):
    base, _ = site
    for query in ("judul:rusia", "title:rusia"):
        page.goto(base + "search/?q=" + query)
        found = results(page)
        assert found and all("rusia" in t.lower() for t in found), (query, found)
    page.goto(base + "search/?q=al-Assad")  # a hyphen inside a word is no operator: no error, results
    assert results(page) and "tidak dapat" not in page.inner_text("#search-status")
    page.goto(base + "search/?q=erdgan&mode=fuzzy")
    assert any("Erdogan" in t for t in results(page))


def test_back_from_an_article_restores_the_list_and_the_place(page, site):
    page.set_viewport_size({"width": 1280, "height": 500})
    page.goto(site[0] + "search/?q=rusia")
    results(page)
    page.evaluate("window.scrollTo(0, 400)")
    shown = page.locator(".result").count()
    page.locator(".result h2 a").nth(3).click()
    page.wait_for_selector("#article-body")
    page.go_back()
    wait_until(page, f"document.querySelectorAll('.result').length === {shown}")
    wait_until(page, "window.scrollY > 300")


def test_acronyms_in_capitals_are_searched(page, site):
    base, _ = site
    page.goto(base + "search/?q=AS")
    found = results(page)
    assert found and "kata umum" not in page.inner_text("#search-status")
    assert any(m.inner_text() == "AS" for m in page.query_selector_all(".result mark"))
    page.goto(base + "search/?q=koalisi+AS")
    assert "Jet Rusia dan Koalisi AS Bersatu Bombardir ISIS di Suriah" in results(page)[:3]
    page.goto(base + "search/?q=as")  # in lower case it is the English stopword
    wait_until(page, "document.getElementById('search-status').textContent.includes('kata umum')")


def test_an_alias_in_any_language_leads_to_the_actor(page, site):
    base, output = site
    aliases = json.loads((output / "search" / "aliases.json").read_text())
    assert aliases["moscow"] == "russia" and aliases["hezbollah"] == "hezbollah"
    page.goto(base + "search/?q=Moscow")
    found = results(page)
    russia = (output / "actor" / "russia" / "index.html").read_text()
    assert found and all(title.replace("&", "&amp;") in russia or title in russia for title in found[:5])
    link = page.wait_for_selector("#search-suggestions a.actor-link")
    assert link.get_attribute("href").endswith("actor/russia/") and "Rusia" in link.inner_text()


def test_an_article_opened_from_the_results_marks_the_query_and_can_clear_the_marks(page, site):
    page.goto(site[0] + "search/?q=serangan")
    results(page)
    page.click(".result h2 a >> nth=0")
    page.wait_for_selector("#article-body mark")
    marks = {m.inner_text().lower() for m in page.query_selector_all("#article-body mark")}
    assert marks and all(analyse(m) == ["serang"] for m in marks), marks
    page.click("button.clear-marks")
    assert page.query_selector("#article-body mark") is None and "hl=" not in page.url
    page.goto(site[0] + "search/?q=AS")  # an acronym kept in capitals is marked as such
    results(page)
    page.click(".result h2 a >> nth=0")
    page.wait_for_selector("#article-body mark")
    assert {m.inner_text() for m in page.query_selector_all("#article-body mark")} == {"AS"}


def test_snippets_show_the_passage_that_matched_marked_fetching_only_cards_in_sight(page, site):
    base, _ = site
    page.goto(base + "search/?q=Assad")
    results(page)
    wait_until(page, "document.querySelectorAll('.result .snippet.passage').length > 0")
    page.wait_for_timeout(500)
    cards = page.query_selector_all(".result")
    for card in cards[:4]:  # the first screen
        title = card.query_selector("h2 a")
        marked = card.query_selector(".snippet mark") or title.query_selector("mark")
        assert marked, title.inner_text()
    passages = page.query_selector_all(".result .snippet.passage")
    assert passages and all(p.query_selector("mark") for p in passages)
    assert all(p.inner_text().startswith("…") for p in passages)  # a passage from inside the article
    fetched = [u for u in page.requests if "/article/" in u]
    assert 0 < len(fetched) <= len(cards)
    page.screenshot(path=str(ROOT / "tests" / "browser" / "screenshots" / "search-passages.png"))


def test_results_sort_by_date_and_narrow_to_a_date_range_kept_in_the_url(page, site):
    page.goto(site[0] + "search/?q=rusia")
    by_relevance = results(page)
    page.select_option("#search-sort", "new")
    wait_until(page, "location.search.includes('sort=new')")
    page.wait_for_selector("#search-results .result")
    dates = page.eval_on_selector_all(".result .meta time", "ts => ts.map(t => t.getAttribute('datetime'))")
    assert len(dates) >= 5 and dates == sorted(dates, reverse=True)
    metas = page.eval_on_selector_all(".result > .meta:not(.also)", "ms => ms.map(m => !!m.querySelector('time'))")
    assert metas == sorted(metas, reverse=True)  # undated stories last
    assert sorted(results(page)) == sorted(by_relevance)  # the same stories, reordered
    page.fill("#search-from", "2016-01-01")
    page.dispatch_event("#search-from", "change")
    wait_until(page, "location.search.includes('from=2016-01-01')")
    page.wait_for_selector("#search-chips .chip")
    wait_until(page, "[...document.querySelectorAll('.result .meta time')].length > 0")
    dates = page.eval_on_selector_all(".result .meta time", "ts => ts.map(t => t.getAttribute('datetime'))")
    assert dates and min(dates) >= "2016-01-01" and not page.query_selector(".result .meta .undated")
    assert "Dari: 2016-01-01" in page.inner_text("#search-chips")
    page.reload()  # the order and the range come back from the address
    page.wait_for_selector("#search-results .result")
    assert page.input_value("#search-sort") == "new" and page.input_value("#search-from") == "2016-01-01"
    page.click("#search-chips .chip")
    wait_until(page, "!location.search.includes('from=')")
    page.screenshot(path=str(ROOT / "tests" / "browser" / "screenshots" / "search-sorted.png"))
    page.goto(site[0] + "search/?q=rusia&from=2099-01-01")  # a range that empties the results says so
    wait_until(page, "document.getElementById('search-status').textContent.includes('rentang tanggal')")
    assert "artikel memuat" in page.inner_text("#search-status") and not page.query_selector(
        "#search-suggestions button"
    )


def test_a_quoted_phrase_finds_its_words_next_to_each_other_only(page, site):
    base, output = site
    page.goto(base + "search/?q=" + quote('"Rusia dan Turki"'))
    phrase = results(page)
    links = page.eval_on_selector_all(".result h2 a", "as => as.map(a => a.href.split('?')[0])")
    assert any("/search/p/" in u for u in page.requests)  # the positions, fetched for the phrase
    for title, href in zip(phrase, links, strict=True):  # each has the phrase in its title or text
        text = (output / href.replace(base, "").strip("/") / "index.html").read_text()
        body = re.sub(r"<[^>]+>", " ", text.split('id="article-body">')[1].split("</div>")[0])
        assert re.search(r"rusia\W+dan\W+turki", body + " " + title, re.I), title
    page.goto(base + "search/?q=Rusia+Turki")
    assert phrase and set(phrase) < set(results(page))  # the words anywhere find more
