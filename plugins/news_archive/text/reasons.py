"""Codes for why a line was removed (or kept) and for the evidence behind a date or a
publisher. Code compares codes; their words, in each interface language, are in data/ui.yml
under ``reasons``. A boilerplate rule's code is its id (its ``reason`` field gives words for a
user's rule that ui.yml does not know); an item of a widget list is its rule's id + ITEM.
"""

from __future__ import annotations

# Lines kept in the article.
ARTICLE_TEXT = "article-text"
UNANALYSED = "unanalysed"  # the analysis ran out of time: the text is shown as it is
SUBHEADING = "subheading"
HEADLINE = "headline"
# Lines of the head, above the article text.
DATE_STAMP = "date-stamp"
BYLINE = "byline"
BYLINE_NAME_ONLY = "byline-name-only"
SITE_BRAND = "site-brand"
PLACE_LINE = "place-line"
SECTION_LABEL = "section-label"
CAPTION_CREDITED = "caption-credited"
CAPTION_ABOVE = "caption-above-article"
RELATED_ABOVE = "related-above-article"
# Lines anywhere.
REPEATED_TITLE = "repeated-title"
REPEATED_PARAGRAPH = "repeated-paragraph"
CAPTION_BEFORE_CREDIT = "caption-before-credit"
RELATED_BETWEEN = "related-between-paragraphs"
AFTER_ARTICLE = "after-article"
CREDIT_TAIL = "credit-tail"  # a fragment cut from the end of a paragraph
GLUED_HEADLINE = "glued-headline"  # a title-cased run glued between two sentences: a related headline
GLUED_CAPTION = "glued-caption"  # a caption ending in its bracketed credit, glued to the next sentence
LINK_LIST = "link-list"  # the same short label before each of several links at a line's end
DATELINE_DASH = "dateline-dash"  # "- Pemerintah ...": the separator of a dateline whose brand is on a line above
GLUED_HEAD = "glued-head"  # a headline or credit glued before the first paragraph's dateline
EMBED_TITLE = "embed-title"  # a title-cased line ending in ":" that ends the text: its embed was not kept
NO_WORDS = "no-words"  # a line of punctuation (and a dateline) only: the scraper lost the text of its links
ITEM = ".item"

# Evidence for the publication date.
HEADER_DATE = "header-date"
STAMP_DATE = "stamp-date"
STAMP_DATE_WEEKDAY_DISAGREES = "stamp-date-weekday-disagrees"
CITATION_DATE = "citation-date"
URL_DATE = "url-date"
WEEKDAY_DATE = "weekday-confirmed-date"
NO_DATE = "no-date-found"

# Evidence for the publisher, strongest first.
PUBLISHER_EVIDENCE = (
    "header-publisher",
    "url-host",
    "dateline",
    "byline",
    "brand-line",
    "copyright-line",
    "source-line",
    "title-prefix",
    "self-mention",
)
(
    HEADER_PUBLISHER,
    URL_HOST,
    DATELINE,
    BYLINE_OUTLET,
    BRAND_LINE,
    COPYRIGHT_LINE,
    SOURCE_LINE,
    TITLE_PREFIX,
    SELF_MENTION,  # "Menurut catatan detikcom": the text names its own outlet
) = PUBLISHER_EVIDENCE


def list_item(rule_id: str) -> str:
    return rule_id + ITEM
