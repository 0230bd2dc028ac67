"""Article slugs: a few words of the title (they are in every link to the article) and a hash
of the file's path (two articles never share one).

The words are made as Pelican makes slugs (``pelican.utils.slugify``: tags stripped, NFKC,
ASCII-fied by unidecode, the SLUG_REGEX_SUBSTITUTIONS applied, lower case), without importing
Pelican: this layer runs in worker processes and in the command-line tools.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from markupsafe import Markup
from unidecode import unidecode

WORDS_MAX = 30  # the slug is in every link to the article (~20 per article): its words only name it
PATH_HASH_DIGITS = 10  # 40 bits: no collision in archives of hundreds of thousands of files


def slugify(text: str, substitutions: tuple[tuple[str, str], ...]) -> str:
    value = unidecode(unicodedata.normalize("NFKC", Markup(text).striptags()))
    for source, target in substitutions:
        value = re.sub(
            unicodedata.normalize("NFKC", source), unicodedata.normalize("NFKC", target), value, flags=re.IGNORECASE
        )
    return value.lower().strip()


def shorten(words: str) -> str:
    """The slug's words, cut at the last hyphen that keeps them within WORDS_MAX characters."""
    if len(words) <= WORDS_MAX:
        return words.strip("-")
    cut = words.rfind("-", 0, WORDS_MAX + 1)
    return words[: cut if cut > 0 else WORDS_MAX].strip("-")


def path_hash(rel: str) -> str:
    return hashlib.sha1(rel.encode()).hexdigest()[:PATH_HASH_DIGITS]


def article_slug(title: str, rel: str, substitutions: tuple[tuple[str, str], ...]) -> str:
    """The title's first words and the hash of the path relative to the content folder."""
    return "-".join(filter(None, (shorten(slugify(title, substitutions)), path_hash(rel))))
