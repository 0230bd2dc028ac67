"""Leftovers glued inside a line of article text are cut out, and each cut is kept as a removed
fragment with its reason (the fragment rules of data/boilerplate.yml). A "read also" label takes
its related headline with it, up to where the article resumes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

import ahocorasick

from . import reasons
from .attribution import is_known
from .lines import BLANK, BODY, CAPTION, RELATED, Line
from .resources import FragmentRule, boilerplate_words
from .thresholds import CleaningSettings

# Where glued text resumes: "SekdaTulus", ".Untuk", 'Uno"Kalau' (at the quote that opens the next
# sentence), or two spaces before a capital (where a scraper joined two page elements).
_GLUED = re.compile(
    r"(?<=[a-z0-9)])(?=[\"“][A-Z])|(?<=[a-z0-9)\"”’'])(?=[A-Z][a-z])|(?<=[.!?])(?=[A-Z\"“])|(?<=\S)(?=  +[A-Z\"“])"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?(?=\s+[A-Z\"“(])")
_WORD = re.compile(r"\S+")
KINDS = {"source": "credit", "meta": "meta"}


@dataclass(frozen=True)
class _Shape:  # a cut found by its shape, in the place of a data rule
    kind: str
    id: str
    reads_as: str = ""


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    return frozenset(boilerplate_words("headline_small_words"))


@lru_cache(maxsize=1)
def _one_word_capitals() -> re.Pattern[str] | None:
    """Words written with a capital inside ("WhatsApp", "YouTube"): no glued boundary there."""
    words = boilerplate_words("inner_capital_words")
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))) if words else None


def _glued_end(text: str, start: int, limit: int) -> int | None:
    inside = _one_word_capitals()
    spans = [m.span() for m in inside.finditer(text, start, limit)] if inside else []
    for match in _GLUED.finditer(text, start + 1, limit):
        if not any(a < match.start() < b for a, b in spans):
            return match.start()
    return None


TITLE_TAIL_WORDS = 8  # a headline's words after its "?" or "!" when they end the line
TITLE_TAIL_CHARS = 120  # ... looked at only this close to the line's end: a huge line stays linear


def _title_cased(rest: str) -> bool:
    """Whether ``rest`` is a short run of capitalised words ending the line (a headline's tail)."""
    words = rest.split()
    small = _small_words()
    return 0 < len(words) <= TITLE_TAIL_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in words
    )


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
    if (
        sentence
        and glued is None
        and len(text) - sentence.end() <= TITLE_TAIL_CHARS
        and _title_cased(text[sentence.end() :])
    ):
        return len(text.rstrip())  # "Tagihan Listrik Bengkak? Coba Lakukan Trik Ini": a question inside the headline
    ends = [glued] if glued is not None else []
    ends += [m.end() for m in (sentence,) if m]
    if ends:
        return min(ends)
    begins = _sentence_start(words)  # no sure end: where a sentence starts
    if begins is not None:
        return begins
    if len(words) == s.headline_scan_words and words[-1].end() < len(text):
        return start  # no end in sight: the label alone goes, the text after it stays
    return words[-1].end()


# where a glued headline or sentence starts: "KapalGempa", "Assad3 Pejabat", "2-1Dengan", "Sorotan'Ratu"
_GLUED_START = re.compile(r"(?<=[a-z?!)])(?=[A-Z]|['‘\"“][A-Z])|(?<=[a-z]{3})(?=[0-9])|(?<=[0-9])(?=[A-Z][a-z])")
HEADLINE_MIN_WORDS = 4  # a shorter run after the last glued headline opens the article's sentence
_NEGATIONS = frozenset({"tidak", "tak"})  # small words of a headline, lower-case only in a sentence


def _opens_headline(text: str, at: int) -> bool:
    """Whether the words at ``at`` open a headline (two capitalised, "3 Pejabat Korsel") rather than a
    sentence ("Kembali lagi soal Suriah", "Sejak itu, Taiwan")."""
    words = [m.group().strip(",.:;'‘’\"“”") for m in islice(_WORD.finditer(text, at), 2)]
    return len(words) == 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _sentence_start(words: list[re.Match], negations: frozenset[str] = frozenset()) -> int | None:
    """Where a sentence starts among a headline's words (from the third): a capitalised word
    followed by a lower-case one that is not a headline's small word, or is one of ``negations``
    ("... Jurnalis Tewas Kirby tidak menanggapi")."""
    small = _small_words()
    for here, after in pairwise(words[2:]):
        following = after.group().strip(",.;:")
        word = following.lower()
        if here.group()[:1].isupper() and following[:1].islower() and (word not in small or word in negations):
            return here.start()
    return None


