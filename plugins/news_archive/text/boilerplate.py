"""Give every line of a scraped article a class and a reason.

Order matters and each step is one small named function:

1. :func:`apply_rules` - the editable rules in data/boilerplate.yml (widgets, ads, credits...);
2. :func:`extend_widget_lists` - the short lines under "Lihat juga:" or "Share this:";
3. :func:`mark_captions_before_credits` - a line followed by its photo credit is a caption;
4. :func:`find_body_start` - the first paragraph-like line: everything above is the head;
5. :func:`classify_head` - date stamps, bylines, brand and section lines, the title, captions
   and headlines injected above the article;
6. :func:`classify_tail` - short leftovers after the last paragraph;
7. :func:`classify_body` - repeated lines, and short headline-like lines between paragraphs:
   a subheading when its words recur in the next paragraph, else an injected related headline.

Every threshold is a field of :class:`CleaningSettings`, set from NEWS_ARCHIVE_CLEANING in
pelicanconf.py (so `news-archive evaluate -s` can score other values).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import reasons
from .dateline import parse_dateline, part_kind
from .dates import is_date_stamp
from .lines import BLANK, BODY, BOILERPLATE, CAPTION, CREDIT, META, RELATED, TITLE, Line
from .resources import RuleSet
from .thresholds import DEFAULT_THRESHOLDS, CleaningSettings

_SENTENCE_END = re.compile(r"[.!?…\"”’')\]]$")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[•·▪◦*–-])\s")  # "1. Fotokopi KTP", "• Penerima PKH": items of a list
_LEAD_END = re.compile(r"[.!?…:\"”’]$")  # a sentence, or a sentence that introduces a list
_CREDIT_PARENS = re.compile(r"\([^()]{2,60}\)$")
_BYLINE_OUTLET = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4})\s*[-–—|,]\s*(?P<outlet>[^|,]{2,40}?)\s*(?:[|,].*)?$"
)
_CITY_COLON = re.compile(r"^[A-Z][\w .'’-]{1,30}:$")
_NAME_ONLY = re.compile(r"^[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){1,2}$")  # a byline name: 2-3 words
_WORD = re.compile(r"[^\W\d_]{4,}")


def is_paragraph(line: Line, s: CleaningSettings) -> bool:
    if line.words >= s.long_line_words:
        return True
    if line.words >= s.paragraph_min_words and _SENTENCE_END.search(line.text):
        return True
    return line.words >= s.dateline_min_words and parse_dateline(line.text) is not None


def continues(lines: list[Line], i: int) -> bool:
    """Hard-wrapped text: the next line, with no blank between, goes on mid-sentence."""
    if i + 1 >= len(lines) or _SENTENCE_END.search(lines[i].text):
        return False
    following = lines[i + 1]
    return following.kind in ("", BODY) and following.text[:1].islower()


def is_title_like(line: Line, s: CleaningSettings) -> bool:
    text = line.text
    return (
        2 <= line.words <= s.title_max_words
        and not text.endswith((".", ",", ";", ":"))
        and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'‘")
    )


@lru_cache(maxsize=4096)
def loose_key(text: str) -> str:
    """A line compared without case, punctuation or spacing ("Rusia, Turki!" is "rusia turki")."""
    return re.sub(r"\W+", " ", text).strip().lower()


def _same(a: str, b: str) -> bool:
    return loose_key(a) == loose_key(b)


def apply_rules(lines: list[Line], rules: RuleSet) -> None:
    kinds = {"source": CREDIT, "meta": META}
    for line in lines:
        rule = None if line.kind else rules.first_match(line.text, line.words)
        if rule:
            line.mark(kinds.get(rule.kind, rule.kind), rule.id)
            line.rule = rule.id


def extend_widget_lists(lines: list[Line], rules: RuleSet, s: CleaningSettings) -> None:
    opens = {rule.id: rule for rule in rules if rule.opens}
    for i, line in enumerate(lines):
        rule = opens.get(line.rule)
        if not rule:
            continue
        limit = s.share_list_max_words if rule.opens == "share" else s.title_max_words
        items = 0
        for item in lines[i + 1 :]:
            if item.kind == BLANK and not items:
                continue  # a list's heading may stand apart from its items ("Baca Juga", blank, headlines)
            if item.kind == BLANK or item.rule in opens or (is_paragraph(item, s) and not _asks(item, s)):
                break  # a blank line after the items, the text, or the next widget ends the list
            if item.kind:
                continue
            if item.words > limit:
                break
            item.mark(line.kind, reasons.list_item(rule.id))
            items += 1


def _asks(line: Line, s: CleaningSettings) -> bool:
    """A headline in question form ("Generasi Milenial Banyak yang Jadi Vegetarian, Apa Sebabnya?"):
    it ends like a sentence but is a list item."""
    return line.text.endswith("?") and line.words <= s.title_max_words and _headline_case(line, s)


def mark_captions_before_credits(lines: list[Line], s: CleaningSettings) -> None:
    for i in range(1, len(lines)):
        if lines[i].kind == CAPTION and lines[i].rule in ("photo-caption", "photo-credit-label"):
            before = lines[i - 1]
            if not before.kind and before.words <= s.caption_max_words:
                before.mark(CAPTION, reasons.CAPTION_BEFORE_CREDIT)


def find_body_start(lines: list[Line], s: CleaningSettings) -> int | None:
    """The dateline paragraph if one opens within the first lines, else the first paragraph.

    Captions above the dateline can be full sentences ("... Palmyra. (REUTERS/SANA)"), so a
    dateline is the surer start of the article (REAL_PATTERNS.md: look in the first ~25 lines).
    """
    content = [i for i, line in enumerate(lines) if line.kind != BLANK][: s.dateline_search_lines]
    paragraphs_above = 0
    for i in content:
        line = lines[i]
        if not line.kind and line.words >= s.dateline_min_words and parse_dateline(line.text) is not None:
            return i
        # A caption or two may stand above the dateline; more paragraphs than that are the
        # article itself (its dateline lost), and a "dateline" further down is not one.
        paragraphs_above += not line.kind and line.words >= s.long_line_words and bool(_SENTENCE_END.search(line.text))
        if paragraphs_above > s.captions_above_dateline:
            break
    for i, line in enumerate(lines):
        if not line.kind and (is_paragraph(line, s) or (line.words >= s.dateline_min_words and continues(lines, i))):
            return _lead_above(lines, i, s)
    return None


def _lead_above(lines: list[Line], start: int, s: CleaningSettings) -> int:
    """Sentences right above the first paragraph, with no blank line between (a list's
    introduction ending in ":"), open the article: they are its lead, not its head."""
    while start > 0:
        above = lines[start - 1]
        if above.kind or above.words < s.paragraph_min_words or not _LEAD_END.search(above.text):
            break
        start -= 1
    return start


def _byline_with_outlet(line: Line, s: CleaningSettings) -> bool:
    match = _BYLINE_OUTLET.match(line.text)
    return bool(match) and line.words <= s.byline_max_words and part_kind(match["outlet"].strip()) == "outlet"


def _brand_only(line: Line, s: CleaningSettings) -> bool:
    return line.words <= s.brand_max_words and part_kind(line.text) == "outlet" and not is_date_stamp(line.text)


def _next_to_stamp(lines: list[Line], i: int) -> bool:
    """The nearest non-blank line above or below is a date stamp (a byline sits by its stamp;
    a Title-Case related headline elsewhere in the head is not a name)."""
    neighbours = [
        next((ln for ln in reversed(lines[:i]) if ln.kind != BLANK), None),
        next((ln for ln in lines[i + 1 :] if ln.kind != BLANK), None),
    ]
    return any(
        ln is not None and (ln.reason == reasons.DATE_STAMP or (not ln.kind and is_date_stamp(ln.text)))
        for ln in neighbours
    )


def classify_head(lines: list[Line], start: int, s: CleaningSettings) -> None:
    title: Line | None = None
    for i, line in enumerate(lines[:start]):
        if line.kind:
            continue
        if is_date_stamp(line.text):
            line.mark(META, reasons.DATE_STAMP)
        elif _byline_with_outlet(line, s):
            line.mark(CREDIT, reasons.BYLINE)
        elif _brand_only(line, s):
            line.mark(META, reasons.SITE_BRAND)
        elif _CITY_COLON.match(line.text) and line.words <= s.brand_max_words:
            line.mark(META, reasons.PLACE_LINE)
        elif title is None and line.words <= s.section_max_words and not _SENTENCE_END.search(line.text):
            line.mark(META, reasons.SECTION_LABEL)
        elif title is None and is_title_like(line, s):
            line.mark(TITLE, reasons.HEADLINE)
            title = line
        elif title is not None and _same(line.text, title.text):
            line.mark(BOILERPLATE, reasons.REPEATED_TITLE)
        elif _CREDIT_PARENS.search(line.text):
            line.mark(CAPTION, reasons.CAPTION_CREDITED)
        elif _NAME_ONLY.match(line.text) and _next_to_stamp(lines, i):
            line.mark(CREDIT, reasons.BYLINE_NAME_ONLY)  # Okezone: the name right under the stamp
        elif is_title_like(line, s):
            line.mark(RELATED, reasons.RELATED_ABOVE)
        else:
            line.mark(CAPTION, reasons.CAPTION_ABOVE)


def _last_paragraph(lines: list[Line], start: int, s: CleaningSettings) -> int:
    for i in range(len(lines) - 1, start - 1, -1):
        if not lines[i].kind and is_paragraph(lines[i], s):
            return i
    return min(start, len(lines) - 1)  # a headline on the last line: no text after it


def classify_tail(lines: list[Line], last: int, s: CleaningSettings) -> None:
    for line in lines[last + 1 :]:
        if not line.kind and line.words <= s.tail_max_words and not _SENTENCE_END.search(line.text):
            line.mark(BOILERPLATE, reasons.AFTER_ARTICLE)


def _cohesion(line: Line, paragraph: str, prefix: int) -> float:
    words = {w.lower()[:prefix] for w in _WORD.findall(line.text)}
    if not words:
        return 0.0
    found = {w.lower()[:prefix] for w in _WORD.findall(paragraph)}
    return len(words & found) / len(words)


def _headline_case(line: Line, s: CleaningSettings) -> bool:
    """Headlines capitalise their words ("Polisi Paris Imbau Warga Bersihkan Abu"); a long line
    mostly in lower case is a sentence that lost its full stop, not a headline."""
    if line.words < s.sentence_case_min_words:
        return True
    words = _WORD.findall(line.text)
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= s.headline_capitals


def _isolated(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].kind == BLANK
    after = i + 1 >= len(lines) or lines[i + 1].kind == BLANK
    return before and after


def classify_body(lines: list[Line], start: int, last: int, title: str | None, s: CleaningSettings) -> None:
    uses_blank_lines = any(line.kind == BLANK for line in lines[start:last])
    seen: set[str] = set()
    for i in range(start, last + 1):
        line = lines[i]
        if line.kind:
            continue
        key = loose_key(line.text)
        if title and _same(line.text, title):
            line.mark(BOILERPLATE, reasons.REPEATED_TITLE)
        elif key in seen and line.words >= s.repeated_min_words:
            line.mark(BOILERPLATE, reasons.REPEATED_PARAGRAPH)
        elif (
            i > start
            and is_title_like(line, s)
            and not is_paragraph(line, s)
            and not continues(lines, i)
            and not _LIST_ITEM.match(line.text)
            and _headline_case(line, s)
        ):
            following = next((ln.text for ln in lines[i + 1 :] if not ln.kind and is_paragraph(ln, s)), "")
            isolated = _isolated(lines, i) or not uses_blank_lines
            if (isolated and _cohesion(line, following, s.cohesion_prefix) >= s.subheading_cohesion) or (
                line.words < s.related_min_words  # "Jalannya pertandingan": too short for a story's headline
            ):
                line.mark(BODY, reasons.SUBHEADING)
            else:
                line.mark(RELATED, reasons.RELATED_BETWEEN)
        seen.add(key)


def classify(lines: list[Line], rules: RuleSet, s: CleaningSettings = DEFAULT_THRESHOLDS) -> None:
    """Mark every line of ``lines`` (in place)."""
    apply_rules(lines, rules)
    extend_widget_lists(lines, rules, s)
    mark_captions_before_credits(lines, s)
    start = find_body_start(lines, s)
    if start is None:  # no paragraph at all: the first headline-like line is the title
        start = next((i + 1 for i, ln in enumerate(lines) if not ln.kind and is_title_like(ln, s)), 0)
    classify_head(lines, start, s)
    title = next((ln.text for ln in lines if ln.kind == TITLE), None)
    last = _last_paragraph(lines, start, s)
    classify_tail(lines, last, s)
    classify_body(lines, start, last, title, s)
    for line in lines:
        if not line.kind:
            line.mark(BODY, reasons.ARTICLE_TEXT)
