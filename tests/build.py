"""Run a real Pelican build (the same command users run) and read what it wrote."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS, ROOT

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
BODY = re.compile(r'<div id="article-body">(.*?)</div>', re.S)


def pelican(
    content: Path,
    output: Path,
    *extra: str,
    settings: str = "pelicanconf.py",
    env: dict | None = None,
    timeout: float = 900,
) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / settings), "-o", str(output), *extra]
    environment = {**os.environ, "COLUMNS": "400", **(env or {})}  # no wrapped log lines
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=environment, timeout=timeout)


def sample_content(folder: Path) -> Path:
    """The sample archive (content/) plus the labelled dev fixtures: dated, undated, copies,
    many actors. Copied into ``folder``, which is returned."""
    shutil.copytree(ROOT / "content", folder)
    shutil.copytree(CORPUS / "dev", folder / "articles" / "dev", ignore=shutil.ignore_patterns("*.json"))
    return folder


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in LD_JSON.findall(html)]


def raw_based_on(data: dict) -> str:
    """The raw original's address among what the NewsArticle isBasedOn (it may add the source URL)."""
    based = data["isBasedOn"]
    return next(url for url in ([based] if isinstance(based, str) else based) if "/raw/" in url)


def article_pages(output: Path) -> dict[str, tuple[str, dict]]:
    """raw path (relative to the content folder) -> (page html, its NewsArticle)."""
    pages = {}
    for page in (output / "article").rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        (data,) = json_ld(html)
        raw = raw_based_on(data).split("/raw/", 1)[1]
        pages[raw] = (html, data)
    return pages