def headlines_end(text: str, start: int, s: CleaningSettings) -> int:
    """Where a block of related headlines glued one to the next ("Pilihan RedaksiKesaksian Warga
    soal Gempa Taiwan: Apartemen Berguncang seperti KapalGempa M 7,7 Taiwan Terdahsyat ...") ends:
    at a glued word that opens a sentence, not another headline ("...Darurat MiliterKembali lagi
    soal Suriah"); else the last headline ends where a sentence starts or as headline_end finds it."""
    at = start
    while True:
        words = list(islice(_WORD.finditer(text, at), s.headline_max_words + 1))
        limit = words[-1].end() if words else at
        glued = next((m.start() for m in _GLUED_START.finditer(text, at + 1, limit)), None)
        if glued is None or _SENTENCE_END.search(text, at, glued):
            begins = _sentence_start(list(islice(_WORD.finditer(text, at), s.headline_max_words)), _NEGATIONS)
            ends = [end for end in (headline_end(text, at, s), begins) if end is not None and end > at]
            end = min(ends, default=at)
            last, small = text[at:end].split(), _small_words()
            if at > start and (
                len(last) < HEADLINE_MIN_WORDS or any(w[:1].islower() and w.lower() not in small for w in last)
            ):
                # "...ProstatKantor Media Pemerintah Gaza melaporkan", "...?Hubungan Front al-Nusra dengan
                # Al Qaeda telah": after the last glued headline, the article's own sentence
                return at
            return end
        if not _opens_headline(text, glued):
            return glued
        at = glued


# A run of title-cased words after a sentence end, glued straight onto the sentence that follows
# ("...di Badakhshan.Taliban Larang Perempuan Bersuara Termasuk saat Baca Al QuranPada 2022, ..."):
# a related headline whose link label the scraper dropped.
_TITLE_WORD = r"(?:[A-Z][\w'’&/-]*|\d[\d.,]*%?|{small})[,:]?"  # never "USD." (a sentence end)
_ENDS_GLUED = re.compile(r"[a-z0-9?!)][\"“]?[A-Z][a-z]")
_NUMBER = re.compile(r"^\d[\d.,]*%?[,:]?$")
_PAGE_MARKER_BEFORE = re.compile(r"\b(?:halaman|page)\s*$", re.IGNORECASE)  # "2 dari 2 halamanBukti ...": a page title
PAGE_MARKER_CHARS = 12  # "halaman" and its spaces, right before a run
ECHO_CHARS = 600  # enough for subheading_echo_words words after a run
_MID_WORD_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z][a-z])")  # "halamanBanjir", "2011Banjir"
# A caption ending in its credit in brackets, glued to the next sentence: "Banjir Bangkok (AFP)Pada 2011".
_BRACKET_CREDIT = re.compile(r"\((?P<credit>[^()]{2,40})\)(?=[A-Z][a-z])")
# The same short label before each of several links at a line's end ("TJP Documentaries: ...").
_LABEL = re.compile(r"(?<![\w:])(?P<label>[A-Z][\w]*(?: [A-Z][\w]*){0,2}): ")


@lru_cache(maxsize=1)
def _glued_headline() -> re.Pattern[str]:
    small = "|".join(re.escape(w) for w in sorted(_small_words(), key=len, reverse=True))
    word = _TITLE_WORD.format(small=small)
    # it starts after a sentence end or glued to a word ("Larangan MudikWilayah Zona Merah ..."), with a capital
    start = r"(?:(?<=[.!?\"”])|(?<=[.!?\"”] )|(?<=[a-z0-9]))"
    return re.compile(rf"{start}(?P<run>(?=[A-Z]){word}(?: {word}){{3,19}}[?!]?)(?=[\"“]?[A-Z][a-z])")


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    return frozenset(boilerplate_words("sentence_openers"))


