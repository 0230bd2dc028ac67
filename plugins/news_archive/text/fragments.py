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

_GLUED = re.compile(r"(?<=[a-z0-9)\"”’'])(?=[A-Z][a-z])|(?<=[.!?])(?=[A-Z\"“])")  # "SekdaTulus", ".Untuk"
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?(?=\s+[A-Z\"“(])")
_WORD = re.compile(r"\S+")
KINDS = {"source": "credit", "meta": "meta"}


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return frozenset(_read_yaml(DATA_DIR / "boilerplate.yml").get("headline_small_words") or ())


def headline_end(text: str, start: int, s: CleaningSettings) -> int:
    """Where a related headline that starts at ``start`` ends: at a glued word boundary, at the
    end of a sentence, before a capitalised word that starts a sentence, or after at most
    headline_max_words words (the line's end when it comes first)."""
    words = list(islice(_WORD.finditer(text, start), s.headline_max_words))  # never the whole line
    if not words:
        return start
    limit = words[-1].end()
    glued = _GLUED.search(text, start + 1, limit)
    sentence = _SENTENCE_END.search(text, start, limit)
    ends = [m.start() for m in (glued,) if m] + [m.end() for m in (sentence,) if m]
    if not ends:  # no sure end: a capitalised word followed by a lower-case one starts a sentence
        small = _small_words()
        for here, after in pairwise(words[2:]):
            following = after.group().strip(",.;:")
            if here.group()[:1].isupper() and following[:1].islower() and following.lower() not in small:
                ends.append(here.start())
                break
    if not ends and len(words) == s.headline_max_words and limit < len(text):
        return start  # no end in sight: the label alone goes, the text after it stays
    return min(ends) if ends else limit


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
