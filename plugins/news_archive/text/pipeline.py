"""Raw scraped text in, a clean, attributed, dated article out.

    analysis = analyse(raw_bytes, source="content/articles/001.txt")

Pure: no Pelican, no file system beyond the packaged data files. The Pelican reader and the
evaluation command both call this, so what is scored is what is published.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from . import reasons
from .attribution import Attribution, attribute, is_same_outlet, split_credit_tail
from .boilerplate import classify, loose_key
from .dateline import Dateline, glued_head, parse_dateline
from .dates import HEADER_MIN_YEAR, FoundDate, header_date_in_range, parse_header_date, publication_date
from .dates import UNKNOWN as UNKNOWN_DATE
from .decode import Decoded, decode
from .fragments import cut_fragments, ending_embed_title
from .header import Header, parse_header
from .html_text import html_to_text, looks_like_html
from .language import guess_language
from .lines import BLANK, BODY, BOILERPLATE, CREDIT, META, RELATED, TITLE, Line, rejoin_split_sentences, split_lines
from .problems import Problem
from .resources import abbreviations, load_fragment_rules, load_rules, open_line_endings
from .thresholds import DEFAULT_THRESHOLDS, CleaningSettings
from .title import derive_title, split_site_prefix
from .urls import date_in_url

_CONTINUES = re.compile(r"[.!?…\"”’')\]:]$")


@dataclass
class Paragraph:
    text: str
    lines: list[int]  # raw line numbers
    dateline: str | None = None  # the opener at its start, if any


@dataclass
class Analysis:
    source: str
    title: str
    title_derived: bool
    paragraphs: list[Paragraph]
    lines: list[Line]  # every raw line with its class and reason (blank lines included)
    removed: list[Line]  # removed lines and fragments (credit tails), in order
    attribution: Attribution
    date: FoundDate
    lang: str
    header: dict[str, str]
    header_lines: dict[str, int]  # header key -> line number, for messages
    encoding: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


def _paragraphs(
    lines: list[Line], dateline: Dateline | None, s: CleaningSettings
) -> tuple[list[Paragraph], list[Line]]:
    """Join hard-wrapped body lines; strip credit tails glued to the last lines."""
    position = {id(line): i for i, line in enumerate(lines)}  # lines read as HTML share numbers
    body = [line for line in lines if line.kind == BODY]
    fragments: list[Line] = []
    texts = {id(line): line.text for line in body}
    for line in body[-s.credit_tail_lines :]:  # credit tails sit at the end, sometimes before a last short line
        text, tail = split_credit_tail(texts[id(line)])
        if tail:
            texts[id(line)] = text
            fragments.append(Line(line.number, tail, CREDIT, reasons.CREDIT_TAIL))
    if body:  # the text's last words: the title of an embed that was not kept
        last = body[-1]
        start = ending_embed_title(texts[id(last)], s)
        if start == 0:  # the whole line: the line itself is removed
            last.mark(RELATED, reasons.EMBED_TITLE)
            texts[id(last)] = ""
        elif start is not None:
            fragments.append(Line(last.number, texts[id(last)][start:].strip(), RELATED, reasons.EMBED_TITLE))
            texts[id(last)] = texts[id(last)][:start].rstrip()
    paragraphs: list[Paragraph] = []
    previous: Line | None = None
    for line in body:
        text = texts[id(line)]
        adjacent = previous is not None and position[id(previous)] == position[id(line)] - 1
        if paragraphs and adjacent and not _CONTINUES.search(paragraphs[-1].text) and text[:1].islower():
            paragraphs[-1].text += " " + text
            paragraphs[-1].lines.append(line.number)
        elif text:
            paragraphs.append(Paragraph(text, [line.number]))
        previous = line
    paragraphs = [piece for paragraph in paragraphs for piece in _split_glued(paragraph, s)]
    if paragraphs and dateline and paragraphs[0].text.startswith(dateline.text):
        paragraphs[0].dateline = dateline.text.strip()
    shared = Counter(number for p in paragraphs for number in set(p.lines))
    wordless = {id(p) for p in paragraphs if _without_words(p, shared)}
    if wordless:
        numbers = {number for p in paragraphs if id(p) in wordless for number in p.lines}
        for line in body:  # once over the lines, whatever the number of wordless paragraphs
            if line.number in numbers:
                line.mark(BOILERPLATE, reasons.NO_WORDS)
    return [p for p in paragraphs if id(p) not in wordless], fragments


_WORD = re.compile(r"[^\W_]")


def _without_words(paragraph: Paragraph, shared: Counter) -> bool:
    """A paragraph with no word besides its dateline ("Jakarta, CNN Indonesia -- ,,,,", "( )"): the
    scraper kept the punctuation around links and lost their text. Its lines are removed, so an
    article of nothing else has no text. A piece of a line that also gave another paragraph stays
    (its lines are that paragraph's too)."""
    if _WORD.search(paragraph.text[len(paragraph.dateline or "") :]):
        return False
    return all(shared[number] == 1 for number in paragraph.lines)


# A sentence end glued to the next sentence, where a scraper lost a paragraph break:
# "...(29/3/2022).Gatot ...", '...kata dia."Selanjutnya', '...sejak lama."Itu saat ...'; or where it
# joined the paragraphs with commas (a list of paragraphs written as CSV): "...tahun 2021.,Pimpinan"
# (the comma stays with the paragraph it ends: text is never dropped unlisted). A quote mark opens
# the next sentence only when a word follows it: '...iklim."' at a line's end closes its sentence.
_GLUED_STOP = re.compile(r"(?<=[\w)%])(?P<stop>[.!?])(?P<quote>[\"”’“]?)(?P<comma>,)?(?=[A-Z]|[\"“][^\s,])")
_ANY_GLUED_STOP = re.compile(r"[.!?][\"”’“]?,?[A-Z\"“]")  # the same without its look-behind: a quick first test
_LAST_WORD = re.compile(r"(\w+)[)%]*$")


def _split_glued(paragraph: Paragraph, s: CleaningSettings) -> list[Paragraph]:
    """A long paragraph whose breaks were lost, split again at its glued sentence ends (not after
    an abbreviation of data/boilerplate.yml: "Jl.Sudirman", "dr.Soetomo")."""
    text = paragraph.text
    if text.count(" ") + 1 < s.long_line_words or not _ANY_GLUED_STOP.search(text):
        return [paragraph]
    cuts = [0]
    for match in _GLUED_STOP.finditer(text):
        word = _LAST_WORD.search(text[max(0, match.start() - 40) : match.start()])
        if not word or word.group(1).lower() in abbreviations() or word.group(1).isupper():
            continue  # "Jl.", "U.S.", "PT."
        start = match.start() - len(word.group(0))
        if match["comma"] and (len(word.group(1)) < 3 or text[start - 1 : start] == "."):
            continue  # a list of degrees, "S.Si.,M.M.": no paragraphs joined there
        quote = match["quote"]
        opens = quote == "“" or (quote == '"' and text.count('"', cuts[-1], match.start()) % 2 == 0)
        cuts.append(match.end("stop") if opens else match.end())
    cuts.append(len(text))
    pieces = [text[a:b].strip() for a, b in pairwise(cuts)]
    return [Paragraph(piece, list(paragraph.lines)) for piece in pieces if piece]


def _keep_unlisted_headlines(lines: list[Line], header_title: str) -> None:
    """With the title in the header, a line read as the headline that is not that title is never
    dropped unseen: the article's only text (a teaser saved alone) is its body; otherwise it is
    listed with the head's lines."""
    has_body = any(line.kind == BODY for line in lines)
    for line in lines:
        if line.kind == TITLE and loose_key(line.text) != loose_key(header_title):
            line.mark(META if has_body else BODY, reasons.HEADLINE if has_body else reasons.ARTICLE_TEXT)


_LEFT_DASH = re.compile(r"^(?:--?|–|—)\s+(?=[A-Z\"“])")


def _cut_glued_head(lines: list[Line]) -> list[Line]:
    """A headline or credit glued before the first paragraph's dateline, or the dash of a dateline
    whose brand stands on a line above, cut off as a fragment."""
    first = next((line for line in lines if line.kind == BODY), None)
    if first is None:
        return []
    dash = _LEFT_DASH.match(first.text)  # "VIVA.co.id" / related link / "- Pemerintah ...": the brand's dash
    if dash:
        first.text = first.text[dash.end() :]
        first.words = len(first.text.split())
        return [Line(first.number, dash.group().strip(), BOILERPLATE, reasons.DATELINE_DASH)]
    at = glued_head(first.text)
    if not at:
        return []
    head = Line(first.number, first.text[:at].strip(), BOILERPLATE, reasons.GLUED_HEAD)
    first.text = first.text[at:]
    first.words = len(first.text.split())
    return [head]


def analyse(
    raw: bytes | str,
    *,
    source: str = "<text>",
    settings: CleaningSettings = DEFAULT_THRESHOLDS,
    extra_rules: tuple[str, ...] = (),
) -> Analysis:
    decoded = decode(raw) if isinstance(raw, bytes) else Decoded(raw, "utf-8")
    text_lines = decoded.text.split("\n")
    header = parse_header(text_lines)
    body = "\n".join(text_lines[header.lines :])
    if looks_like_html(body):
        lines = _html_lines(text_lines, header.lines)
    else:
        lines = split_lines(body, first_number=header.lines + 1)
    lines = rejoin_split_sentences(lines, open_line_endings())
    classify(lines, load_rules(extra_rules), settings)
    if header.values.get("title"):
        _keep_unlisted_headlines(lines, header.values["title"])
    glued = _cut_glued_head(lines) + cut_fragments(lines, load_fragment_rules(extra_rules), settings)
    problems = list(decoded.problems)

    first_body = next((line for line in lines if line.kind == BODY), None)
    dateline = parse_dateline(first_body.text) if first_body else None
    headline = next((line.text for line in lines if line.kind == TITLE), None)
    title_brand = None
    if headline:
        headline, title_brand = split_site_prefix(headline, settings)

    paragraphs, fragments = _paragraphs(lines, dateline, settings)
    source_url = header.values.get("url")
    attribution = attribute(
        lines + [cut for cut in glued if cut.rule],  # cuts a rule reads as lines (its reads_as): sources, credits
        dateline,
        title_brand,
        header.values.get("publisher"),
        [f.text for f in fragments],
        settings,
        source_url,
    )
    if header.values.get("author"):
        attribution.author = header.values["author"]
    if attribution.author and attribution.publisher and is_same_outlet(attribution.author, attribution.publisher):
        attribution.author = None  # a scraper's "author" column holding the outlet: no byline

    problems += header_problems(header)
    date = None
    if header.values.get("date"):
        date = parse_header_date(header.values["date"])
        if date is not None and not header_date_in_range(date):
            problems.append(
                Problem(
                    header.line_of["date"],
                    f"header Date {header.values['date']!r} is out of range ({HEADER_MIN_YEAR} to tomorrow);"
                    " reading the date from the text",
                    error=True,
                )
            )
            date = None
        elif date is None:
            problems.append(
                Problem(
                    header.line_of["date"],
                    f"header Date {header.values['date']!r} is not a date; reading the date from the text",
                    error=True,
                )
            )
    head_end = first_body.number if first_body else 10**9
    stamps = [  # stamp and byline lines above the text; dated byline stamps anywhere
        (ln.number, ln.text)
        for ln in lines
        if ((ln.kind == META or ln.reason == reasons.BYLINE or ln.rule == "byline-name") and ln.number < head_end)
        or ln.rule == "byline-stamp"
    ]
    body = [(n, p.text) for p in paragraphs for n in p.lines[:1]]
    from_text = publication_date(stamps, body)
    in_url = date_in_url(source_url) if source_url else None
    from_url = FoundDate(in_url, "day", reasons.URL_DATE) if in_url else None
    date = date or from_url or from_text
    problems += _disagreements(date, header.line_of.get("date", 1), from_url, from_text)

    title, derived = headline, False
    if header.values.get("title"):
        title = header.values["title"]
    elif not title:
        title, derived = (
            (derive_title(paragraphs[0].text, dateline.text if dateline else None, settings), True)
            if paragraphs
            else ("", True)
        )

    # Everything not in the body is listed: leftovers, and the head's meta lines (date stamp, brand,
    # place, section), which were read as evidence but are not article text either.
    listed = [line for line in lines if line.removed or line.kind == META]
    removed = sorted(listed + glued + fragments, key=lambda ln: ln.number)
    lang = header.values.get("lang") or guess_language(" ".join(p.text for p in paragraphs[:5]))
    return Analysis(
        source=source,
        title=title,
        title_derived=derived,
        paragraphs=paragraphs,
        lines=lines,
        removed=removed,
        attribution=attribution,
        date=date,
        lang=lang,
        header=header.values,
        header_lines=header.line_of,
        encoding=decoded.encoding,
        problems=problems,
    )


def _html_lines(text_lines: list[str], skip: int) -> list[Line]:
    """Lines of text read as HTML: each raw line's text, split where its markup breaks lines
    (<br>, blocks), every piece keeping the raw line's number."""
    lines: list[Line] = []
    for number, raw in enumerate(text_lines[skip:], skip + 1):
        pieces = html_to_text(raw).split("\n") if looks_like_html(raw) else [html.unescape(raw)]
        for piece in pieces:
            stripped = piece.strip()
            lines.append(Line(number, stripped, BLANK if not stripped else ""))
    return lines


def _disagreements(chosen: FoundDate, line: int, from_url: FoundDate | None, from_text: FoundDate) -> list[Problem]:
    """A warning when the header, the URL and a date stamp of the text give different dates,
    naming the evidence that won (a date cited in the body is no such evidence)."""
    seen = [(chosen.evidence, chosen.date)]
    if from_url:
        seen.append((reasons.URL_DATE, from_url.date))
    if from_text.evidence in (reasons.STAMP_DATE, reasons.STAMP_DATE_WEEKDAY_DISAGREES):
        seen.append((f"{from_text.evidence}, line {from_text.line}", from_text.date))
    if chosen.date is None or len({day for _, day in seen}) < 2:
        return []
    listed = ", ".join(f"{evidence} {day}" for evidence, day in dict(seen).items())
    return [Problem(line if chosen.evidence == reasons.HEADER_DATE else 0,
                    f"dates disagree ({listed}); {chosen.evidence} {chosen.date} is used")]  # fmt: skip


_LANG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", re.IGNORECASE)


def header_problems(header: Header) -> list[Problem]:
    """Header lines that are ignored: a key given twice, a Lang that is no language tag."""
    problems = [
        Problem(line, f"header {key.title()} given again (line {header.line_of[key]} counts); ignored")
        for line, key in header.repeated
    ]
    lang = header.values.get("lang")
    if lang is not None and not _LANG.fullmatch(lang):
        problems.append(
            Problem(header.line_of["lang"], f"header Lang {lang!r} is not a language tag (id, en...); ignored")
        )
        del header.values["lang"]
    return problems


def analyse_plain(raw: bytes, *, source: str = "<text>", settings: CleaningSettings = DEFAULT_THRESHOLDS) -> Analysis:
    """The text as it is, for a file whose analysis ran out of time: its header is read, every
    other non-blank line is a paragraph, nothing is removed and nothing is inferred."""
    decoded = decode(raw)
    text_lines = decoded.text.split("\n")
    header = parse_header(text_lines)
    lines = split_lines("\n".join(text_lines[header.lines :]), first_number=header.lines + 1)
    for line in lines:
        if line.kind != BLANK:
            line.mark(BODY, reasons.UNANALYSED)
    paragraphs = [Paragraph(line.text, [line.number]) for line in lines if line.kind == BODY]
    values = header.values
    date = parse_header_date(values["date"]) if values.get("date") else None
    title = values.get("title") or (derive_title(paragraphs[0].text, None, settings) if paragraphs else "")
    return Analysis(
        source=source,
        title=title,
        title_derived=not values.get("title"),
        paragraphs=paragraphs,
        lines=lines,
        removed=[],
        attribution=Attribution(publisher=values.get("publisher") or None, publisher_evidence=reasons.HEADER_PUBLISHER),
        date=date or UNKNOWN_DATE,
        lang=values.get("lang") or "",
        header=values,
        header_lines=header.line_of,
        encoding=decoded.encoding,
        problems=list(decoded.problems),
    )
