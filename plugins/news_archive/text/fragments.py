"""Leftovers glued inside a line of article text are cut out, and each cut is kept as a removed
fragment with its reason (the fragment rules of data/boilerplate.yml). A "read also" label takes
its related headline with it, up to where the article resumes."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, pairwise

from .lines import BODY, Line
from .resources import DATA_DIR, FragmentRule, _read_yaml
from .thresholds import CleaningSettings

# Where glued text resumes: "SekdaTulus", ".Untuk", 'Uno"Kalau' (at the quote that opens the next
# sentence), or two spaces before a capital (where a scraper joined two page elements).
_GLUED = re.compile(
    r"(?<=[a-z0-9)])(?=[\"“][A-Z])|(?<=[a-z0-9)\"”’'])(?=[A-Z][a-z])|(?<=[.!?])(?=[A-Z\"“])|(?<=\S)(?=  +[A-Z\"“])"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?(?=\s+[A-Z\"“(])")
_WORD = re.compile(r"\S+")
KINDS = {"source": "credit", "meta": "meta"}


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return frozenset(_read_yaml(DATA_DIR / "boilerplate.yml").get("headline_small_words") or ())


@lru_cache(maxsize=1)
def _one_word_capitals() -> re.Pattern[str] | None:
    """Words written with a capital inside ("WhatsApp", "YouTube"): no glued boundary there."""
    words = _read_yaml(DATA_DIR / "boilerplate.yml").get("inner_capital_words") or ()
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))) if words else None


def _glued_end(text: str, start: int, limit: int) -> int | None:
    inside = _one_word_capitals()
    spans = [m.span() for m in inside.finditer(text, start, limit)] if inside else []
    for match in _GLUED.finditer(text, start + 1, limit):
        if not any(a < match.start() < b for a, b in spans):
            return match.start()
    return None


def headline_end(text: str, start: int, s: CleaningSettings) -> int:
    """Where a related headline that starts at ``start`` ends: at a glued word boundary or the end
    of a sentence within headline_max_words words; else before a capitalised word followed by a
    lower-case one (a sentence start) within headline_scan_words; else, at the line's end when it
    comes first, there; else nowhere (the label alone is cut)."""
    words = list(islice(_WORD.finditer(text, start), s.headline_scan_words))  # never the whole line
    if not words:
        return start
    near = words[min(len(words), s.headline_max_words) - 1].end()
    glued = _glued_end(text, start, near)
    sentence = _SENTENCE_END.search(text, start, near)
    ends = [glued] if glued is not None else []
    ends += [m.end() for m in (sentence,) if m]
    if ends:
        return min(ends)
    small = _small_words()  # no sure end: a capitalised word followed by a lower-case one starts a sentence
    for here, after in pairwise(words[2:]):
        following = after.group().strip(",.;:")
        if here.group()[:1].isupper() and following[:1].islower() and following.lower() not in small:
            return here.start()
    if len(words) == s.headline_scan_words and words[-1].end() < len(text):
        return start  # no end in sight: the label alone goes, the text after it stays
    return words[-1].end()


def cut_fragments(lines: list[Line], rules: tuple[FragmentRule, ...], s: CleaningSettings) -> list[Line]:
    """Cut the glued leftovers out of the body lines (in place); the cuts, as removed lines."""
    fragments: list[Line] = []
    if not rules:
        return fragments
    for line in lines:
        if line.kind != BODY:
            continue
        spans = []
        lowered = line.text.lower()
        for rule in rules:
            if rule.hints and not any(hint in lowered for hint in rule.hints):
                continue  # most lines hold none of a rule's words: no regular expression is run
            for match in rule.pattern.finditer(line.text):
                end = headline_end(line.text, match.end(), s) if rule.extends else match.end()
                if end > match.start():
                    spans.append((match.start(), end, rule))
        if not spans:
            continue
        spans.sort(key=lambda span: (span[0], -span[1]))
        kept, cuts, at = [], [], 0
        for start, end, rule in spans:
            if start < at:  # inside a cut already made
                continue
            kept.append(line.text[at:start])
            piece = line.text[start:end].strip()
            if piece:
                cuts.append(Line(line.number, piece, KINDS.get(rule.kind, rule.kind), rule.id))
            at = end
        kept.append(line.text[at:])
        rest = " ".join(part.strip() for part in kept if part.strip())
        if rest:
            line.text = rest
            line.words = len(rest.split())
            fragments += cuts
        elif cuts:  # the whole line was leftovers: the line itself is removed, not a fragment of it
            line.mark(cuts[-1].kind, cuts[-1].reason)
    return fragments
