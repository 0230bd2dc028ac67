"""The thresholds of the text pipeline, in one frozen dataclass with one comment each.

Set from NEWS_ARCHIVE_CLEANING in pelicanconf.py; `news-archive evaluate -s SETTINGS` scores the
labelled corpus with the same values, so a change can be measured before it is published.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleaningSettings:
    paragraph_min_words: int = 8  # a line this long that ends a sentence is a paragraph
    long_line_words: int = 20  # a line this long is a paragraph whatever its end
    title_max_words: int = 20  # longest line taken as a headline
    headline_max_words: int = 25  # a glued "Baca juga:" headline ends at a glued word or a sentence end this close
    glued_headline_min_words: int = 4  # capitalised words of a label-less headline glued between sentences
    subheading_max_words: int = 6  # a glued title-cased run this short may be a subheading...
    subheading_echo_words: int = 40  # ...when the words after it take up its own
    glued_caption_max_chars: int = 200  # a glued caption starts this close before its "(AFP)" credit
    link_list_min_items: int = 3  # "Label: link Label: link Label: link" at a line's end...
    link_list_item_words: int = 15  # ...each this short
    headline_scan_words: int = 40  # ...or else before the first sentence start this close (a list of headlines)
    section_max_words: int = 2  # "Internasional" above the title: a section label
    tail_max_words: int = 6  # short lines after the last paragraph are page furniture
    sentence_case_min_words: int = 10  # from this length a line between paragraphs must look like a headline...
    headline_capitals: float = 0.5  # ...with this share of its (4+ letter) words capitalised
    subheading_cohesion: float = 0.5  # share of a short line's words found in the next paragraph
    # another story's headline has more words: a shorter line between paragraphs is a subheading
    related_min_words: int = 3
    dateline_search_lines: int = 25  # a dateline opens the article within this many lines
    captions_above_dateline: int = 2  # long sentences above a dateline taken for captions; more: the article
    dateline_min_words: int = 6  # a line opening with a dateline is a paragraph from this length
    caption_max_words: int = 40  # longest line taken for a caption when its photo credit follows
    byline_max_words: int = 12  # longest "Name - Outlet" line taken for a byline
    brand_max_words: int = 3  # longest line taken for the site's brand, or a "CITY:" line
    repeated_min_words: int = 3  # a paragraph this long seen twice is shown once
    cohesion_prefix: int = 5  # letters compared when a short line's words are looked for below it
    share_list_max_words: int = 4  # longest item of a "Share this:" list
    credit_tail_lines: int = 3  # last body lines searched for a glued credit "(ant/mm)"
    title_brand_max_words: int = 3  # "Kabar Internasional – ...": longest site name before a headline
    title_rest_min_words: int = 4  # ... when at least this many words of headline follow it
    derived_title_words: int = 12  # a title made from the first sentence is cut to this many words
    person_max_words: int = 5  # longest name taken for a byline or an editor
    copyright_owner_max_words: int = 5  # longest "© Owner" taken for the publisher


DEFAULT_THRESHOLDS = CleaningSettings()
