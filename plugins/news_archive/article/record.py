"""What one raw file becomes: :func:`build_record`, a pure function of (bytes, path,
ArticleConfig). Picklable, so it runs in worker processes, and cached by content hash (cache.py).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from string import Formatter

from ..actors.dictionary import Dictionary, dictionary_for
from ..actors.matcher import ActorMatcher
from ..actors.tagging import tag
from ..near_duplicates import signature
from ..search import analysis as search_analysis
from ..settings import ArticleConfig
from ..text.decode import looks_binary
from ..text.lines import BLANK
from ..text.pipeline import Analysis, analyse, analyse_plain
from ..text.problems import Problem
from ..text.time_limit import TimeLimitError, time_limit
from ..text.urls import web_address
from .body_html import article_html
from .slug import article_slug, header_slug


@dataclass
class ArticleRecord:
    skip: str | None  # why the file is not an article, or None
    content: str = ""
    fields: dict | None = None  # plain metadata; Pelican objects are made by the reader
    problems: list[Problem] | None = None  # to log as warnings


@lru_cache(maxsize=2)
def _matcher(dictionary: Dictionary) -> ActorMatcher:
    return ActorMatcher(dictionary)


def cut(data: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes at most, ending at a line end when one is in the second half,
    else at a space, else between two UTF-8 characters (never inside one)."""
    head = data[:limit]
    for boundary in (b"\n", b" "):
        at = head.rfind(boundary)
        if at >= limit // 2:
            return head[: at + 1]
    end = len(head)
    while end > 0 and len(data) > end and data[end] & 0xC0 == 0x80:  # a continuation byte follows
        end -= 1
    return head[:end]


@dataclass
class AnalysedFile:
    """The gates every file goes through, then the text pipeline with the build's rules and
    thresholds: shared by the build, `check` and `evaluate`."""

    analysis: Analysis | None  # None when the file is not text
    skip: str | None  # why the file is not an article, or None
    problems: list[Problem]
    shown_bytes: int = 0  # the file was cut to this many bytes (NEWS_ARCHIVE_MAX_BYTES); 0: whole


def analyse_file(data: bytes, rel: str, config: ArticleConfig) -> AnalysedFile:
    limit = config.max_bytes
    problems: list[Problem] = []
    if not data.strip():
        return AnalysedFile(None, "empty file", problems)
    if looks_binary(data):
        return AnalysedFile(None, "binary file, not text", problems)
    shown = 0
    if len(data) > limit:
        data = cut(data, limit)
        shown = len(data)
        problems.append(
            Problem(0, f"larger than NEWS_ARCHIVE_MAX_BYTES ({limit}); the page shows its first {len(data)} bytes")
        )
    try:
        with time_limit(config.file_seconds):
            analysis = analyse(data, source=rel, settings=config.cleaning, extra_rules=config.boilerplate_files)
    except TimeLimitError:
        analysis = analyse_plain(data, source=rel, settings=config.cleaning)
        problems.append(
            Problem(
                0,
                f"analysis took longer than NEWS_ARCHIVE_FILE_SECONDS ({config.file_seconds:g} s); "
                "published as it is, nothing removed",
            )
        )
    problems += analysis.problems
    sources = analysis.attribution.sources
    if sources:  # "dilansir dari IMF", "dikutip dari Kremlin": an actor of the dictionary is no news outlet
        analysis.attribution.sources = [s for s in sources if not _names_an_actor(s, actor_matcher(config))]
    if not analysis.paragraphs:
        # why each line went, by reason code: "only its title" is told apart from furniture
        why = Counter(line.reason for line in analysis.removed)
        listed = ", ".join(f"{code} ×{count}" for code, count in why.most_common(3))
        why_not = f"every line was removed: {listed}" if listed else "its only line is its title"
        return AnalysedFile(analysis, f"no article text found ({why_not})", problems, shown)
    return AnalysedFile(analysis, None, problems, shown)


@lru_cache(maxsize=4)
def protected_acronyms(dictionary: Dictionary) -> frozenset[str]:
    """The dictionary's acronyms that the search must not take for stopwords ("AS", "IS")."""
    return search_analysis.protected_words(
        alias.text for actor in dictionary.actors.values() for alias in actor.aliases
    )


def actor_matcher(config: ArticleConfig) -> ActorMatcher:
    return _matcher(dictionary_for(config.actors_file))


def _names_an_actor(name: str, matcher: ActorMatcher) -> bool:
    """The whole name is an alias of an actor ("IMF", "Pentagon"), not a part ("Tehran Times")."""
    return any(m.start == 0 and m.end == len(name) for m in matcher.mentions(name))


