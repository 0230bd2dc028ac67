"""The article's title: the headline line, without a site-name prefix; or, when the scrape
has no headline, a short title derived from the first sentence (and flagged as derived)."""

from __future__ import annotations

import re

from .dateline import recognised
from .resources import attribution_words

# "Site – headline" or "Site | headline"; a colon is a headline form ("Hitung Cepat: ...").
_PREFIX = re.compile(r"^(?P<brand>[^–—\-|:]{2,40}?)\s+[–—\-|]\s+(?P<rest>\S.+)$")
_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
DERIVED_WORDS = 12


def split_site_prefix(headline: str) -> tuple[str, str | None]:
    """'Kabar Internasional – Rusia dan Turki ...' -> ('Rusia dan Turki ...', 'Kabar Internasional')."""
    match = _PREFIX.match(headline)
    if not match or len(match["brand"].split()) > 3 or len(match["rest"].split()) < 4:
        return headline, None
    brand = match["brand"].strip()
    site_words = set(attribution_words()["site_name_words"])
    blog_tag = " " not in brand and brand.islower()  # "wartaperang"
    if recognised(brand) or blog_tag or site_words & set(brand.lower().split()):
        return match["rest"].strip(), brand
    return headline, None


def derive_title(first_paragraph: str, opener: str | None) -> str:
    """A short title from the first sentence, for scrapes that lost their headline."""
    text = first_paragraph[len(opener) :] if opener and first_paragraph.startswith(opener) else first_paragraph
    text = text.lstrip("-–— ").strip()
    match = _SENTENCE.match(text)
    sentence = (match.group(1) if match else text).rstrip(".")
    words = sentence.split()
    if len(words) <= DERIVED_WORDS:
        return sentence
    return " ".join(words[:DERIVED_WORDS]).rstrip(",;:") + "…"