def _echoed(words: list[str], after: str, s: CleaningSettings) -> bool:
    """Whether the text right after a short title-cased run repeats most of its words (a
    subheading opens a section about itself; a related headline is longer, about another story)."""
    small = _small_words()
    own = {w.strip(",:?!").lower() for w in words} - small
    following = {w.strip(',.:;?!()"“”').lower() for w in after.split()[: s.subheading_echo_words]}
    return bool(own) and len(own & following) / len(own) >= s.subheading_cohesion


@lru_cache(maxsize=1)
def _credit_words() -> re.Pattern[str]:
    words = boilerplate_words("caption_credit_words")
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def structural_cuts(text: str, s: CleaningSettings) -> list[tuple[int, int, str, str]]:
    """Leftovers told by their shape, not their words: (start, end, kind, reason code)."""
    cuts = []
    small, inside = _small_words(), _one_word_capitals()
    glued = _ENDS_GLUED.search(text) is not None  # most lines have no glued word: no run can end there
    # Each test looks at a bounded window, never the rest of the line: a line of a million
    # characters with thousands of glued runs stays linear.
    one_words = [m.span() for m in inside.finditer(text)] if inside and glued else []
    for match in _glued_headline().finditer(text) if glued else ():
        words = match["run"].split()
        start, end = match.span("run")
        if (
            sum(1 for w in words if w[:1].isupper()) < s.glued_headline_min_words
            or words[-1].lower() in small  # "... Dilansir dari": a sentence's start, not a headline
            or sum(1 for w in words if _NUMBER.match(w)) > 1  # a table: "Lumajang: 62.625, ... 280.442"
            or sum(1 for w in words if w.endswith(":")) > 1
            or _PAGE_MARKER_BEFORE.search(text[max(0, start - PAGE_MARKER_CHARS) : start])
            or words[-1][-1:] in "-/"  # "Sudirman-", "Kodam V/": a word split by markup
            or words[0].rstrip(",").lower() in _sentence_openers()  # "Senada, Panglima ..."
            or (len(words) <= s.subheading_max_words and _echoed(words, text[end : end + ECHO_CHARS], s))
            or _NUMBER.match(words[-1])  # a table row: "Prabowo Subianto-Gibran Rakabuming Raka 502.021"
            or any(a < end < b for a, b in one_words)
        ):
            continue
        cuts.append((start, end, RELATED, reasons.GLUED_HEADLINE))
    stripped = text.rstrip()
    for match in _BRACKET_CREDIT.finditer(text) if glued else ():
        credit = match["credit"]
        if not (_credit_words().search(credit) or is_known(credit.split("/")[0].strip())):
            continue
        window = max(0, match.start() - s.glued_caption_max_chars)
        starts = [m.start() for m in _MID_WORD_GLUE.finditer(text, window, match.start())]
        # a caption is one sentence: no sentence ends inside it (one may end right before its credit)
        if starts and not _SENTENCE_END.search(stripped, starts[-1], match.start() - 2):
            cuts.append((starts[-1], match.end(), CAPTION, reasons.GLUED_CAPTION))
    cut = _link_list(text, s)
    if cut is not None:
        cuts.append((cut, len(text), RELATED, reasons.LINK_LIST))
    return cuts


@lru_cache(maxsize=1)
def _ending_title() -> re.Pattern[str]:
    small = "|".join(re.escape(w) for w in sorted(_small_words(), key=len, reverse=True))
    word = r"[\"“'‘]?" + _TITLE_WORD.format(small=small).replace("[,:]?", r"[\"”'’]?[,?!]?")
    start = r"(?:^|(?<=[.!?\"”)] )|(?<=\s\s))"  # the line's start, after a sentence, or where an element was joined
    return re.compile(rf"{start}(?P<run>(?=[\"“'‘]?[A-Z0-9]){word}(?: {word}){{2,19}}):\s*$")


