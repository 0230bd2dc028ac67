"""Pelican Reader for raw scraped ``.txt`` articles: a thin adapter around text.pipeline.

Bad input never stops the build: it is reported (file and line) as a warning, which
``pelican --fatal warnings`` turns into a failure for those who want that. Files that hold no
article (empty, binary) are skipped; their raw original is still published (raw.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os

from pelican.readers import BaseReader
from pelican.utils import slugify

from .actor_taxonomy import actor_metadata
from .html import article_html
from .settings import cleaning_settings
from .text.decode import looks_binary
from .text.pipeline import analyse

log = logging.getLogger(__name__)

# Pelican requires a date on every article. Undated ones get this placeholder, which sorts
# them last; `date_known` is False and templates, feeds and JSON-LD never show it.
UNDATED = dt.datetime(1970, 1, 1)


def _skip(reason: str, path: str) -> tuple[str, dict]:
    log.warning("%s: %s; not published as an article (the raw original is)", path, reason)
    return "", {"title": os.path.basename(path), "status": "skip"}


def relative_source(path: str, settings: dict) -> str:
    return os.path.relpath(path, settings["PATH"]).replace(os.sep, "/")


class RawTextReader(BaseReader):
    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path: str) -> tuple[str, dict]:
        rel = relative_source(source_path, self.settings)
        with open(source_path, "rb") as handle:
            limit = self.settings.get("NEWS_ARCHIVE_MAX_BYTES", 5_000_000)
            data = handle.read(limit + 1)
        if not data.strip():
            return _skip("empty file", rel)
        if looks_binary(data):
            return _skip("binary file, not text", rel)
        if len(data) > limit:
            data = data[: data.rfind(b"\n", 0, limit) + 1 or limit]
            log.warning("%s: larger than NEWS_ARCHIVE_MAX_BYTES (%d); the page shows its first %d bytes", rel, limit, len(data))

        analysis = analyse(
            data,
            source=rel,
            settings=cleaning_settings(self.settings),
            extra_rules=tuple(self.settings.get("NEWS_ARCHIVE_BOILERPLATE_FILES", ())),
        )
        for line, message in analysis.problems:
            log.warning("%s:%d: %s", rel, line, message)
        if not analysis.paragraphs:
            return _skip("no article text found (every line was classified as page furniture)", rel)

        attribution = analysis.attribution
        header = analysis.header
        publisher = attribution.publisher or self.settings.get("NEWS_ARCHIVE_UNKNOWN_PUBLISHER") or "?"
        slug = header.get("slug") or "{}-{}".format(
            slugify(analysis.title, regex_subs=self.settings.get("SLUG_REGEX_SUBSTITUTIONS", []))[:60].strip("-"),
            hashlib.sha1(rel.encode()).hexdigest()[:6],
        )
        found = analysis.date
        metadata = {
            "title": analysis.title,
            "title_derived": analysis.title_derived,
            "slug": slug,
            "date": dt.datetime.combine(found.date, dt.time()) if found.known else UNDATED,
            "date_known": found.known,
            "date_precision": found.precision,
            "date_evidence": found.evidence,
            "category": self.process_metadata("category", publisher),
            "publisher": attribution.publisher,
            "publisher_evidence": attribution.publisher_evidence,
            "cited_sources": attribution.sources,
            "byline": attribution.author,
            "editor": attribution.editor,
            "dateline_place": attribution.place,
            "article_lang": analysis.lang,
            "source_url": header.get("url"),
            "raw_path": rel,
            "removed_lines": [
                {"line": line.number, "text": line.text, "kind": line.kind, "reason": line.reason}
                for line in analysis.removed
            ],
            "meta_lines": [
                {"line": line.number, "text": line.text, "reason": line.reason}
                for line in analysis.lines
                if line.kind == "meta"
            ],
            "summary_text": analysis.paragraphs[0].text[:300],
        }
        if attribution.author:
            metadata["authors"] = self.process_metadata("authors", attribution.author)
        metadata.update(actor_metadata(analysis, self.settings, rel))
        if header.get("lang"):
            metadata["article_lang"] = header["lang"]
        return article_html(analysis.paragraphs), metadata
