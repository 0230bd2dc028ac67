"""Serve a built site from a local HTTP server and crawl every link of every page."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

# Debian's chromium, started as these machines allow (no sandbox as root, no network of its own):
# the browser tests and the search benchmark launch it the same way.
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Links(HTMLParser):
    ATTRS = frozenset({"href", "src", "poster", "data"})

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in self.ATTRS:
                self.links.append(value)
            elif name == "srcset":
                self.links.extend(part.strip().split()[0] for part in value.split(",") if part.strip())
            elif name == "style":
                self.links.extend(CSS_URL.findall(value))


def links_of(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.links


@contextlib.contextmanager
def serve(root: Path):
    """A quiet threaded HTTP server on a free loopback port serving ``root``."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, b"", ""


def crawl(start: str, base: str, limit: int = 5000) -> dict:
    """Follow every link from ``start``; report broken ones, escapes from ``base``, other hosts."""
    host = urlparse(start).netloc
    seen, queue = {start}, [start]
    broken, escaped, foreign, pages = [], [], [], 0
    while queue and len(seen) < limit:
        url = queue.pop()
        status, body, kind = fetch(url)
        if status != 200:
            broken.append(url)
            continue
        found: list[str] = []
        if "text/html" in kind:
            pages += 1
            found = links_of(body.decode("utf-8"))
        elif "css" in kind:
            found = CSS_URL.findall(body.decode("utf-8"))
        for link in found:
            if link.startswith(("#", "mailto:", "data:")):
                continue
            target = urldefrag(urljoin(url, link))[0]
            parsed = urlparse(target)
            if parsed.netloc != host:
                foreign.append((url, link))
                continue
            if not parsed.path.startswith(urlparse(base).path):
                escaped.append((url, link))
                continue
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return {"pages": pages, "urls": len(seen), "broken": broken, "escaped": escaped, "foreign": foreign}
