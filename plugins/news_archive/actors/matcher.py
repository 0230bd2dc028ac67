"""Find actor mentions in text with one Aho-Corasick pass (pyahocorasick).

Text and aliases are compared as words: lowercase word tokens joined by single spaces, so
punctuation and hyphens are boundaries ("Turki-Rusia" names both) and "al-Assad" equals
"Al – Assad". A match must start at a word start and end at a word end, or before an
Indonesian clitic ("Rusianya", "ISIS-nya"), so "ASEAN" is not "AS" and "al-Baghdadi" is not
"Baghdad". Overlapping matches resolve leftmost-longest ("Amerika Serikat" over "Amerika",
"Negara Islam Irak dan Suriah" is ISIS), and blockers ("dolar AS") win like aliases but name
no actor. Exact-case aliases ("AS", "IS") are checked against the original words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .dictionary import Dictionary, alias_key

CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
SHORT_KEY = 3  # keys this short match whole words only
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Mention:
    actor: str
    start: int  # character offsets in the original text
    end: int
    text: str


_NONWORD = re.compile(r"[\W_]")
_RUNS = re.compile(r"  +")
_NONASCII = re.compile(r"[^\x00-\x7f]")


def _fold(text: str) -> str:
    """Drop diacritics ("Erdoğan" -> "Erdogan") without changing word boundaries."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = _fold(char)
    return base if len(base) == 1 else char


def _fold_keep_length(text: str) -> str:
    """_fold, one character for one, so offsets in the result are offsets in ``text``."""
    return text if text.isascii() else _NONASCII.sub(lambda m: _fold_char(m.group()), text)


def _lower_keep_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # "İ" lowers to two


def _collapse(spaced: str):
    """Runs of spaces to one (keys are single-spaced), with a map back to original offsets."""
    pieces, boundaries, shifts, removed, last = [], [], [], 0, 0
    for run in _RUNS.finditer(spaced):
        pieces.append(spaced[last : run.start() + 1])
        removed += run.end() - run.start() - 1
        last = run.end()
        boundaries.append(run.start() + 1 - (removed - (run.end() - run.start() - 1)))
        shifts.append(removed)
    if not boundaries:
        return spaced, lambda i: i
    pieces.append(spaced[last:])

    def original(index: int) -> int:
        k = bisect_right(boundaries, index)
        return index + (shifts[k - 1] if k else 0)

    return "".join(pieces), original


class ActorMatcher:
    def __init__(self, dictionary: Dictionary):
        self.dictionary = dictionary
        self._automaton = ahocorasick.Automaton()
        # key -> list of (actor id or None for a blocker, exact-case tokens or None)
        entries: dict[str, list[tuple[str | None, tuple[str, ...] | None]]] = {}
        for actor in dictionary.actors.values():
            for alias in actor.aliases:
                key = alias_key(_fold(alias.text))
                exact = tuple(_TOKEN.findall(_fold(alias.text))) if alias.exact else None
                entries.setdefault(key, []).append((actor.id, exact))
        for blocker in dictionary.blockers:
            entries.setdefault(alias_key(_fold(blocker)), []).append((None, None))
        for key, values in entries.items():
            # A leading space: hits only at word starts, not inside words ("us" in "rusia").
            # Short keys also end in a space: " un " must not hit "untuk" at every turn (their
            # clitics are hyphenated, "AS-nya", which is a space here).
            padded = f" {key} " if len(key) <= SHORT_KEY else f" {key}"
            self._automaton.add_word(padded, (len(key), tuple(values)))
        if entries:
            self._automaton.make_automaton()

    def mentions(self, text: str) -> list[Mention]:
        if not text or self._automaton.kind == ahocorasick.EMPTY:
            return []
        folded = _fold_keep_length(text)
        spaced, shift = _collapse(_NONWORD.sub(" ", _lower_keep_length(folded)))
        candidates = []
        for end, (length, values) in self._automaton.iter(" " + spaced + " "):
            end -= 1 if length > SHORT_KEY else 2  # offsets in `spaced`
            begin = end - length + 1
            after = spaced.find(" ", end + 1)
            rest = spaced[end + 1 : after if after >= 0 else len(spaced)]
            if rest and rest not in CLITICS:
                continue  # inside a longer word
            candidates.append((begin, end, values))
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))  # leftmost, then longest
        found: list[Mention] = []
        taken = -1
        for begin, end, values in candidates:
            if begin <= taken:
                continue
            start, stop = shift(begin), shift(end) + 1
            actor = self._resolve(values, _TOKEN.findall(folded[start:stop]))
            if actor is False:
                continue  # only exact-case aliases, and the case differs: not a mention
            taken = end
            if actor:  # the mention is the alias itself: "Rusia" in "Rusianya"
                found.append(Mention(actor, start, stop, text[start:stop]))
        return found

    @staticmethod
    def _resolve(values, original_words) -> str | bool | None:
        """The actor named by these words; None for a blocker; False when no alias fits."""
        for actor, exact in values:
            if exact is None:
                return actor
            stems = tuple(w if i < len(exact) - 1 else w[: len(exact[-1])] for i, w in enumerate(original_words))
            if stems == exact:
                return actor
        return False

    def count(self, texts) -> Counter:
        """Mentions per actor in all ``texts``, read in one pass: the joiner " 0 " is a word no
        alias contains, so no multi-word alias can bridge two texts."""
        return Counter(m.actor for m in self.mentions(" 0 ".join(texts)))