def ending_embed_title(text: str, s: CleaningSettings) -> int | None:
    """Where the text ends with a title-cased line ending in ":" (the title of a video or list
    whose embed the scraper did not keep: "Bertemu Presiden Korsel, Jokowi Dapat Ucapan Selamat
    Menang Pilpres:"), for the last line of an article's text."""
    if not text.rstrip().endswith(":"):
        return None
    match = _ending_title().search(text, max(0, len(text) - ECHO_CHARS))
    if match is None:
        return None
    words = match["run"].split()
    if sum(1 for w in words if w.lstrip("\"“'‘")[:1].isupper()) < s.glued_headline_min_words:
        return None
    return match.start("run")


def _link_list(text: str, s: CleaningSettings) -> int | None:
    """Where a run of short links under one repeated label starts, if it runs to the line's end
    (one pass over the labels, whatever their number)."""
    if text.count(": ") < s.link_list_min_items:
        return None
    starts: dict[str, list[int]] = defaultdict(list)  # label -> where each of its links starts
    for match in _LABEL.finditer(text):
        words = match["label"].split()
        for first in range(len(words)):  # "Indonesia TJP Documentaries:": the label may be a suffix
            starts[" ".join(words[first:])].append(match.start() + len(" ".join(words[:first])) + (1 if first else 0))
    found = []
    for at in starts.values():
        i = len(at)  # the links from at[i] on are all short: walk back from the line's end
        while i > 0 and len(text[at[i - 1] : at[i] if i < len(at) else len(text)].split()) <= s.link_list_item_words:
            i -= 1
        if len(at) - i >= s.link_list_min_items:
            found.append(at[i])
    return min(found, default=None)


# What a fragment rule's match takes with it (its "extends" in data/boilerplate.yml).
_EXTENDS = {"headline": headline_end, "headlines": headlines_end}

VIDEO_TEASER = "video-teaser-inline"
# A video teaser on a line of its own ("Simak video pilihan berikut ini:") and the video's description
# opening the next line, up to the page marker that closes the page ("... di Chili patah.2 dari 2 halaman")
_TEASER_LINE = re.compile(r"\bvideo\b.*:\s*$", re.IGNORECASE)
_PAGE_MARKER = re.compile(r"\d{1,2} dari \d{1,2} halaman")
VIDEO_DESCRIPTION_CHARS = 400


def _video_description(text: str, before: Line | None) -> int | None:
    """Where the description of the video that the line before introduced ends, if this line opens with it."""
    if before is None or before.kind == BODY or not _TEASER_LINE.search(before.text):
        return None
    marker = _PAGE_MARKER.search(text, 0, VIDEO_DESCRIPTION_CHARS)
    return marker.start() if marker and marker.start() > 0 else None


@lru_cache(maxsize=16)
def _hints_automaton(rules: tuple[FragmentRule, ...]):
    """Every rule's words in one Aho-Corasick automaton: one pass over a line finds them all
    (overlapping ones too: "baca" inside "baca juga")."""
    words = {hint for rule in rules for hint in rule.hints}
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _present(text: str, automaton) -> set[str]:
    return {word for _, word in automaton.iter(text)} if automaton is not None else set()


def cut_fragments(lines: list[Line], rules: tuple[FragmentRule, ...], s: CleaningSettings) -> list[Line]:
    """Cut the glued leftovers out of the body lines (in place); the cuts, as removed lines."""
    fragments: list[Line] = []
    if not rules:
        return fragments
    hints = _hints_automaton(rules)
    previous: Line | None = None
    for line in lines:
        before, previous = previous, (line if line.kind != BLANK else previous)
        if line.kind != BODY:
            continue
        spans = [(a, b, _Shape(kind, code)) for a, b, kind, code in structural_cuts(line.text, s)]
        described = _video_description(line.text, before)
        if described:
            spans.append((0, described, _Shape(RELATED, VIDEO_TEASER)))
        present = _present(line.text.lower(), hints)  # one scan for every rule's words
        for rule in rules:
            if rule.hints and present.isdisjoint(rule.hints):
                continue  # most lines hold none of a rule's words: no regular expression is run
            for match in rule.pattern.finditer(line.text):
                extend = _EXTENDS.get(rule.extends)
                end = extend(line.text, match.end(), s) if extend else match.end()
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
                cuts.append(Line(line.number, piece, KINDS.get(rule.kind, rule.kind), rule.id, rule.reads_as))
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
