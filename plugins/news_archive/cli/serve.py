"""`news-archive serve`: preview the built site (`make serve`) as GitHub Pages will serve it: text
in UTF-8 (raw originals are `text/plain; charset=utf-8`, never mojibake), the site's 404.html for
an address that does not exist, and with `--content`, Pelican rebuilding on every change."""

from __future__ import annotations

import argparse
import functools
import signal
import subprocess
import sys
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from .common import folder_argument

NAME = "serve"
HELP = "preview the built site with UTF-8 text, its 404 page and, with --content, rebuilds on change"

UTF8 = {
    suffix: f"{kind}; charset=utf-8"
    for suffix, kind in {
        ".html": "text/html",
        ".txt": "text/plain",
        ".css": "text/css",
        ".js": "text/javascript",
        ".json": "application/json",
        ".xml": "application/xml",
    }.items()
}


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves a folder as GitHub Pages does: UTF-8 text types and the site's own 404 page."""

    extensions_map: ClassVar[dict[str, str]] = {**SimpleHTTPRequestHandler.extensions_map, **UTF8}

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", UTF8[".html"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


def make_server(folder: Path, bind: str, port: int) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((bind, port), functools.partial(PagesHandler, directory=str(folder)))


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", nargs="?", default="output", help="the built site (default: output)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--content", help="rebuild the site from this content folder whenever it changes")
    parser.add_argument("-s", "--settings", default="pelicanconf.py", help="Pelican settings for the rebuilds")


def _interrupt(_signum, _frame):
    raise KeyboardInterrupt  # a terminated preview stops its rebuilding Pelican too


def command(args: argparse.Namespace) -> int:
    folder = folder_argument(args.folder)
    signal.signal(signal.SIGTERM, _interrupt)
    rebuild = None
    if args.content:  # Pelican watches the content, theme and settings and rebuilds into the folder
        pelican = [sys.executable, "-m", "pelican", args.content, "-s", args.settings, "-o", str(folder)]
        rebuild = subprocess.Popen([*pelican, "--autoreload"])
    server = make_server(folder, args.bind, args.port)
    print(f"Serving {folder} at http://{args.bind}:{args.port}/ (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if rebuild is not None:
            rebuild.terminate()
            rebuild.wait(timeout=10)
    return 0
