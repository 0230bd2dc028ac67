"""The search analysis pipeline, Python side. theme/js/analysis.js is its twin: both must give
the same tokens for the same text (tests run every distinct word of the corpora through both).

    text -> fold diacritics -> lowercase -> split into runs of letters and digits
         -> drop Indonesian and English stopwords -> Snowball Indonesian stem

The steps are also lunr pipeline functions, registered under the same names in lunr.py and
lunr.js, so a lunr.py index loads in lunr.js.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache

import Stemmer

from ..text.resources import DATA_DIR

PIPELINE = ("na-split", "na-stopword", "na-stem")  # labels, identical in analysis.js
_RUN = re.compile(r"[^\W_]+")  # letters (L*) and digits (N*): \p{L}\p{N} in JavaScript
_MARK = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = set()
    for name in ("stopwords-id.txt", "stopwords-en.txt"):
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.strip().lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("indonesian")


def fold(text: str) -> str:
    """Decompose and drop combining marks ("Erdoğan" -> "Erdogan"), as JS normalize('NFD')."""
    return text if text.isascii() else _MARK.sub("", unicodedata.normalize("NFD", text))


def split(text: str) -> list[str]:
    return _RUN.findall(fold(text).lower())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


# Acronyms in capitals that are also stopwords in lower case ("AS", the United States; "IS",
# Islamic State; "as" and "is" are English stopwords): written so, they are searchable, indexed
# as the lower-case word with this mark ("as0"), which no stopword list, stemmer or text holds.
PROTECTED_MARK = "0"


def protected_words(aliases) -> frozenset[str]:
    """The acronyms among ``aliases`` (an actor dictionary's) that need protecting."""
    stop = stopwords()
    return frozenset(a for a in aliases if a.isalpha() and a.isupper() and 1 < len(a) <= 5 and a.lower() in stop)


@lru_cache(maxsize=8)
def _protected_re(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, words))) + r")(?![^\W_])")


def protect(text: str, words: frozenset[str]) -> str:
    """``text`` with each acronym of ``words`` written in capitals replaced by its index form."""
    if not words:
        return text
    return _protected_re(words).sub(lambda m: m.group().lower() + PROTECTED_MARK, text)


def analyse(text: str, protected: frozenset[str] = frozenset()) -> list[str]:
    """Index terms of ``text``, in order (repeats kept: they are term frequencies)."""
    stop = stopwords()
    return [stem(word) for word in split(protect(text, protected)) if word not in stop]


def term_counts(text: str, protected: frozenset[str] = frozenset()) -> tuple[str, array, array]:
    """The index terms of ``text`` with their counts, in the order first seen (lunr numbers
    terms so), and the text as a sequence of them, for phrase search: packed to be kept for
    every article of a large archive (a tenth of a dict's memory).

    Returns the terms joined by spaces (a term never holds one), an array of their counts, and
    one number per word of the text: 1 + the index of its term, or 0 for a stopword (a gap a
    phrase such as "Rusia dan Turki" keeps)."""
    stop = stopwords()
    numbers: dict[str, int] = {}
    sequence = []
    for word in split(protect(text, protected)):
        if word in stop:
            sequence.append(0)
            continue
        term = stem(word)
        sequence.append(numbers.setdefault(term, len(numbers)) + 1)
    counts = array("I", bytes(4 * len(numbers)))
    for number in sequence:
        if number:
            counts[number - 1] += 1
    return " ".join(numbers), counts, array("H" if len(numbers) < 0xFFFF else "I", sequence)
