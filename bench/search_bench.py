"""Search figures, side by side on one built site: ours (split index), a monolithic lunr index
(lunr.py, as pelican-lunr ships it) and Pagefind. Each runs in headless Chromium from a cold
page: bytes fetched until the first ten results are shown (gzipped, as GitHub Pages serves
them), time to first results, latency per query after warm-up, and index build time."""

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

FIRST = "serangan rusia"  # a first two-word query
WARM = ["putin erdogan", "isis", "pertahanan turki", "suriah", "serangan udara", "nato", "kurdi", "amerika serikat",
        "gencatan senjata", "teheran"] * 2
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def build_pages(site: Path) -> None:
    """Bundle the three benchmark pages into the site, and the monolithic index (timed)."""
    for name in ("monolithic", "split"):
        subprocess.run(["npx", "esbuild", f"bench/js/{name}.js", "--bundle", "--format=iife", "--loader:.txt=text",
                        "--minify", f"--outfile={site / f'bench-{name}.js'}"], cwd=ROOT, check=True, capture_output=True)
    (site / "bench-pagefind.js").write_text((ROOT / "bench" / "js" / "pagefind.js").read_text())  # loads Pagefind's own
    for name in ("monolithic", "split", "pagefind"):
        kind = ' type="module"' if name == "pagefind" else ""
        (site / f"bench-{name}.html").write_text(
            f'<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,"><script{kind} src="bench-{name}.js"></script>')


def monolithic_index(site: Path) -> float:
    from news_archive.search import monolithic

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
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind"],
                   check=True, capture_output=True)
    return time.perf_counter() - start


def measure(browser, base: str, page_name: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    fetched: dict[str, int] = {}

    def on_response(response):
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 - redirects have no body
            return
        name = response.url.split("?")[0]
        # Pagefind's files are compressed already; text files count as GitHub Pages serves them
        fetched[name] = len(body) if name.endswith((".pf_fragment", ".pf_index", ".pf_meta", ".pagefind", ".wasm")) \
            else len(gzip.compress(body, 6))

    page.on("response", on_response)
    query = "&".join("q=" + q.replace(" ", "+") for q in [FIRST, *WARM])
    start = time.perf_counter()
    page.goto(f"{base}{page_name}?{query}")
    page.wait_for_function("window.bench !== undefined", timeout=600_000)
    wall = time.perf_counter() - start
    bench = page.evaluate("window.bench")
    first_bytes = sum(fetched.values())  # everything fetched by the end of the first query...
    context.close()
    return {"first_ms": bench["firstMs"], "wall_s": wall, "results": bench["results"],
            "latency_ms": statistics.median(bench["latencies"]) if bench["latencies"] else None,
            "bytes": first_bytes}


def first_query_bytes(browser, base: str, page_name: str) -> int:
    """Bytes fetched for the first query alone (a page that runs only FIRST)."""
    context = browser.new_context()
    page = context.new_page()
    total = {"bytes": 0}

    def on_response(response):
        try:
            body = response.body()
        except Exception:  # noqa: BLE001
            return
        name = response.url.split("?")[0]
        total["bytes"] += len(body) if name.endswith((".pf_fragment", ".pf_index", ".pf_meta", ".pagefind", ".wasm")) \
            else len(gzip.compress(body, 6))

    page.on("response", on_response)
    page.goto(f"{base}{page_name}?q={FIRST.replace(' ', '+')}")
    page.wait_for_function("window.bench !== undefined", timeout=600_000)
    context.close()
    return total["bytes"]


def run(site: Path, search_build_s: float) -> dict:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests"))
    from crawl import serve  # noqa: E402

    build_pages(site)
    builds = {"split": search_build_s, "monolithic": monolithic_index(site), "pagefind": pagefind_index(site)}
    out = {}
    with serve(site) as port, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        base = f"http://127.0.0.1:{port}/"
        for name in ("split", "monolithic", "pagefind"):
            figures = measure(browser, base, f"bench-{name}.html")
            figures["first_bytes"] = first_query_bytes(browser, base, f"bench-{name}.html")
            figures["build_s"] = builds[name]
            out[name] = figures
        browser.close()
    return out
