"""The article's title: the headline line, without a site-name prefix; or, when the scrape
has no headline, a short title derived from the first sentence (and flagged as derived)."""

from __future__ import annotations

import re

from .attribution import known_outlet
from .dateline import recognised
from .resources import attribution_words
from .thresholds import CleaningSettings

# "Site – headline" or "Site | headline"; a colon is a headline form ("Hitung Cepat: ...").
_PREFIX = re.compile(r"^(?P<brand>[^–—\-|:]{2,40}?)\s+[–—\-|]\s+(?P<rest>\S.+)$")
_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)")
# "Headline - ANTARA News", "headline | Kompas.com": an HTML <title>'s site name after the headline.
_SUFFIX = re.compile(r"^(?P<rest>\S.+?)\s+[–—\-|]\s+(?P<brand>[^–—\-|]{2,40})$")
_SITE_DOMAIN = re.compile(r"\w\.(?:com|co\.id|co|id|net|org|tv|news)$", re.IGNORECASE)


def split_site_prefix(headline: str, s: CleaningSettings) -> tuple[str, str | None]:
    """'Kabar Internasional – Rusia dan Turki ...' -> ('Rusia dan Turki ...', 'Kabar Internasional')."""
    match = _PREFIX.match(headline)
    if not match or len(match["brand"].split()) > s.title_brand_max_words:
        return headline, None
    if len(match["rest"].split()) < s.title_rest_min_words:
        return headline, None
    brand = match["brand"].strip()
    site_words = set(attribution_words()["site_name_words"])
    blog_tag = " " not in brand and brand.islower()  # "wartaperang"
    if recognised(brand) or blog_tag or site_words & set(brand.lower().split()):
        return match["rest"].strip(), brand
    return headline, None


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """'Menang mudah, Celtics kalahkan Raptors - ANTARA News' -> (the headline, 'ANTARA News'),
    when what follows the last dash or bar names a listed outlet or a site's domain."""
    match = _SUFFIX.match(title.strip())
    if not match:
        return title, None
    brand = match["brand"].strip()
    last = brand.split()[-1]
    if known_outlet(brand) or known_outlet(last) or _SITE_DOMAIN.search(last):
        return match["rest"].strip(), brand
    return title, None


def derive_title(first_paragraph: str, opener: str | None, s: CleaningSettings) -> str:
    """A short title from the first sentence, for scrapes that lost their headline."""
    text = first_paragraph[len(opener) :] if opener and first_paragraph.startswith(opener) else first_paragraph
    text = text.lstrip("-–— ").strip()
    match = _SENTENCE.match(text)
    sentence = (match.group(1) if match else text).rstrip(".")
    words = sentence.split()
    if len(words) <= s.derived_title_words:
        return sentence
    return " ".join(words[: s.derived_title_words]).rstrip(",;:") + "…"