def build_record(data: bytes, rel: str, config: ArticleConfig) -> ArticleRecord:
    analysed = analyse_file(data, rel, config)
    analysis, problems = analysed.analysis, analysed.problems
    if analysed.skip:
        return ArticleRecord(analysed.skip, problems=problems)
    attribution, header, found = analysis.attribution, analysis.header, analysis.date
    publisher = attribution.publisher or config.unknown_publisher
    slug = ""
    if header.get("slug"):
        slug, slug_problem = header_slug(header["slug"], config.slug_substitutions)
        if slug_problem:
            problems.append(Problem(analysis.header_lines.get("slug", 1), slug_problem, error=not slug))
    slug = slug or article_slug(analysis.title, rel, config.slug_substitutions, header.get("url") or "")
    url_settings = {"slug": slug}
    dictionary = dictionary_for(config.actors_file)
    actors, actor_problems = tag(analysis, _matcher(dictionary))
    problems += [Problem(analysis.header_lines.get("actors", 1), m, error=True) for m in actor_problems]
    source_url, source_host = web_address(header.get("url")) or (None, None)
    fields = {
        "title": analysis.title,
        "title_derived": analysis.title_derived,
        "slug": slug,
        "date": found.date,  # a datetime.date, or None
        "date_known": found.known,
        "date_precision": found.precision,
        "date_evidence": found.evidence,  # a code (text/reasons.py)
        "date_evidence_line": found.line,
        "category": publisher,
        "publisher": attribution.publisher,
        "publisher_evidence": attribution.publisher_evidence,
        "cited_sources": attribution.sources,
        "byline": attribution.author,
        "editor": attribution.editor,
        "dateline_place": attribution.place,
        "article_lang": header.get("lang") or analysis.lang,
        "source_url": source_url,
        "source_host": source_host,
        "raw_path": rel,
        "removed_lines": [
            {"line": line.number, "text": line.text, "kind": line.kind, "reason": line.reason}
            for line in analysis.removed
        ],
        "actor_mentions": [
            {
                "id": actor_id,
                "name": dictionary.actors[actor_id].name(config.lang),
                "count": count,
                "type": dictionary.actors[actor_id].type,
                "url": config.tag_url.format(slug=actor_id),
            }
            for actor_id, count in actors
        ],
        "body_text": analysis.body_text,
        # Search terms per field (search/index.py FIELDS order) with their counts: analysed once
        # and cached, packed (kept in memory for every article until the index is written).
        "search_terms": [
            search_analysis.term_counts(text, protected_acronyms(dictionary))
            for text in (analysis.title, analysis.body_text)
        ],
        "minhash": signature(analysis.body_text),
        "line_counts": _line_counts(analysis),
        # What the archive-level pass needs to find paragraphs repeated across a source (archive/furniture.py).
        "paragraph_keys": [paragraph_key(p.text) for p in analysis.paragraphs],
        "paragraph_lines": [p.lines[0] for p in analysis.paragraphs],
        "shown_bytes": analysed.shown_bytes,  # the file was cut to this many bytes (0: whole)
    }
    # Patterns of the slug alone are formatted here, once; any other placeholder of Pelican's
    # ({date:%Y}, {category}, {lang}...) is left to Pelican, which knows them all and slugs them.
    for key, pattern in (("url", config.article_url), ("save_as", config.article_save_as)):
        if _placeholders(pattern) <= set(url_settings):
            fields[key] = pattern.format(**url_settings)
    return ArticleRecord(None, article_html(analysis.paragraphs), fields, problems)


def paragraph_key(text: str) -> str:
    """A paragraph's words, hashed: the same text however its spaces and case were scraped."""
    return hashlib.sha1(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()[:16]


@lru_cache(maxsize=8)
def _placeholders(pattern: str) -> frozenset[str]:
    return frozenset(name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(pattern) if name)


def _line_counts(analysis: Analysis) -> tuple[int, int]:
    """(removed lines, non-blank lines): `check` flags a file that lost most of its lines."""
    content = [line for line in analysis.lines if line.kind != BLANK]
    return sum(1 for line in content if line.removed), len(content)


def build_record_safely(data: bytes, rel: str, config: ArticleConfig) -> ArticleRecord:
    """build_record, and a record that says what went wrong when a bug meets one file: that file
    is not published as an article (its raw original is) and the build goes on."""
    try:
        return build_record(data, rel, config)
    except Exception as err:  # any bug: one file must not stop the build
        return ArticleRecord(f"could not be analysed ({type(err).__name__}: {err}); please report this file")
