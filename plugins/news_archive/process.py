"""The reader's work on one raw file, as a pure function of (bytes, settings): picklable, so it
runs in worker processes, and its result is cached by content hash (cache.py)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from pelican.utils import slugify

from .actors.dictionary import dictionary_for
from .actors.tagging import tag
from .duplicates import signature
from .html import article_html
from .search import analysis as search_analysis
from .settings import cleaning_settings
from .text.decode import looks_binary
from .text.pipeline import analyse

# Settings the result depends on; nothing else of Pelican's settings reaches a worker.
SETTINGS = ("NEWS_ARCHIVE_MAX_BYTES", "NEWS_ARCHIVE_CLEANING", "NEWS_ARCHIVE_BOILERPLATE_FILES",
            "NEWS_ARCHIVE_LANG", "ACTORS_FILE", "SLUG_REGEX_SUBSTITUTIONS", "ARTICLE_URL", "ARTICLE_SAVE_AS",
            "TAG_URL", "NEWS_ARCHIVE_UNKNOWN_PUBLISHER")


def settings_subset(settings: dict) -> dict:
    return {key: settings.get(key) for key in SETTINGS}


@dataclass
class Processed:
    skip: str | None  # why the file is not an article, or None
    content: str = ""
    fields: dict | None = None  # plain metadata; Pelican objects are made by the reader
    problems: list[tuple[int, str]] | None = None  # (line, message): warnings to log


def process(data: bytes, rel: str, settings: dict) -> Processed:
    limit = settings.get("NEWS_ARCHIVE_MAX_BYTES") or 5_000_000
    problems: list[tuple[int, str]] = []
    if not data.strip():
        return Processed("empty file")
    if looks_binary(data):
        return Processed("binary file, not text")
    if len(data) > limit:
        data = data[: data.rfind(b"\n", 0, limit) + 1 or limit]
        problems.append((0, f"larger than NEWS_ARCHIVE_MAX_BYTES ({limit}); the page shows its first {len(data)} bytes"))
    analysis = analyse(
        data,
        source=rel,
        settings=cleaning_settings(settings),
        extra_rules=tuple(settings.get("NEWS_ARCHIVE_BOILERPLATE_FILES") or ()),
    )
    problems += analysis.problems
    if not analysis.paragraphs:
        return Processed("no article text found (every line was classified as page furniture)", problems=problems)
    attribution, header, found = analysis.attribution, analysis.header, analysis.date
    publisher = attribution.publisher or settings.get("NEWS_ARCHIVE_UNKNOWN_PUBLISHER") or "?"
    slug = header.get("slug") or "-".join(filter(None, (
        _short(slugify(analysis.title, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS") or [])),
        hashlib.sha1(rel.encode()).hexdigest()[:10],  # 40 bits: 6 hex digits collided at 100,000 articles
    )))
    url_settings = {"slug": slug, "category": publisher}
    lang = settings.get("NEWS_ARCHIVE_LANG") or "id"
    actors, actor_problems = tag(analysis, _matcher(settings["ACTORS_FILE"]))
    dictionary = dictionary_for(settings["ACTORS_FILE"])
    problems += [(analysis.header_lines.get("actors", 1), m) for m in actor_problems]
    fields = {
        "title": analysis.title,
        "title_derived": analysis.title_derived,
        "slug": slug,
        "url": (settings.get("ARTICLE_URL") or "{slug}.html").format(**url_settings),
        "save_as": (settings.get("ARTICLE_SAVE_AS") or "{slug}.html").format(**url_settings),
        "date": found.date,  # a datetime.date, or None
        "date_known": found.known,
        "date_precision": found.precision,
        "date_evidence": found.evidence,
        "category": publisher,
        "publisher": attribution.publisher,
        "publisher_evidence": attribution.publisher_evidence,
        "cited_sources": attribution.sources,
        "byline": attribution.author,
        "editor": attribution.editor,
        "dateline_place": attribution.place,
        "article_lang": header.get("lang") or analysis.lang,
        "source_url": header.get("url"),
        "raw_path": rel,
        "removed_lines": [
            {"line": line.number, "text": line.text, "kind": line.kind, "reason": line.reason} for line in analysis.removed
        ],
        "actor_mentions": [
            {
                "id": actor_id,
                "name": dictionary.actors[actor_id].name(lang),
                "count": count,
                "type": dictionary.actors[actor_id].type,
                "url": (settings.get("TAG_URL") or "tag/{slug}.html").format(slug=actor_id),
            }
            for actor_id, count in actors
        ],
        "body_text": analysis.body_text,
        # Search terms per field (search/index.py FIELDS order) with their counts: analysed once
        # and cached, packed (kept in memory for every article until the index is written).
        "search_terms": [search_analysis.term_counts(text) for text in (analysis.title, analysis.body_text)],
        "minhash": signature(analysis.body_text),  # near-duplicates (duplicates.py)
    }
    return Processed(None, article_html(analysis.paragraphs), fields, problems)


SLUG_WORDS_MAX = 30  # the slug is in every link to the article (~20 per article): its words only name it


def _short(words: str) -> str:
    """The slug's words, cut at the last hyphen that keeps them within SLUG_WORDS_MAX characters."""
    if len(words) <= SLUG_WORDS_MAX:
        return words.strip("-")
    cut = words.rfind("-", 0, SLUG_WORDS_MAX + 1)
    return words[: cut if cut > 0 else SLUG_WORDS_MAX].strip("-")


_matchers: dict = {}


def _matcher(path: str):
    from .actors.matcher import ActorMatcher

    dictionary = dictionary_for(path)  # cached per file version
    if _matchers.get("dictionary") is not dictionary:
        _matchers.update(dictionary=dictionary, matcher=ActorMatcher(dictionary))
    return _matchers["matcher"]
