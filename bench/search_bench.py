"""Search figures, side by side on one built site: ours (split index), a monolithic lunr index
(lunr.py, as pelican-lunr ships it) and Pagefind. Each runs in headless Chromium from a cold
page: bytes fetched until the first ten results are shown (gzipped, as GitHub Pages serves
them), time to first results, latency per query after warm-up, and index build time. Our real
search page is measured too, everything it fetches counted: to its first results, and to its
filters; and Pagefind's own default UI, the same way."""

from __future__ import annotations

import gzip
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

MONOLITHIC_MAX = 20_000  # lunr.py needs ~10 GB to index 100,000 articles (ARCHITECTURE.md)
FIRST = "serangan rusia"  # a first two-word query
WARM = [
    "putin erdogan",
    "isis",
    "pertahanan turki",
    "suriah",
    "serangan udara",
    "nato",
    "kurdi",
    "amerika serikat",
    "gencatan senjata",
    "teheran",
]


def build_pages(site: Path) -> None:
    """Bundle the three benchmark pages into the site, and the monolithic index (timed)."""
    for name in ("monolithic", "split"):
        subprocess.run(
            [
                "npx",
                "esbuild",
                f"bench/js/{name}.js",
                "--bundle",
                "--format=iife",
                "--loader:.txt=text",
                "--minify",
                f"--outfile={site / f'bench-{name}.js'}",
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    (site / "bench-pagefind.js").write_text((ROOT / "bench" / "js" / "pagefind.js").read_text())  # loads Pagefind's own
    for name in ("monolithic", "split", "pagefind"):
        kind = ' type="module"' if name == "pagefind" else ""
        (site / f"bench-{name}.html").write_text(
            f'<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,"><script{kind} src="bench-{name}.js"></script>'
        )
    (site / "bench-pagefind-ui.js").write_text((ROOT / "bench" / "js" / "pagefind-ui.js").read_text())
    (site / "bench-pagefind-ui.html").write_text(
        '<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,">'
        '<link rel="stylesheet" href="pagefind/pagefind-ui.css"><div id="search"></div>'
        '<script src="pagefind/pagefind-ui.js"></script><script src="bench-pagefind-ui.js"></script>'
    )


def monolithic_index(site: Path) -> float:
    from bench import monolithic

    meta = json.loads((site / "search" / "meta.json").read_text())
    documents = []
    for chunk in range(0, meta["documents"], meta["chunk"]):
        for card in json.loads((site / "search" / "d" / f"{chunk // meta['chunk']}.json").read_text()):
            page = (site / card[0] / "index.html").read_text()
            body = page.split('id="article-body">')[1].split("</div>")[0]
            import html
            import re

            documents.append((card[1], html.unescape(re.sub(r"<[^>]+>", " ", body))))
    start = time.perf_counter()
    index = monolithic.build(documents)
    seconds = time.perf_counter() - start
    (site / "monolithic.json").write_text(json.dumps(index.serialize(), separators=(",", ":")))
    return seconds


def pagefind_index(site: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


PRECOMPRESSED = (".pf_fragment", ".pf_index", ".pf_meta", ".pagefind", ".wasm")


def _counter(site: Path, port_base: str):
    """Bytes of a fetched URL as GitHub Pages would serve it: its file on disk, gzipped (text)
    or as stored (Pagefind's own compressed files)."""

    def size(url: str) -> int:
        path = site / url[len(port_base) :].split("?")[0]
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return 0
        data = path.read_bytes()
        return len(data) if path.name.endswith(PRECOMPRESSED) else len(gzip.compress(data, 6))

    return size


def measure(browser, base: str, site: Path, page_name: str, queries: list[str]) -> dict:
    context = browser.new_context()
    page = context.new_page()
    size = _counter(site, base)
    fetched: set[str] = set()
    page.on("request", lambda request: fetched.add(request.url.split("?")[0]))
    query = "&".join("q=" + q.replace(" ", "+") for q in queries)
    page.goto(f"{base}{page_name}?{query}")
    page.wait_for_function("window.bench !== undefined", timeout=600_000)
    bench = page.evaluate("window.bench")
    context.close()
    return {
        "first_ms": bench["firstMs"],
        "results": bench["results"],
        "latencies": bench["latencies"],
        "bytes": sum(size(url) for url in fetched),
    }


FIRST_RESULT_SPY = """
new MutationObserver((_, observer) => {
  if (document.querySelector(%s)) { window.__firstResult = [performance.now(), Date.now()]; observer.disconnect() }
}).observe(document, { childList: true, subtree: true })
"""


def measure_page(
    browser, base: str, site: Path, path: str = "search/", result=".result", done="#search-filters button"
):
    """A search page (ours: search/?q=...) from a cold load, everything it fetches counted (the
    page itself, CSS, scripts, index parts, cards, filter data): bytes and time until the first
    results are shown (what was requested before they showed), then bytes until ``done`` shows
    (our filters; for Pagefind's UI, its first results)."""
    context = browser.new_context()
    # Requests as the browser context sees them, with the wall-clock time: a Web Worker's fetches
    # (Pagefind searches in one) are not in the page's resource timing.
    requests: list[tuple[float, str]] = []
    context.on("request", lambda request: requests.append((time.time() * 1000, request.url)))
    page = context.new_page()
    page.add_init_script(FIRST_RESULT_SPY % json.dumps(result))
    size = _counter(site, base)
    url = f"{base}{path}?q={FIRST.replace(' ', '+')}"
    page.goto(url)
    page.wait_for_selector(done, state="attached", timeout=600_000)
    done_at = page.evaluate("Date.now()")
    page.wait_for_timeout(1000)  # what the page fetches after: our snippets' passages, Pagefind's result data
    first_ms, first_at = page.evaluate("window.__firstResult")
    context.close()

    def fetched(until: float) -> int:
        return sum(size(u) for u in {url.split("?")[0]} | {n.split("?")[0] for at, n in requests if at < until})

    return {
        "first_bytes": fetched(first_at),
        "first_ms": first_ms,
        "filters_bytes": fetched(done_at),
        "settled_bytes": fetched(float("inf")),  # a second after: the snippets' passages too
    }


def _failed(err: Exception) -> dict:
    return {"error": f"{type(err).__name__}: {str(err)[:200]}"}


def run(site: Path, search_build_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests"))
    from crawl import CHROMIUM, FLAGS, serve

    build_pages(site)
    builds, out = {"split": search_build_s}, {}
    # A baseline that fails (memory, time) is reported as failed; the other figures still count.
    documents = json.loads((site / "search" / "meta.json").read_text())["documents"]
    for name, build in (("monolithic", monolithic_index), ("pagefind", pagefind_index)):
        if name == "monolithic" and documents > MONOLITHIC_MAX:
            out[name] = {"error": f"not run above {MONOLITHIC_MAX:,} articles (lunr.py: ~100 KB of memory per article)"}
            continue
        try:
            builds[name] = build(site)
        except Exception as err:
            out[name] = _failed(err)
    with serve(site) as port, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        base = f"http://127.0.0.1:{port}/"
        try:
            out["page"] = measure_page(browser, base, site)
        except Exception as err:
            out["page"] = _failed(err)
        if "pagefind" not in out:  # its index was built
            try:
                out["pagefind_ui"] = measure_page(
                    browser, base, site, "bench-pagefind-ui.html", ".pagefind-ui__result", ".pagefind-ui__result"
                )
            except Exception as err:
                out["pagefind_ui"] = _failed(err)
        for name in ("split", "monolithic", "pagefind"):
            if name in out:
                continue
            try:
                first = measure(browser, base, site, f"bench-{name}.html", [FIRST])
                # Latency after warm-up: the warm queries twice; the second pass is measured.
                warm = measure(browser, base, site, f"bench-{name}.html", [FIRST, *WARM, *WARM])
            except Exception as err:
                out[name] = _failed(err)
                continue
            second_pass = warm["latencies"][len(WARM) :]
            out[name] = {
                "first_bytes": first["bytes"],
                "first_ms": first["first_ms"],
                "results": first["results"],
                "latency_ms": statistics.median(second_pass),
                "build_s": builds[name],
            }
        browser.close()
    return out
