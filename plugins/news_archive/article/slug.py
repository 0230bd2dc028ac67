"""Article slugs: a few words (they are in every link to the article) and a hash that keeps
two articles apart. What the slug is made of decides what changes an article's URL:

- a ``Slug:`` header: that slug, reduced to letters, digits and hyphens (a path is refused);
- a ``URL:`` header: the last words of the original URL's path and a hash of that URL, so a
  headline fix or a renamed file keeps the URL;
- otherwise: the title's first words and a hash of the file's path in the content folder.

The words are made as Pelican makes slugs (``pelican.utils.slugify``: tags stripped, NFKC,
ASCII-fied by unidecode, the SLUG_REGEX_SUBSTITUTIONS applied, lower case), without importing
Pelican: this layer runs in worker processes and in the command-line tools.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit

from markupsafe import Markup
from unidecode import unidecode

WORDS_MAX = 30  # the slug is in every link to the article (~20 per article): its words only name it
# Pelican's default SLUG_REGEX_SUBSTITUTIONS, for slugs made outside a build (import's file names).
DEFAULT_SUBSTITUTIONS = ((r"[^\w\s-]", ""), (r"(?u)\A\s*", ""), (r"(?u)\s*\Z", ""), (r"[-\s]+", "-"))
PATH_HASH_DIGITS = 10  # 40 bits: no collision in archives of hundreds of thousands of files
SLUG_MAX_BYTES = 200  # a file name holds 255 bytes: room for a suffix that tells two apart
_UNSAFE = re.compile(r"[^\w-]+", re.ASCII)
_PATH_LIKE = re.compile(r"[/\\]|^\.\.?$")


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


def safe(slug: str) -> str:
    """Letters, digits, underscores and hyphens only, within SLUG_MAX_BYTES: a slug names one
    folder of the output and nothing else."""
    return _UNSAFE.sub("-", slug).strip("-")[:SLUG_MAX_BYTES].strip("-")


def header_slug(value: str, substitutions: tuple[tuple[str, str], ...]) -> tuple[str, str | None]:
    """The slug a ``Slug:`` header asks for, and the problem with it ("" when refused)."""
    if _PATH_LIKE.search(value.strip()):
        return "", f"header Slug {value!r} is a path (separator or dot segment): refused; the slug is made for it"
    slug = safe(slugify(value, substitutions))
    if not slug:
        return "", f"header Slug {value!r} has no letter or digit: refused; the slug is made for it"
    if slug != value.strip():
        return slug, f"header Slug {value!r} reduced to {slug!r} (letters, digits and hyphens)"
    return slug, None


def article_slug(title: str, rel: str, substitutions: tuple[tuple[str, str], ...], source_url: str = "") -> str:
    """The slug of an article without a ``Slug:`` header (see the module's docstring)."""
    try:
        path = unquote(urlsplit(source_url).path).rstrip("/") if source_url else None
    except ValueError:  # "http://[::1": a URL header no parser reads names the page by its title
        path = None
    if path is not None:
        words = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return "-".join(filter(None, (shorten(safe(slugify(words, substitutions))), path_hash(source_url))))
    return "-".join(filter(None, (shorten(safe(slugify(title, substitutions))), path_hash(rel))))
